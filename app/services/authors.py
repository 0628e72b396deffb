"""Public author profiles, and the author of each public post (read at response time, so a
renamed author shows everywhere at the next cache fill)."""

from collections.abc import Sequence
from typing import TypeVar

from app.models import Blog, BlogStatus, User
from app.schemas.authors import AuthorPublic, AuthorRef, PublicPost, PublicPostSummary
from app.schemas.blogs import PostSort
from app.services import blogs, content
from core.errors import NotFound

AUTHOR_NOT_FOUND = "Author not found"
PostT = TypeVar("PostT", PublicPostSummary, PublicPost)


def ref(user: User) -> AuthorRef:
    return AuthorRef(name=user.display_name, slug=user.slug, avatar=user.avatar)


async def active_by_slug(slug: str) -> User | None:
    user = await User.find_one(User.slug == slug)
    return user if user is not None and user.is_active else None


async def get_author(slug: str) -> AuthorPublic:
    user = await active_by_slug(slug)
    if user is None:
        raise NotFound(AUTHOR_NOT_FOUND)
    count = await Blog.find({"owner": user.id, "status": BlogStatus.PUBLISHED.value}).count()
    return AuthorPublic(**ref(user).model_dump(), bio=user.bio, published_posts=count)


async def with_authors(posts: Sequence[PostT]) -> list[PostT]:
    """`posts` with `author_profile` filled in: one query for all their authors."""
    owners = list({post.owner for post in posts})
    found = await User.find({"_id": {"$in": owners}}).to_list() if owners else []
    refs = {user.id: ref(user) for user in found}
    return [post.model_copy(update={"author_profile": refs.get(post.owner)}) for post in posts]


async def list_published(
    *,
    page: int,
    per_page: int,
    tag: str | None,
    author: str | None,
    sort: PostSort = PostSort.CREATED_AT,
) -> tuple[list[PublicPostSummary], int]:
    """The public post list in `sort` order, optionally of one author (by slug; unknown: an
    empty page)."""
    query = blogs.published_query(tag)
    if author is not None:
        user = await active_by_slug(author)
        if user is None:
            return [], 0
        query["owner"] = user.id
    items, total = await content.paginate(
        Blog,
        query,
        sort=blogs.ORDERS[sort],
        projection=PublicPostSummary,
        page=page,
        per_page=per_page,
        # One author's posts are few: the owner index serves them; the rest name their index.
        hint=None if author is not None else blogs.published_index(tag, sort),
    )
    return await with_authors(items), total


async def published_post(slug: str) -> PublicPost:
    post = PublicPost.model_validate(await blogs.get_published_by_slug(slug))
    return (await with_authors([post]))[0]
