from collections.abc import AsyncIterator

from tests.helpers import API, ApiClient

PREVIEW = f"{API}/markdown/preview"


async def test_preview_renders_and_sanitises_like_saving(
    client: ApiClient, writer: dict[str, str]
) -> None:
    source = "# Hi\n\n<script>alert(1)</script>\n\n| a |\n|---|\n| 1 |\n\n[x](javascript:void(0))"
    preview = await client.post(PREVIEW, json={"markdown": source}, headers=writer)
    assert preview.status_code == 200
    html = preview.json()["html"]
    assert '<h1 id="hi">Hi</h1>' in html and "<table>" in html
    assert "<script" not in html and "javascript:" not in html
    saved = await client.create_post(writer, markdown=source)
    assert saved["body"] == html


async def test_preview_needs_a_token(client: ApiClient) -> None:
    assert (await client.post(PREVIEW, json={"markdown": "x"})).status_code == 401


async def test_preview_takes_up_to_1_mb(client: ApiClient, writer: dict[str, str]) -> None:
    at_limit = "a" * 1_000_000
    ok = await client.post(PREVIEW, json={"markdown": at_limit}, headers=writer)
    assert ok.status_code == 200
    assert ok.json()["html"] == f"<p>{at_limit}</p>"
    too_big = await client.post(PREVIEW, json={"markdown": at_limit + "a"}, headers=writer)
    assert too_big.status_code == 413
    assert too_big.json() == {
        "detail": "Markdown previews are limited to 1 MB",
        "code": "payload_too_large",
    }


async def test_bodies_over_the_cap_are_413_before_parsing(
    client: ApiClient, writer: dict[str, str]
) -> None:
    huge = b'{"markdown": "' + b"a" * (3 * 1024 * 1024) + b'"}'
    declared = await client.post(
        PREVIEW, content=huge, headers={**writer, "content-type": "application/json"}
    )
    assert declared.status_code == 413
    assert declared.json() == {"detail": "Request body too large", "code": "payload_too_large"}

    async def stream() -> AsyncIterator[bytes]:  # no Content-Length: the cap applies while reading
        for start in range(0, len(huge), 65536):
            yield huge[start : start + 65536]

    chunked = await client.post(
        PREVIEW,
        content=stream(),
        headers={**writer, "content-type": "application/json"},
    )
    assert chunked.status_code == 413
    assert chunked.json() == {"detail": "Request body too large", "code": "payload_too_large"}
