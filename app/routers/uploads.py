from typing import Annotated

from fastapi import APIRouter, Depends, File, UploadFile, status

from app.deps import CurrentUser, ImagesDep, SettingsDep, upload_rate_limit
from app.schemas.uploads import UploadedImage
from app.services import images
from core.errors import PayloadTooLarge, RateLimited, UnsupportedMediaType, error_responses

router = APIRouter(prefix="/uploads", tags=["uploads"])


@router.post(
    "/images",
    status_code=status.HTTP_201_CREATED,
    response_model=UploadedImage,
    responses={
        **error_responses(401, UnsupportedMediaType, RateLimited),
        413: {
            **error_responses(PayloadTooLarge)[413],
            "description": "File, dimensions or frames too large (`payload_too_large`), or "
            "your storage quota used up (`quota_exceeded`)",
        },
    },
    dependencies=[Depends(upload_rate_limit)],
)
async def upload_image(
    file: Annotated[UploadFile, File(description="A PNG, JPEG, WebP or GIF image")],
    user: CurrentUser,
    pipeline: ImagesDep,
    settings: SettingsDep,
) -> UploadedImage:
    """Upload an image; it is validated, stripped of metadata and served from /uploads."""
    data = await images.read_limited(file, limit=settings.max_upload_bytes)
    assert user.id is not None
    stored = await pipeline.store(data, owner=user.id)
    return UploadedImage.model_validate(stored)
