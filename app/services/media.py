"""The media library: every stored image (upload or AI cover) as an asset its owner can list,
describe (alt text) and delete, and admins can manage for everyone.

A file still used by a post, a page or the site settings cannot be deleted (409
`asset_in_use`) unless an admin forces it: then the file and its renditions go too.
"""

from beanie import SortDirection

from app.models import Asset, Blog, Page, SiteSettings, User
from app.models.asset import ImageRef
from app.services import assets, content
from app.services.renditions import Renditions
from app.services.storage import ImageStorage
from core.errors import Conflict, Forbidden, NotFound

ASSET_NOT_FOUND = "Asset not found"


class AssetInUse(Conflict):
    code = "asset_in_use"
    default_detail = "A post, page or the site settings still use this image"


async def list_assets(*, user: User, page: int, per_page: int) -> tuple[list[Asset], int]:
    """The caller's assets, newest first; an admin's list holds everyone's."""
    where: dict[str, object] = {} if user.is_admin else {"owner": user.id}
    items = (
        await Asset.find(where)
        .sort([("created_at", SortDirection.DESCENDING), ("_id", SortDirection.DESCENDING)])
        .skip((page - 1) * per_page)
        .limit(per_page)
        .to_list()
    )
    return items, await Asset.find(where).count()


async def get_asset(asset_id: str, *, user: User) -> Asset:
    """One asset: the owner's or, for an admin, anyone's; 404 otherwise (no existence leak)."""
    asset = await content.get_by_id(Asset, asset_id)
    if asset is None or (not user.is_admin and asset.owner != user.id):
        raise NotFound(ASSET_NOT_FOUND)
    return asset


async def update_alt(asset: Asset, *, alt: str) -> Asset:
    await asset.set({Asset.alt: alt})
    # Posts showing it keep a copy of its facts (ImageRef): keep their alt text in step.
    path = f"/uploads/{asset.filename}"
    for model, field in ((Blog, "featured_image"), (Page, "og_image"), (SiteSettings, "logo")):
        await model.get_pymongo_collection().update_many(
            {f"{field}.path": path}, {"$set": {f"{field}.alt": alt}}
        )
    return asset


async def image_ref(url: str | None) -> ImageRef | None:
    """The facts of our image at `url` (a stored relative /uploads/ path), else None."""
    if url is None or not url.startswith("/uploads/"):
        return None
    asset = await Asset.find_one(Asset.filename == url.removeprefix("/uploads/"))
    if asset is None:
        return None
    return ImageRef(
        path=url,
        width=asset.width,
        height=asset.height,
        alt=asset.alt,
        placeholder=asset.placeholder,
    )


async def delete_asset(
    asset: Asset,
    *,
    user: User,
    force: bool,
    storage: ImageStorage,
    renditions: Renditions,
) -> None:
    if force and not user.is_admin:
        raise Forbidden("Only admins may force the deletion of an image in use")
    if not force and await assets.is_referenced(asset.filename):
        raise AssetInUse()
    claim = await Asset.get_pymongo_collection().delete_one({"_id": asset.id})
    if claim.deleted_count == 1:  # only the process whose delete removed it deletes files
        await storage.delete(asset.filename)
        await renditions.delete_all(asset.filename)
