"""RSS 2.0, Atom and JSON Feed 1.1 of the newest published posts, as ready bytes.

RSS and Atom are written by `feedgen` (lxml underneath), JSON Feed is a pydantic model. Every
link is absolute on the public site (`site_links`); the feed's own URL is on this API. Dates
come from the content, never from the clock, so an unchanged feed keeps its ETag.
"""

import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from urllib.parse import urlsplit

import anyio
from feedgen.feed import FeedGenerator
from feedgen.util import xml_fromstring  # lxml with entities, DTDs and network off
from lxml import etree

from app.models import Blog
from app.schemas.blogs import BlogPublic
from app.schemas.feeds import JsonFeed, JsonFeedAuthor, JsonFeedItem
from app.services import blogs, site_links
from app.services.site_links import SiteLinks
from core.config import Settings

FeedFormat = Literal["rss", "atom", "json"]
MEDIA_TYPES: dict[FeedFormat, str] = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
GENERATOR = "Inkwell"
ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot carry at all (lxml refuses them): dropped from every text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class Channel:
    title: str
    description: str
    self_url: str
    icon: str | None
    updated: datetime
    links: SiteLinks


async def build(
    fmt: FeedFormat, *, settings: Settings, tag: str | None, self_url: str
) -> tuple[bytes, bool]:
    """The feed's bytes, and whether to cache them (a feed of an unknown tag is not kept)."""
    stored, links = await site_links.current(settings=settings)
    posts = (
        await Blog.find(blogs.published_query(tag))
        .sort(blogs.NEWEST_FIRST)
        .limit(settings.feed_items)
        .project(BlogPublic)
        .to_list()
    )
    channel = Channel(
        title=stored.site_name if tag is None else f"{stored.site_name}: {tag}",
        description=stored.tagline or stored.site_name,
        self_url=self_url,
        icon=stored.logo_url,
        updated=max([stored.updated_at, *(post.updated_at for post in posts)]),
        links=links,
    )
    body = await anyio.to_thread.run_sync(_RENDERERS[fmt], channel, posts)
    return body, bool(posts) or tag is None


def item_id(post: BlogPublic, links: SiteLinks) -> str:
    """A tag URI (RFC 4151) on the post's id: stable across edits and slug changes."""
    host = urlsplit(links.origin).hostname or "localhost"
    return f"tag:{host},{post.created_at:%Y-%m-%d}:post:{post.id}"


def _x(text: str) -> str:
    return _NOT_XML.sub("", text)


def _generator(channel: Channel, posts: list[BlogPublic]) -> FeedGenerator:
    feed = FeedGenerator()
    feed.load_extension("dc", atom=False)  # RSS <author> needs an e-mail; dc:creator a name
    feed.id(channel.self_url)
    feed.title(_x(channel.title))
    feed.description(_x(channel.description))
    feed.link(href=channel.self_url, rel="self")
    feed.link(href=channel.links.home, rel="alternate")  # the last link is RSS's <link>
    feed.updated(channel.updated)
    feed.generator(GENERATOR)
    if channel.icon:
        feed.logo(channel.icon)
    for post in posts:
        entry = feed.add_entry(order="append")  # newest first, as loaded
        entry.id(item_id(post, channel.links))
        entry.guid(item_id(post, channel.links), permalink=False)
        entry.title(_x(post.title))
        entry.link(href=channel.links.post(post.slug), rel="alternate")
        entry.author(name=_x(post.author))
        entry.dc.dc_creator(_x(post.author))
        if post.excerpt:
            entry.summary(_x(post.excerpt))
        entry.content(_x(post.body), type="html")
        entry.published(post.published_at or post.created_at)
        entry.updated(post.updated_at)
        for tag in post.tags:
            entry.category(term=_x(tag))
        if post.featured_image_url:
            entry.link(
                href=post.featured_image_url,
                rel="enclosure",
                type=_image_type(post.featured_image_url),
                length="0",  # unknown; RSS readers accept 0
            )
    return feed


def _image_type(url: str) -> str:
    guessed, _ = mimetypes.guess_type(urlsplit(url).path)
    return guessed if guessed and guessed.startswith("image/") else "image/jpeg"


def render_rss(channel: Channel, posts: list[BlogPublic]) -> bytes:
    body: bytes = _generator(channel, posts).rss_str(pretty=False)
    return body


def render_atom(channel: Channel, posts: list[BlogPublic]) -> bytes:
    body: bytes = _generator(channel, posts).atom_str(pretty=False)
    if not any(post.featured_image_url for post in posts):
        return body
    # feedgen 1.0.0 writes entry links without their `rel` and `type` (it reads them back from
    # the element it has just created), which would make a cover an alternate link: put them
    # back on the cover links.
    root = xml_fromstring(body)
    for element, post in zip(root.iterfind(f"{{{ATOM}}}entry"), posts, strict=True):
        for link in element.iterfind(f"{{{ATOM}}}link"):
            cover = post.featured_image_url
            if cover and link.get("href") == cover and link.get("rel") is None:
                link.set("rel", "enclosure")
                link.set("type", _image_type(cover))
    fixed: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return fixed


def render_json(channel: Channel, posts: list[BlogPublic]) -> bytes:
    feed = JsonFeed(
        title=channel.title,
        home_page_url=channel.links.home,
        feed_url=channel.self_url,
        description=channel.description,
        icon=channel.icon,
        items=[
            JsonFeedItem(
                id=item_id(post, channel.links),
                url=channel.links.post(post.slug),
                title=post.title,
                content_html=post.body,
                summary=post.excerpt or None,
                image=post.featured_image_url,
                date_published=post.published_at or post.created_at,
                date_modified=post.updated_at,
                authors=[JsonFeedAuthor(name=post.author)],
                tags=post.tags,
            )
            for post in posts
        ],
    )
    return feed.model_dump_json(exclude_none=True).encode()


_RENDERERS = {"rss": render_rss, "atom": render_atom, "json": render_json}
