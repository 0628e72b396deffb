"""The original blog studio's routes (no /api/v1): its client's whole walk, and the same rules."""

import io
import random
from typing import Any

from PIL import Image

from app.services import users
from core.config import Settings
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient, bearer

BLOG_KEYS = {
    "_id", "owner", "status", "title", "intro", "outline", "image_url", "markdown", "html",
    "created_at", "admin_feedback",
}  # fmt: skip
USER_KEYS = {
    "id",
    "email",
    "display_name",
    "role",
    "is_active",
    "created_at",
    "slug",
    "bio",
    "avatar",
}
OPTIONS_KEYS = {"options", "provider", "model"}


async def legacy_login(http: ApiClient, email: str, password: str) -> dict[str, str]:
    response = await http.post("/auth/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"access_token", "refresh_token", "token_type", "expires_in"}
    return bearer(response.json())


async def legacy_admin(http: ApiClient, settings: Settings) -> dict[str, str]:
    assert settings.admin_password is not None
    password = settings.admin_password.get_secret_value()
    await users.ensure_admin(email=settings.admin_email, password=password)
    return await legacy_login(http, settings.admin_email, password)


async def legacy_writer(http: ApiClient, email: str = "studio@example.com") -> dict[str, str]:
    signup = await http.post("/auth/auth/signup", json={"email": email, "password": "pw-123456"})
    assert signup.status_code == 201, signup.text
    assert set(signup.json()) == USER_KEYS and signup.json()["role"] == "user"
    return await legacy_login(http, email, "pw-123456")


async def step(http: ApiClient, name: str, headers: dict[str, str], **body: Any) -> Any:
    response = await http.post(f"/ai/{name}", json=body, headers=headers)
    assert response.status_code == 200, response.text
    assert set(response.json()) == OPTIONS_KEYS
    options = response.json()["options"]
    assert len(options) == 5
    return options[0]


async def save(http: ApiClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = await http.post("/blog", json={"title": "A post", **body}, headers=headers)
    assert response.status_code == 201, response.text
    blog: dict[str, Any] = response.json()
    assert set(blog) == BLOG_KEYS
    return blog


async def test_an_original_studio_client_walks_from_signup_to_approval(
    client: ApiClient, settings: Settings
) -> None:
    writer = await legacy_writer(client)
    idea = await step(client, "ideas", writer, topic="kites")
    title = await step(client, "titles", writer, topic=idea)
    intro = await step(client, "intros", writer, topic=idea, title=title)
    outline = await step(client, "outlines", writer, topic=idea, title=title, intro=intro)
    prompt = await step(client, "image-prompts", writer, title=title, intro=intro, outline=outline)
    image = await client.post("/ai/image-generate", json={"prompt": prompt}, headers=writer)
    assert image.status_code == 201, image.text
    image_url = image.json()["image_url"]
    generated = await client.post(
        "/ai/blog-generate",
        json={"topic": idea, "title": title, "intro": intro, "outline": outline},
        headers=writer,
    )
    assert generated.status_code == 200, generated.text
    post = generated.json()

    # What blog-generate answered goes back as it is, `html` included.
    blog = await save(
        client, writer, title=title, intro=intro, outline=outline, image_url=image_url,
        markdown=post["markdown"], html=post["html"],
    )  # fmt: skip
    assert blog["status"] == "saved" and blog["admin_feedback"] is None
    assert blog["image_url"] == image_url and blog["outline"] == outline
    assert blog["markdown"] == post["markdown"] and blog["html"] == post["html"]
    blog_id = blog["_id"]

    mine = await client.get("/blog", headers=writer)
    assert mine.status_code == 200 and mine.headers["x-total-count"] == "1"
    assert mine.json() == [blog]
    assert (await client.get(f"/blogs/{blog_id}", headers=writer)).json() == blog
    stats = (await client.get("/blogs/stats", headers=writer)).json()
    assert stats == {
        "saved": 1, "pending": 0, "scheduled": 0, "published": 0, "rejected": 0, "total": 1
    }  # fmt: skip

    pending = await client.post(f"/blogs/{blog_id}/publish-request", headers=writer)
    assert pending.status_code == 200, pending.text
    assert set(pending.json()) == BLOG_KEYS and pending.json()["status"] == "pending"

    admin = await legacy_admin(client, settings)
    queue = await client.get("/admin/blogs", params={"status": "pending"}, headers=admin)
    assert queue.status_code == 200
    assert [b["_id"] for b in queue.json()] == [blog_id]
    approved = await client.post(f"/admin/blogs/{blog_id}/approve", headers=admin)
    assert approved.status_code == 200, approved.text
    assert set(approved.json()) == BLOG_KEYS and approved.json()["status"] == "published"

    # The same post, published through the same workflow, is on the public site.
    public = (await client.get(f"{API}/posts")).json()["items"]
    assert [p["id"] for p in public] == [blog_id]
    assert (await client.get(f"{API}/posts/{public[0]['slug']}")).json()["body"] == post["html"]


async def test_reject_shows_feedback_and_the_writer_resubmits(
    client: ApiClient, settings: Settings
) -> None:
    writer = await legacy_writer(client)
    admin = await legacy_admin(client, settings)
    blog_id = (await save(client, writer, markdown="Hello"))["_id"]
    await client.post(f"/blogs/{blog_id}/publish-request", headers=writer)
    empty = await client.post(f"/admin/blogs/{blog_id}/reject", json={}, headers=admin)
    assert empty.status_code == 422 and empty.json()["code"] == "validation_error"
    rejected = await client.post(
        f"/admin/blogs/{blog_id}/reject", json={"feedback": "Needs a cover"}, headers=admin
    )
    assert rejected.status_code == 200
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["admin_feedback"] == "Needs a cover"
    again = await client.post(f"/blogs/{blog_id}/publish-request", headers=writer)
    assert again.json()["status"] == "pending"
    twice = await client.post(f"/blogs/{blog_id}/publish-request", headers=writer)
    assert twice.status_code == 409
    assert twice.json()["code"] == "invalid_transition"
    assert twice.json()["current_status"] == "pending"


async def test_the_same_access_rules_apply(client: ApiClient, settings: Settings) -> None:
    writer = await legacy_writer(client)
    other = await legacy_writer(client, "other@example.com")
    blog_id = (await save(client, writer, markdown="Mine"))["_id"]
    assert (await client.get(f"/blogs/{blog_id}")).status_code == 401
    assert (await client.get(f"/blogs/{blog_id}", headers=other)).status_code == 404
    assert (await client.get("/blogs/not-an-id", headers=writer)).status_code == 404
    assert (
        await client.post(f"/blogs/{blog_id}/publish-request", headers=other)
    ).status_code == 404
    await client.post(f"/blogs/{blog_id}/publish-request", headers=writer)
    for path in ("/admin/blogs", f"/admin/blogs/{blog_id}/approve"):
        method = client.get if path == "/admin/blogs" else client.post
        forbidden = await method(path, headers=writer)
        assert forbidden.status_code == 403 and forbidden.json()["code"] == "forbidden"
    assert (await client.get("/blog", headers=other)).json() == []
    assert (await client.post("/ai/ideas", json={"topic": "x"})).status_code == 401
    published = await client.post("/blog", json={"title": "x", "published": True}, headers=writer)
    assert published.status_code == 403  # only admins publish directly, as on /api/v1


async def test_saved_bodies_are_sanitised_and_v1_names_accepted(client: ApiClient) -> None:
    writer = await legacy_writer(client)
    from_html = await save(client, writer, html='<p onclick="x()">Hi<script>alert(1)</script></p>')
    assert from_html["html"] == "<p>Hi</p>" and from_html["markdown"] is None
    # `html` never overrides the Markdown it was rendered from: the server renders it again.
    from_markdown = await save(client, writer, markdown="**Bold**", html="<p>forged</p>")
    assert from_markdown["html"] == "<p><strong>Bold</strong></p>"
    v1_names = await save(
        client, writer, body="<p>Body</p>", featured_image_url="https://cdn.example.com/c.png"
    )
    assert v1_names["html"] == "<p>Body</p>"
    assert v1_names["image_url"] == "https://cdn.example.com/c.png"
    for bad in ({"image_url": "javascript:alert(1)"}, {"title": ""}, {"role": "admin"}):
        response = await client.post("/blog", json={"title": "t", **bad}, headers=writer)
        assert response.status_code == 422, bad


async def test_lists_page_and_count(client: ApiClient, settings: Settings) -> None:
    writer = await legacy_writer(client)
    for n in range(3):
        await save(client, writer, title=f"Post {n}", markdown="x")
    pages = [
        await client.get("/blog", params={"per_page": 2, "page": n}, headers=writer) for n in (1, 2)
    ]
    assert [p.headers["x-total-count"] for p in pages] == ["3", "3"]
    listed = [b for p in pages for b in p.json()]
    assert len(pages[1].json()) == 1
    assert sorted(b["title"] for b in listed) == ["Post 0", "Post 1", "Post 2"]
    stamps = [b["created_at"] for b in listed]
    assert stamps == sorted(stamps, reverse=True)  # newest first
    assert (await client.get("/blog", params={"per_page": 101}, headers=writer)).status_code == 422
    admin = await legacy_admin(client, settings)
    everything = await client.get("/admin/blogs", headers=admin)
    assert everything.headers["x-total-count"] == "3" and len(everything.json()) == 3


async def test_uploads_keep_the_upload_limit_and_validation(
    client_with: ClientFactory,
) -> None:
    # A 1.5 MB image through the legacy path, with every other body capped at 1 MB.
    pixels = random.Random(7).randbytes(700 * 700 * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (700, 700), pixels).save(out, format="PNG")
    assert out.tell() > 1024 * 1024
    async with client_with(max_body_mb=1, max_upload_mb=2) as http:
        writer = await legacy_writer(http)
        upload = "/blogs/uploads/images"
        image = await http.post(
            upload, files={"file": ("c.png", out.getvalue(), "image/png")}, headers=writer
        )
        assert image.status_code == 201, image.text
        assert set(image.json()) == {"url", "width", "height", "content_type", "size"}
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        refused = await http.post(
            upload, files={"file": ("x.svg", svg, "image/svg+xml")}, headers=writer
        )
        assert refused.status_code == 415
        anonymous = await http.post(upload, files={"file": ("c.png", b"x", "image/png")})
        assert anonymous.status_code == 401


async def test_rate_limits_are_shared_with_the_v1_twins(client_with: ClientFactory) -> None:
    async with client_with(auth_rate_limit="2/minute", ai_rate_limit="2/minute") as http:
        await http.signup("a@example.com", "password-1")
        body = {"email": "a@example.com", "password": "password-1"}
        assert (await http.post(f"{API}/auth/login", json=body)).status_code == 200
        assert (await http.post(f"{API}/auth/login", json=body)).status_code == 200
        limited = await http.post("/auth/auth/login", json=body)
        assert limited.status_code == 429 and limited.json()["code"] == "rate_limited"
        assert int(limited.headers["retry-after"]) >= 1

    async with client_with(ai_rate_limit="2/minute") as http:
        writer = await http.signup_and_login("b@example.com", "password-1")
        for _ in range(2):
            ok = await http.post(f"{API}/ai/ideas", json={"topic": "x"}, headers=writer)
            assert ok.status_code == 200
        limited = await http.post("/ai/ideas", json={"topic": "x"}, headers=writer)
        assert limited.status_code == 429


async def test_legacy_routes_can_be_switched_off(client_with: ClientFactory) -> None:
    async with client_with(legacy_routes=False) as http:
        gone = await http.post("/auth/auth/login", json={"email": "a@b.co", "password": "x"})
        assert gone.status_code == 404 and gone.json()["code"] == "not_found"
        assert (await http.get("/blogs/stats")).status_code == 404
        spec = (await http.get("/openapi.json")).json()
        assert not [p for p in spec["paths"] if not p.startswith((API, "/health"))]
        assert "legacy" not in {tag["name"] for tag in spec["tags"]}
        # The /api/v1 twins are untouched.
        assert (await http.signup("a@b.co", "password-1")).status_code == 201


async def test_legacy_operations_are_documented_under_their_tag(client: ApiClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    legacy = {
        (method.upper(), path): operation
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if "legacy" in operation["tags"]
    }
    assert len(legacy) == 18
    assert ("POST", "/auth/auth/signup") in legacy and ("GET", "/blogs/{blog_id}") in legacy
    assert all(op["operationId"].startswith("legacy") for op in legacy.values())
    blog = spec["components"]["schemas"]["LegacyBlog"]
    assert set(blog["properties"]) == BLOG_KEYS == set(blog["required"])
    create = spec["components"]["schemas"]["LegacyBlogCreate"]["properties"]
    assert {"title", "intro", "outline", "image_url", "markdown", "html"} <= set(create)


async def test_browsers_on_allowed_origins_can_read_the_total(client_with: ClientFactory) -> None:
    origin = "https://studio.example"
    async with client_with(allowed_origins=[origin]) as http:
        writer = await legacy_writer(http)
        response = await http.get("/blog", headers={**writer, "Origin": origin})
    assert response.headers["access-control-allow-origin"] == origin
    assert "x-total-count" in response.headers["access-control-expose-headers"].lower()
