from pydantic import BaseModel, ConfigDict


class UploadedImage(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    url: str
    width: int
    height: int
    content_type: str
    size: int
