"""Blog posts: writing (create, edit, delete), visibility, and the public read side."""

from typing import Any, NoReturn, TypeVar

from beanie import PydanticObjectId, SortDirection
from pydantic import BaseModel

from app.models import Blog, BlogStatus, User
from app.schemas.blogs import BlogCreate, BlogPrivateSummary, BlogSummary, BlogUpdate
from app.services import audit, content, content_events, events, media, slugs, workflow
from app.services.markdown import excerpt_from
from core.errors import Conflict, Forbidden, NotFound

POST_NOT_FOUND = "Post not found"
OutT = TypeVar("OutT", bound=BaseModel)


async def create_post(*, author: User, data: BlogCreate) -> Blog:
    assert author.id is not None
    body, source = await content.render_body(markdown_source=data.markdown, html=data.body)
    blog = Blog(
        owner=author.id,
        author=author.display_name,
        title=data.title,
        slug=data.slug or slugs.slugify(data.title, fallback="post"),
        excerpt=data.excerpt if data.excerpt is not None else excerpt_from(body),
        intro=data.intro,
        outline=data.outline,
        markdown=source,
        body=body,
        featured_image_url=data.featured_image_url,
        featured_image=await media.image_ref(data.featured_image_url),
        tags=_unique(data.tags),
        **workflow.initial_state(actor=author, publish=data.published),
    )

    async def insert(unit: events.Unit) -> None:
        await blog.insert(session=unit.session)
        content_events.post_changed(unit, None, blog)

    await slugs.insert_with_slug(
        blog, explicit=data.slug is not None, insert=lambda: events.transact(insert)
    )
    return blog


async def update_post(*, blog: Blog, actor: User, data: BlogUpdate) -> Blog:
    workflow.ensure_editable(blog, actor)
    changes = data.model_dump(exclude_unset=True)
    publish = changes.pop("published", None)
    if publish is not None and not actor.is_admin:
        raise Forbidden("Only admins can publish or unpublish directly")
    changes = await _content_changes(blog, changes)

    if changes:
        before = blog

        async def update(unit: events.Unit) -> Blog | None:
            updated = await content.update_fields(
                Blog,
                before.id,
                changes,
                condition=workflow.writer_filter(actor),
                session=unit.session,
            )
            if updated is not None:  # an edit never moves the status: it was public iff it is
                was = before.model_copy(update={"status": updated.status})
                content_events.post_changed(unit, was, updated)
            return updated

        updated = await events.transact(update)
        if updated is None:
            return await _raise_current_state(blog)
        blog = updated
    if publish is True and blog.status is not BlogStatus.PUBLISHED:
        blog = await workflow.transition(blog, action=workflow.Action.PUBLISH, actor=actor)
    elif publish is False and blog.status is BlogStatus.PUBLISHED:
        blog = await workflow.transition(blog, action=workflow.Action.UNPUBLISH, actor=actor)
    return blog


async def delete_post(*, blog: Blog, actor: User) -> None:
    workflow.ensure_editable(blog, actor)

    async def delete(unit: events.Unit) -> bool:
        deleted = await Blog.get_pymongo_collection().find_one_and_delete(
            {"_id": blog.id, **workflow.writer_filter(actor)}, session=unit.session
        )
        if deleted is not None:
            content_events.post_changed(unit, Blog.model_validate(deleted), None)
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


async def list_published(
    *, page: int, per_page: int, tag: str | None = None
) -> tuple[list[BlogSummary], int]:
    """Published posts for the public site; lists never carry bodies, sources or history."""
    return await content.paginate(
        Blog,
        published_query(tag),
        sort=NEWEST_FIRST,
        projection=BlogSummary,
        page=page,
        per_page=per_page,
    )


def published_query(tag: str | None = None) -> dict[str, Any]:
    """The public list's filter; served by the (status, created_at) or (tags, …) index."""
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


async def _content_changes(blog: Blog, changes: dict[str, Any]) -> dict[str, Any]:
    """Re-render the body when its source changed and keep derived fields true."""
    if "markdown" in changes or "body" in changes:
        body, source = await content.render_body(
            markdown_source=changes.pop("markdown", None), html=changes.pop("body", None)
        )
        # An excerpt derived from the old body follows the new one; a hand-written one stays.
        if "excerpt" not in changes and blog.excerpt == excerpt_from(blog.body):
            changes["excerpt"] = excerpt_from(body)
        changes.update(body=body, markdown=source)
    if "tags" in changes:
        changes["tags"] = _unique(changes["tags"])
    if "featured_image_url" in changes:
        ref = await media.image_ref(changes["featured_image_url"])
        changes["featured_image"] = ref.model_dump() if ref is not None else None
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
