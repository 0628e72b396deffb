from pydantic import BaseModel, Field

from app.schemas.common import InputModel


class PreviewRequest(InputModel):
    markdown: str = Field(description="Up to 1 MB of Markdown (larger is a 413)")


class PreviewResponse(BaseModel):
    html: str
