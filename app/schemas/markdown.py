from typing import Annotated

from pydantic import BaseModel, Field

from app.schemas.common import InputModel

MAX_PREVIEW_CHARS = 1_000_000


class PreviewRequest(InputModel):
    markdown: Annotated[str, Field(max_length=MAX_PREVIEW_CHARS)]


class PreviewResponse(BaseModel):
    html: str
