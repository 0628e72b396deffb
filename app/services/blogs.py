"""Blog posts: writing (create, edit, restore, delete), visibility, and the public read side."""

from typing import Any, NoReturn, TypeVar

from beanie import PydanticObjectId, SortDirection
from pydantic import BaseModel

from app.models import Blog, BlogStatus, DocKind, User
from app.schemas.blogs import BlogCreate, BlogPrivateSummary, BlogSummary, BlogUpdate, PostSort
from app.schemas.revisions import PostRevisionContent
from app.services import (
    audit,
    content,
    content_events,
    editing,
    events,
    media,
    revisions,
    site_paths,
    slugs,
    workflow,
)
from app.services.markdown import excerpt_from
from core.errors import Conflict, Forbidden, NotFound

POST_NOT_FOUND = "Post not found"
OutT = TypeVar("OutT", bound=BaseModel)


async def create_post(*, author: User, data: BlogCreate) -> Blog:
    assert author.id is not None
    body, source = await content.render_body(markdown_source=data.markdown, html=data.body)
    fields = data.model_dump(exclude={"slug", "excerpt", "markdown", "body", "tags", "published"})
    blog = Blog(
        **fields,
        owner=author.id,
        author=author.display_name,
        slug=data.slug or slugs.slugify(data.title, fallback="post"),
        excerpt=data.excerpt if data.excerpt is not None else excerpt_from(body, title=data.title),
        markdown=source,
        body=body,
        word_count=await content.word_count(body),
        featured_image=await media.image_ref(data.featured_image_url),
        tags=_unique(data.tags),
        revision=1,
        **workflow.initial_state(actor=author, publish=data.published),
    )

    async def insert(unit: events.Unit) -> None:
        await blog.insert(session=unit.session)
        first = list(revisions.FIELDS[DocKind.POST])  # everything is new
        await revisions.record(
            DocKind.POST, blog, actor=author, changed=first, session=unit.session
        )
        content_events.post_changed(unit, None, blog)

    await slugs.insert_with_slug(
        blog, explicit=data.slug is not None, insert=lambda: events.transact(insert)
    )
    return blog


async def update_post(*, blog: Blog, actor: User, data: BlogUpdate) -> Blog:
    workflow.ensure_editable(blog, actor)
    changes = data.model_dump(exclude_unset=True)
    publish = changes.pop("published", None)
    publish_at = changes.pop("publish_at", None)
    if (publish is not None or publish_at is not None) and not actor.is_admin:
        raise Forbidden("Only admins can publish, unpublish or schedule directly")
    schedule = None
    if publish_at is not None:  # checked before the edit, so a refused schedule writes nothing
        scheduled = blog.status is BlogStatus.SCHEDULED
        schedule = workflow.Action.RESCHEDULE if scheduled else workflow.Action.SCHEDULE
        workflow.check(blog, action=schedule, actor=actor)
    blog = await _edit(blog, actor, await _rendered(changes))
    if publish is True and blog.status is not BlogStatus.PUBLISHED:
        blog = await workflow.transition(blog, action=workflow.Action.PUBLISH, actor=actor)
    elif publish is False and blog.status is BlogStatus.PUBLISHED:
        blog = await workflow.transition(blog, action=workflow.Action.UNPUBLISH, actor=actor)
    elif schedule is not None:
        blog = await workflow.transition(blog, action=schedule, actor=actor, publish_at=publish_at)
    return blog


async def restore_revision(*, blog: Blog, actor: User, number: int) -> Blog:
    """Put revision `number`'s content back, as a new revision (a published post's public copy
    changes with it, through the same edit path as any other)."""
    workflow.ensure_editable(blog, actor)
    revision = await revisions.get(DocKind.POST, blog.id, number)
    changes = PostRevisionContent.model_validate(revision.content).model_dump()
    # Rendered again from the source, so a restored body passes today's sanitiser.
    source, html = changes.pop("markdown"), changes.pop("body")
    body = {"markdown": source} if source is not None else {"body": html}
    changes = await _rendered({**changes, **body})
    return await _edit(blog, actor, changes, restored_from=number)


async def delete_post(*, blog: Blog, actor: User) -> None:
    workflow.ensure_editable(blog, actor)
    paths = await site_paths.load()

    async def delete(unit: events.Unit) -> bool:
        deleted = await Blog.get_pymongo_collection().find_one_and_delete(
            {"_id": blog.id, **workflow.writer_filter(actor)}, session=unit.session
        )
        if deleted is not None:
            await editing.forget(DocKind.POST, blog.id, unit)
            content_events.post_changed(unit, Blog.model_validate(deleted), None, paths=paths)
        return deleted is not None

    if not await events.transact(delete):
        await _raise_current_state(blog)
    await audit.record(actor=actor, action="post.delete", target=workflow.audit_target(blog))


async def get_visible_post(post_id: str, *, actor: User) -> Blog:
    """A post its owner or an admin may see; anyone else gets the same 404 as a missing one."""
    blog = await content.get_by_id(Blog, post_id)
    if blog is None or not (actor.is_admin or blog.owner == actor.id):
        raise NotFound(POST_NOT_FOUND)
    return blog


