from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from app.schemas.common import InputModel

Topic = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
TitleText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
IntroText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Heading = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
OutlineIn = Annotated[list[Heading], Field(min_length=1, max_length=20)]


class IdeasRequest(InputModel):
    topic: Topic
    count: int = Field(default=5, ge=1, le=10)


class TitlesRequest(InputModel):
    topic: Topic


class IntrosRequest(InputModel):
    topic: Topic
    title: TitleText


class OutlinesRequest(InputModel):
    topic: Topic
    title: TitleText
    intro: IntroText


class ImagePromptsRequest(InputModel):
    title: TitleText
    intro: IntroText | None = None
    outline: OutlineIn | None = None


class OptionsResponse(BaseModel):
    options: list[str | list[str]] = Field(description="Strings; for outlines, lists of headings")
    provider: str = Field(description="Which provider answered: gemini, openai or offline")
    model: str


class ImageGenerateRequest(InputModel):
    prompt: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]


class ImageGenerateResponse(BaseModel):
    image_url: str
    width: int
    height: int
    alt_text: str = Field(
        description="From the model's description when it gave one, else the prompt"
    )
    provider: str = Field(description="Who drew it (offline when no image model is configured)")
    model: str


class BlogGenerateRequest(InputModel):
    topic: Topic | None = None
    title: TitleText
    intro: IntroText
    outline: OutlineIn
    tone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=50)] | None = None
    words: int = Field(default=800, ge=100, le=3000)


class BlogGenerateResponse(BaseModel):
    markdown: str
    html: str = Field(description="Sanitised HTML rendered from the Markdown")
    provider: str
    model: str
