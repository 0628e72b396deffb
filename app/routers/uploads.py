from typing import Annotated

from fastapi import APIRouter, File, UploadFile, status

from app.deps import CurrentUser, ImageStorageDep, SettingsDep
from app.schemas.uploads import UploadedImage
from app.services import images
from core.errors import error_responses

router = APIRouter(prefix="/uploads", tags=["uploads"])


@router.post(
    "/images",
    status_code=status.HTTP_201_CREATED,
    response_model=UploadedImage,
    responses=error_responses(401, 413, 415),
)
async def upload_image(
    file: Annotated[UploadFile, File(description="A PNG, JPEG, WebP or GIF image")],
    _user: CurrentUser,
    storage: ImageStorageDep,
    settings: SettingsDep,
) -> UploadedImage:
    """Upload an image; it is validated, stripped of metadata and served from /uploads."""
    data = await images.read_limited(file, limit=settings.max_upload_bytes)
    stored = await images.store_image(data, storage=storage, base_url=settings.public_base_url)
    return UploadedImage.model_validate(stored)
