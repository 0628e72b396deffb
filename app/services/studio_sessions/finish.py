"""The end of a session: its cover (generated from the chosen image prompt, or an uploaded
image attached) and the full post, saved as a `saved` post through the blogs service so
every rule of a hand-written post applies."""

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

from beanie import PydanticObjectId
from pydantic import ValidationError

from app.models import Asset, StudioSession, User
from app.models.common import utcnow
from app.models.studio_session import StudioCover, StudioPostRef
from app.schemas.blogs import BlogCreate, BlogPrivate
from app.schemas.studio import StudioCoverRequest, StudioDraftRequest, StudioDraftResponse
from app.services import blogs
from app.services.ai import AIProvider, Brief, Step, studio
from app.services.ai_usage import Caller
from app.services.images import ImagePipeline
from app.services.studio_sessions import store
from core.errors import StepOutOfOrder, Unprocessable

_UPLOAD_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}\.(?:png|jpe?g|webp|gif)")
NOT_AN_UPLOAD = "image_url must be an image uploaded with POST /api/v1/uploads/images"


@dataclass(frozen=True, slots=True)
class Studio:
    """What the cover and the draft need besides the session: the AI and where images go."""

    provider: AIProvider
    caller: Caller
    images: ImagePipeline


async def set_cover(
    session_id: str, *, owner: PydanticObjectId, request: StudioCoverRequest, studio_: Studio
) -> StudioSession:
    session = await store.load(session_id, owner)
    title = store.chosen(session, Step.TITLES)
    if request.image_url is not None:
        url = await _uploaded(request.image_url, studio_, owner)
        fallback = f"Cover image for “{title}”" if title else "Cover image"
        cover = StudioCover(
            url=url, alt_text=request.alt_text or fallback, source="upload", created_at=utcnow()
        )
    else:
        prompt = store.chosen(session, Step.IMAGE_PROMPTS)
        if prompt is None:
            store.require_choices_before(session, Step.IMAGE_PROMPTS, wanted="the cover")
            raise StepOutOfOrder(missing=Step.IMAGE_PROMPTS.value, wanted="the cover")
        image = await studio.generate_image(
            studio_.provider,
            prompt=prompt,
            images=studio_.images,
            owner=owner,
            caller=studio_.caller.for_session(session.id),
        )
        cover = StudioCover(
            url=image.image_url,
            alt_text=request.alt_text or image.alt_text,
            source="generated",
            prompt=prompt,
            provider=image.provider,
            model=image.model,
            width=image.width,
            height=image.height,
            created_at=utcnow(),
        )
    return await store.apply(session, {"$set": {"cover": cover.model_dump()}})


async def _uploaded(image_url: str, studio_: Studio, owner: PydanticObjectId) -> str:
    """The absolute URL of an image this writer uploaded (relative `/uploads/…` accepted):
    its asset record says who stored it, so nobody attaches someone else's upload."""
    base_url = studio_.images.base_url
    path = image_url.removeprefix(base_url)
    name = path.removeprefix("/uploads/")
    if name == path or not _UPLOAD_NAME.fullmatch(name):
        raise Unprocessable(NOT_AN_UPLOAD)
    asset = await Asset.find_one(Asset.filename == name)
    if asset is None or asset.owner != owner:
        raise Unprocessable(f"No image named {name} was uploaded by you")
    return f"{base_url}/uploads/{name}"


async def _prepared(
    session_id: str, owner: PydanticObjectId, request: StudioDraftRequest
) -> tuple[StudioSession, Brief]:
    session = await store.load(session_id, owner)
    store.require_choices_before(session, None, wanted="the draft")
    return session, store.brief(session, words=request.words, tone=request.tone)


async def write_draft(
    session_id: str, *, author: User, request: StudioDraftRequest, studio_: Studio
) -> StudioDraftResponse:
    assert author.id is not None
    session, brief = await _prepared(session_id, author.id, request)
    caller = studio_.caller.for_session(session.id)
    written = await studio.write_post(studio_.provider, brief=brief, caller=caller)
    post = await _save(session, author, written.markdown)
    assert session.id is not None
    return StudioDraftResponse(
        markdown=written.markdown,
        html=written.html,
        provider=written.provider,
        model=written.model,
        post=post,
        session_id=session.id,
    )


async def stream_draft(
    session_id: str, *, author: User, request: StudioDraftRequest, studio_: Studio
) -> AsyncIterator[bytes]:
    """Server-Sent Events as for /ai/blog-generate; `done` also carries `post_id` and
    `session_id` once the post is saved."""
    assert author.id is not None
    session, brief = await _prepared(session_id, author.id, request)

    async def save(source: str, _html: str) -> dict[str, object]:
        post = await _save(session, author, source)
        return {"post_id": str(post.id), "session_id": str(session.id)}

    caller = studio_.caller.for_session(session.id)
    return await studio.stream_post(studio_.provider, brief=brief, caller=caller, finish=save)


async def _save(session: StudioSession, author: User, source: str) -> BlogPrivate:
    cover = session.cover
    try:
        data = BlogCreate(
            title=store.chosen(session, Step.TITLES),
            intro=store.chosen(session, Step.INTROS),
            outline=store.chosen(session, Step.OUTLINES),
            markdown=source,
            featured_image_url=cover.url if cover else None,
        )
    except ValidationError as exc:
        # Limits a post has and a studio choice may exceed (e.g. a heading over 200 chars).
        raise Unprocessable("The draft cannot be saved as a post: " + _first(exc)) from exc
    blog = await blogs.create_post(author=author, data=data)
    assert blog.id is not None
    ref = StudioPostRef(id=blog.id, created_at=blog.created_at)
    await store.apply(session, {"$push": {"posts": ref.model_dump()}})
    return BlogPrivate.model_validate(blog)


def _first(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else str(error["msg"])
