"""The sitemap (sitemaps.org protocol 0.9) of every published page and post, as ready bytes.

Written with ElementTree, never a string template. One sitemap holds at most 50,000 URLs: a
site with more would need a sitemap index, which is not built; beyond the cap the oldest posts
are left out (and a warning is logged).
"""

import logging
from datetime import datetime
from xml.etree import ElementTree as ET

import anyio
from pydantic import BaseModel

from app.models import Blog, Page
from app.services import blogs, site_links
from core.config import Settings

logger = logging.getLogger(__name__)
NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
MEDIA_TYPE = "application/xml"
MAX_URLS = 50_000  # the protocol's limit for one file


class _Located(BaseModel):
    """The two fields a sitemap needs, so nothing else leaves the database."""

    slug: str
    updated_at: datetime


async def build(*, settings: Settings) -> tuple[bytes, bool]:
    _, links = await site_links.current(settings=settings)
    pages = (
        await Page.find({"published": True})
        .sort("slug")
        .limit(MAX_URLS)
        .project(_Located)
        .to_list()
    )
    posts = (
        await Blog.find(blogs.published_query())
        .sort(blogs.NEWEST_FIRST)
        .limit(MAX_URLS - len(pages) + 1)
        .project(_Located)
        .to_list()
    )
    if len(pages) + len(posts) > MAX_URLS:
        logger.warning("sitemap capped at %d URLs; the oldest posts are left out", MAX_URLS)
        posts = posts[: MAX_URLS - len(pages)]
    urls = [(links.page(p.slug), p.updated_at) for p in pages]
    urls += [(links.post(p.slug), p.updated_at) for p in posts]
    return await anyio.to_thread.run_sync(render, urls), True


def render(urls: list[tuple[str, datetime]]) -> bytes:
    # The default namespace as a plain attribute: no global prefix registry to touch.
    root = ET.Element("urlset", xmlns=NAMESPACE)
    for location, modified in urls:
        url = ET.SubElement(root, "url")
        ET.SubElement(url, "loc").text = location
        ET.SubElement(url, "lastmod").text = modified.isoformat(timespec="seconds")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body
