from datetime import datetime
from typing import Annotated, Literal, Self

from beanie import PydanticObjectId
from pydantic import BaseModel, Field, StringConstraints, model_validator

from app.schemas.ai import Topic
from app.schemas.blogs import BlogPrivate
from app.schemas.common import InputModel

Tone = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]
Audience = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Words = Annotated[int, Field(ge=100, le=3000, description="About how long the post should be")]
CustomText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
CustomHeading = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
]
CustomOutline = Annotated[list[CustomHeading], Field(min_length=1, max_length=20)]
NextStep = Literal[
    "ideas", "titles", "intros", "outlines", "image_prompts", "cover", "draft", "done"
]
OptionOut = str | list[str]


class StudioSessionCreate(InputModel):
    topic: Topic
    tone: Tone | None = None
    audience: Audience | None = None
    words: Words = 800


class StudioChoiceRequest(InputModel):
    """Pick option `index` of the current set (or of set `set_id` from the history), or
    type your own `custom` value (for outlines, a list of headings)."""

    index: int | None = Field(default=None, ge=0, le=9)
    set_id: Annotated[str, StringConstraints(max_length=40)] | None = None
    custom: CustomText | CustomOutline | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Self:
        if (self.index is None) == (self.custom is None):
            raise ValueError("give either index or custom")
        if self.set_id is not None and self.index is None:
            raise ValueError("set_id goes with index")
        return self


class StudioCoverRequest(InputModel):
    """Without `image_url`, the cover is generated from the chosen image prompt; with it, an
    image uploaded through POST /uploads/images is attached."""

    image_url: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2048)] | None = (
        None
    )
    alt_text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None = None


class StudioDraftRequest(InputModel):
    words: Words | None = None
    tone: Tone | None = None


class StudioOptionSetView(BaseModel):
    id: str
    options: list[OptionOut]
    provider: str
    model: str
    created_at: datetime
    stale: bool = Field(description="Generated from earlier choices that have since changed")


class StudioChoiceView(BaseModel):
    value: OptionOut
    custom: bool
    set_id: str | None
    index: int | None
    chosen_at: datetime


class StudioStepView(BaseModel):
    ready: bool = Field(description="Every earlier step has a choice: this step can run")
    options: list[OptionOut] = Field(description="The current (latest) set, or []")
    current_set_id: str | None
    stale: bool = Field(description="The current set was made from earlier choices since changed")
    choice: StudioChoiceView | None
    sets: list[StudioOptionSetView] = Field(description="Every set generated, oldest first")


class StudioStepsView(BaseModel):
    ideas: StudioStepView
    titles: StudioStepView
    intros: StudioStepView
    outlines: StudioStepView
    image_prompts: StudioStepView


class StudioCoverView(BaseModel):
    url: str
    alt_text: str
    source: Literal["generated", "upload"]
    prompt: str | None
    provider: str | None
    model: str | None
    width: int | None
    height: int | None
    created_at: datetime


class StudioSessionPublic(BaseModel):
    """Everything a client needs to resume the session at any step."""

    id: PydanticObjectId
    topic: str
    tone: str | None
    audience: str | None
    words: int
    version: int = Field(description="Bumped by every change")
    next_step: NextStep
    steps: StudioStepsView
    cover: StudioCoverView | None
    post_ids: list[PydanticObjectId] = Field(description="Posts drafted here, oldest first")
    created_at: datetime
    updated_at: datetime


class StudioSessionSummary(BaseModel):
    id: PydanticObjectId
    topic: str
    title: str | None = Field(description="The chosen title, once there is one")
    next_step: NextStep
    post_ids: list[PydanticObjectId]
    created_at: datetime
    updated_at: datetime


class StudioDraftResponse(BaseModel):
    markdown: str
    html: str = Field(description="Sanitised HTML rendered from the Markdown")
    provider: str
    model: str
    post: BlogPrivate = Field(description="The post saved from it (status `saved`)")
    session_id: PydanticObjectId