async def get_published_by_slug(slug: str) -> Blog:
    # By the unique slug alone, then the status: an exact index hit on every planner.
    blog = await Blog.find_one(Blog.slug == slug)
    if blog is None or blog.status is not BlogStatus.PUBLISHED:
        raise NotFound(POST_NOT_FOUND)
    return blog


NEWEST_FIRST = [("created_at", SortDirection.DESCENDING)]
NEWEST_PUBLISHED_FIRST = [("published_at", SortDirection.DESCENDING)]
ORDERS = {PostSort.CREATED_AT: NEWEST_FIRST, PostSort.PUBLISHED_AT: NEWEST_PUBLISHED_FIRST}


async def list_published(
    *, page: int, per_page: int, tag: str | None = None, sort: PostSort = PostSort.CREATED_AT
) -> tuple[list[BlogSummary], int]:
    """Published posts for the public site; lists never carry bodies, sources or history."""
    return await content.paginate(
        Blog,
        published_query(tag),
        sort=ORDERS[sort],
        projection=BlogSummary,
        page=page,
        per_page=per_page,
        hint=published_index(tag, sort),
    )


def published_index(tag: str | None, sort: PostSort) -> list[tuple[str, int]]:
    """The index serving both the filter and the order of a public list: named as a hint, as
    some planners pick the (status, created_at) index for any order and sort in memory."""
    by_tag = [("tags", 1)] if tag else []
    return [*by_tag, ("status", 1), (sort.value, -1)]


def published_query(tag: str | None = None) -> dict[str, Any]:
    """The public list's filter; served by the (status, created_at|published_at) or
    (tags, status, created_at|published_at) indexes."""
    query: dict[str, Any] = {"status": BlogStatus.PUBLISHED.value}
    if tag:
        query["tags"] = tag
    return query


async def list_posts(
    *,
    page: int,
    per_page: int,
    owner: PydanticObjectId | None = None,
    status: BlogStatus | None = None,
) -> tuple[list[BlogPrivateSummary], int]:
    """Posts of any status, for a writer's workspace (`owner`) or the admin queue."""
    return await list_posts_as(
        BlogPrivateSummary, page=page, per_page=per_page, owner=owner, status=status
    )


async def list_posts_as(
    projection: type[OutT],
    *,
    page: int,
    per_page: int,
    owner: PydanticObjectId | None = None,
    status: BlogStatus | None = None,
) -> tuple[list[OutT], int]:
    """`list_posts`, each post projected to `projection` (the legacy routes' shape)."""
    query: dict[str, Any] = {}
    if owner is not None:
        query["owner"] = owner
    if status is not None:
        query["status"] = status.value
    return await content.paginate(
        Blog, query, sort=NEWEST_FIRST, projection=projection, page=page, per_page=per_page
    )


async def _edit(
    blog: Blog, actor: User, changes: dict[str, Any], *, restored_from: int | None = None
) -> Blog:
    """A content edit through editing.apply: never a status change, so the post is public
    after it exactly when it was before (the event is `post.updated` or none)."""
    if not changes:
        return blog
    if "featured_image_url" in changes:  # the asset's facts travel with the URL (media)
        ref = await media.image_ref(changes["featured_image_url"])
        changes["featured_image"] = ref.model_dump() if ref is not None else None
    result = await editing.apply(
        Blog,
        DocKind.POST,
        blog.id,
        changes,
        actor=actor,
        condition=workflow.writer_filter(actor),
        prepare=_follow_derived_excerpt,
        announce=content_events.post_changed,
        restored_from=restored_from,
    )
    if result is None:
        return await _raise_current_state(blog)
    return result[1]


async def _rendered(changes: dict[str, Any]) -> dict[str, Any]:
    """Render a new body from its source (before the transaction, which may run twice)."""
    if "markdown" in changes or "body" in changes:
        body, source = await content.render_body(
            markdown_source=changes.pop("markdown", None), html=changes.pop("body", None)
        )
        changes.update(body=body, markdown=source, word_count=await content.word_count(body))
    if "tags" in changes:
        changes["tags"] = _unique(changes["tags"])
    if "featured_image_url" in changes:
        ref = await media.image_ref(changes["featured_image_url"])
        changes["featured_image"] = ref.model_dump() if ref is not None else None
    return changes


def _follow_derived_excerpt(current: Blog, changes: dict[str, Any]) -> dict[str, Any]:
    """An excerpt derived from the old body and title follows the new ones; a hand-written
    one stays."""
    moved = "body" in changes or "title" in changes
    derived = current.excerpt == excerpt_from(current.body, title=current.title)
    if moved and "excerpt" not in changes and derived:
        body, title = changes.get("body", current.body), changes.get("title", current.title)
        changes["excerpt"] = excerpt_from(body, title=title)
    return changes


async def _raise_current_state(blog: Blog) -> NoReturn:
    current = await Blog.get(blog.id)
    if current is None:
        raise NotFound(POST_NOT_FOUND)
    raise Conflict(
        f"Cannot change a post whose status is '{current.status.value}'; "
        "writers edit only saved or rejected posts"
    )


def _unique(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(tags))
