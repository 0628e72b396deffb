"""From content to index documents: a content event's public representation, or a database
projection, becomes the entry results show and the plain text that is indexed. Blocking
(HTML parsing): call from a worker thread."""

from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel

from app.models import ContentEvent, EventType
from app.schemas.common import DocumentId
from app.schemas.pages import PagePublic
from app.services.search.index import Entry, IndexedDoc, Kind, TextIndex
from app.services.search.text import html_to_text

_UPSERTS = {EventType.POST_PUBLISHED, EventType.POST_UPDATED}
_REMOVALS = {EventType.POST_UNPUBLISHED, EventType.POST_DELETED}
_PAGE_UPSERTS = {EventType.PAGE_PUBLISHED, EventType.PAGE_UPDATED}
_PAGE_REMOVALS = {EventType.PAGE_UNPUBLISHED, EventType.PAGE_DELETED}


class PostText(BaseModel):
    """What the index takes from a post: read from the public representation of an event's
    `data` or projected from the database (which then sends nothing else)."""

    id: DocumentId
    title: str
    slug: str
    excerpt: str
    author: str
    featured_image_url: str | None
    tags: list[str]
    intro: str
    body: str
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class Change:
    """What one content event does to the index: add or replace `doc`, or drop `remove`."""

    doc: IndexedDoc | None = None
    remove: str | None = None


def post_doc(post: PostText) -> IndexedDoc:
    text = " ".join(filter(None, [post.intro, html_to_text(post.body)]))
    entry = Entry(
        kind="post",
        id=str(post.id),
        slug=post.slug,
        title=post.title,
        excerpt=post.excerpt,
        tags=tuple(post.tags),
        author=post.author,
        featured_image_url=post.featured_image_url,
        created_at=post.created_at,
        published_at=post.published_at,
        updated_at=post.updated_at,
    )
    return IndexedDoc(entry=entry, text=text)


def page_doc(page: PagePublic) -> IndexedDoc:
    text = html_to_text(page.body)
    entry = Entry(
        kind="page",
        id=str(page.id),
        slug=page.slug,
        title=page.title,
        excerpt=page.meta_description or text[:300],
        tags=(),
        author=None,
        featured_image_url=page.og_image_url,
        created_at=page.created_at,
        published_at=None,
        updated_at=page.updated_at,
    )
    return IndexedDoc(entry=entry, text=text)


def change_of(event: ContentEvent) -> Change | None:
    """Blocking (HTML to text): run in a worker thread. None for events search ignores."""
    kind: Kind = "post" if event.type.kind == "post" else "page"
    if event.type in _UPSERTS:
        return Change(doc=post_doc(PostText.model_validate(event.data)))
    if event.type in _PAGE_UPSERTS:
        return Change(doc=page_doc(PagePublic.model_validate(event.data)))
    if event.type in _REMOVALS | _PAGE_REMOVALS:
        doc_id = event.subject_id or str(event.data.get("id", ""))
        return Change(remove=f"{kind}:{doc_id}")
    return None  # settings.updated


def apply_events(index: TextIndex, events: list[ContentEvent]) -> None:
    changes = [c for c in map(change_of, events) if c is not None]
    removals = [c.remove for c in changes if c.remove]
    upserts = [c.doc for c in changes if c.doc]
    # A document removed then republished in one batch ends up present: removals go first.
    index.write(upserts, [k for k in removals if k not in {d.entry.key for d in upserts}])
