from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from app.deps import CurrentUser, Pagination, SettingsDep
from app.schemas.common import Paginated
from app.schemas.uploads import AssetPublic, AssetUpdate
from app.services import media
from core.errors import Forbidden, NotFound, error_responses

router = APIRouter(prefix="/assets", tags=["uploads"])


@router.get("", response_model=Paginated[AssetPublic], responses=error_responses(401))
async def list_assets(
    paging: Pagination, user: CurrentUser, settings: SettingsDep
) -> Paginated[AssetPublic]:
    """Your images, newest first (an admin sees everyone's)."""
    items, total = await media.list_assets(user=user, page=paging.page, per_page=paging.per_page)
    return Paginated[AssetPublic].build(
        items=[AssetPublic.of(a, base_url=settings.public_base_url) for a in items],
        total=total,
        page=paging.page,
        per_page=paging.per_page,
    )


@router.get("/{asset_id}", response_model=AssetPublic, responses=error_responses(401, NotFound))
async def get_asset(asset_id: str, user: CurrentUser, settings: SettingsDep) -> AssetPublic:
    """One of your images (an admin: anyone's)."""
    asset = await media.get_asset(asset_id, user=user)
    return AssetPublic.of(asset, base_url=settings.public_base_url)


@router.patch(
    "/{asset_id}", response_model=AssetPublic, responses=error_responses(401, NotFound, 422)
)
async def update_asset(
    asset_id: str, data: AssetUpdate, user: CurrentUser, settings: SettingsDep
) -> AssetPublic:
    """Change an image's alt text."""
    asset = await media.update_alt(await media.get_asset(asset_id, user=user), alt=data.alt)
    return AssetPublic.of(asset, base_url=settings.public_base_url)


@router.delete(
    "/{asset_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={
        **error_responses(401, Forbidden, NotFound),
        409: {
            **error_responses(409)[409],
            "description": "A post, page or the site settings use it (`asset_in_use`)",
        },
    },
)
async def delete_asset(
    asset_id: str,
    request: Request,
    user: CurrentUser,
    force: Annotated[
        bool, Query(description="Admins only: delete even while in use (links will break)")
    ] = False,
) -> None:
    """Delete an image and its renditions; 409 while something uses it."""
    asset = await media.get_asset(asset_id, user=user)
    await media.delete_asset(
        asset,
        user=user,
        force=force,
        storage=request.app.state.image_storage,
        renditions=request.app.state.renditions,
    )
