"""Feeds and the sitemap for the public site, served as cached bytes with ETags."""

from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from app.deps import PublicCache, SettingsDep, TagFilter
from app.routers.cached_reads import SITEMAP_KEY, feed_key
from app.schemas.feeds import JsonFeed
from app.services import feeds, sitemap
from app.services.feeds import MEDIA_TYPES, FeedFormat
from core.openapi import cached_responses

router = APIRouter(tags=["feeds"])


# Response classes only tell OpenAPI the media type; the cache renders the bytes.
class RssResponse(Response):
    media_type = MEDIA_TYPES["rss"]


class AtomResponse(Response):
    media_type = MEDIA_TYPES["atom"]


class JsonFeedResponse(JSONResponse):
    media_type = MEDIA_TYPES["json"]


class XmlResponse(Response):
    media_type = sitemap.MEDIA_TYPE


async def _feed(
    fmt: FeedFormat, request: Request, cache: PublicCache, settings: SettingsDep, tag: str | None
) -> Response:
    # The feed's own address, on this API (readers poll it), in canonical form.
    self_url = settings.public_base_url + request.url.path
    if tag is not None:
        self_url += "?" + urlencode({"tag": tag})
    return await cache.respond(
        request,
        feed_key(fmt, tag),
        lambda: feeds.build(fmt, settings=settings, tag=tag, self_url=self_url),
        media_type=MEDIA_TYPES[fmt],
    )


@router.get("/feed.xml", response_class=RssResponse, responses=cached_responses())
async def get_rss_feed(
    request: Request, cache: PublicCache, settings: SettingsDep, tag: TagFilter
) -> Response:
    """RSS 2.0 feed of the newest published posts (FEED_ITEMS), full content included."""
    return await _feed("rss", request, cache, settings, tag)


@router.get("/feed.atom", response_class=AtomResponse, responses=cached_responses())
async def get_atom_feed(
    request: Request, cache: PublicCache, settings: SettingsDep, tag: TagFilter
) -> Response:
    """Atom feed of the newest published posts (FEED_ITEMS), full content included."""
    return await _feed("atom", request, cache, settings, tag)


@router.get(
    "/feed.json",
    response_class=JsonFeedResponse,
    response_model=JsonFeed,
    responses=cached_responses(),
)
async def get_json_feed(
    request: Request, cache: PublicCache, settings: SettingsDep, tag: TagFilter
) -> Response:
    """JSON Feed 1.1 of the newest published posts (FEED_ITEMS), full content included."""
    return await _feed("json", request, cache, settings, tag)


@router.get("/sitemap.xml", response_class=XmlResponse, responses=cached_responses())
async def get_sitemap(request: Request, cache: PublicCache, settings: SettingsDep) -> Response:
    """Sitemap of every published page and post, with its last modification time."""
    return await cache.respond(
        request,
        SITEMAP_KEY,
        lambda: sitemap.build(settings=settings),
        media_type=sitemap.MEDIA_TYPE,
    )
