"""The media library: every stored image (upload or AI cover) as an asset its owner can list,
describe (alt text) and delete, and admins can manage for everyone.

A file still used by a post, a page or the site settings cannot be deleted (409
`asset_in_use`) unless an admin forces it: then the file and its renditions go too.
"""

from beanie import SortDirection
from pymongo.asynchronous.client_session import AsyncClientSession

from app.models import Asset, Blog, Page, SiteSettings, User
from app.models.asset import ImageRef
from app.services import assets, content, content_events, events
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
    """New alt text; posts, pages and the settings showing the image keep a copy of its facts
    (ImageRef), so theirs changes too, with the content events the public cache, webhooks
    and feeds follow."""
    path = f"/uploads/{asset.filename}"

    async def work(unit: events.Unit) -> None:
        session = unit.session
        await Asset.get_pymongo_collection().update_one(
            {"_id": asset.id}, {"$set": {"alt": alt}}, session=session
        )
        for blog in await Blog.find({"featured_image.path": path}, session=session).to_list():
            await _set_alt(Blog, blog.id, "featured_image", alt, session)
            after = blog.model_copy(deep=True)
            if after.featured_image is not None:
                after.featured_image.alt = alt
            content_events.post_changed(unit, blog, after)
        for page in await Page.find({"og_image.path": path}, session=session).to_list():
            await _set_alt(Page, page.id, "og_image", alt, session)
            changed = page.model_copy(deep=True)
            if changed.og_image is not None:
                changed.og_image.alt = alt
            content_events.page_changed(unit, page, changed)
        site = await SiteSettings.find_one({"logo.path": path}, session=session)
        if site is not None and site.logo is not None:
            await _set_alt(SiteSettings, site.id, "logo", alt, session)
            site.logo.alt = alt
            content_events.settings_changed(unit, site)

    await events.transact(work)
    asset.alt = alt
    return asset


async def _set_alt(
    model: type[Blog] | type[Page] | type[SiteSettings],
    doc_id: object,
    field: str,
    alt: str,
    session: AsyncClientSession | None,
) -> None:
    await model.get_pymongo_collection().update_one(
        {"_id": doc_id}, {"$set": {f"{field}.alt": alt}}, session=session
    )


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
