"""The end of a studio session: its cover (generated or uploaded) and the post it drafts."""

import io

from PIL import Image

from tests.ai_helpers import SESSIONS, Upstream, new_session, parse_sse, signed_in, walk
from tests.helpers import API, ApiClient


async def test_a_finished_session_saves_a_post_and_deleting_it_keeps_the_post(
    client: ApiClient, writer: dict[str, str]
) -> None:
    sid = (await new_session(client, writer, words=400))["id"]
    walked = await walk(client, writer, sid, "image_prompts")
    assert walked["next_step"] == "cover"
    covered = await client.post(f"{SESSIONS}/{sid}/cover", json={}, headers=writer)
    assert covered.status_code == 201, covered.text
    cover = covered.json()["cover"]
    prompt = walked["steps"]["image_prompts"]["choice"]["value"]
    assert cover["source"] == "generated" and cover["prompt"] == prompt
    assert cover["alt_text"] == "A minimalist flat illustration of urban gardening."
    assert prompt.startswith(cover["alt_text"].rstrip("."))
    assert covered.json()["next_step"] == "draft"

    drafted = await client.post(f"{SESSIONS}/{sid}/draft", headers=writer)
    assert drafted.status_code == 201, drafted.text
    body = drafted.json()
    post = body["post"]
    assert post["status"] == "saved" and body["session_id"] == sid
    steps = walked["steps"]
    assert post["title"] == steps["titles"]["choice"]["value"]
    assert post["intro"] == steps["intros"]["choice"]["value"]
    assert post["outline"] == steps["outlines"]["choice"]["value"]
    assert post["featured_image_url"] == cover["url"]
    assert body["markdown"].startswith(f"# {post['title']}")

    done = (await client.get(f"{SESSIONS}/{sid}", headers=writer)).json()
    assert done["next_step"] == "done" and done["post_ids"] == [post["id"]]
    assert (await client.delete(f"{SESSIONS}/{sid}", headers=writer)).status_code == 204
    assert (await client.get(f"{SESSIONS}/{sid}", headers=writer)).status_code == 404
    assert (await client.get(f"{API}/blogs/{post['id']}", headers=writer)).status_code == 200


async def test_a_draft_streams_and_its_done_event_names_the_saved_post(
    client: ApiClient, writer: dict[str, str]
) -> None:
    sid = (await new_session(client, writer))["id"]
    await walk(client, writer, sid, "outlines")  # no cover: it is optional
    headers = {**writer, "Accept": "text/event-stream"}
    response = await client.post(f"{SESSIONS}/{sid}/draft", json={"words": 300}, headers=headers)
    assert response.status_code == 201
    events = parse_sse(response.text)
    name, done = events[-1]
    assert name == "done" and done["session_id"] == sid
    post = (await client.get(f"{API}/blogs/{done['post_id']}", headers=writer)).json()
    assert post["markdown"] == done["markdown"] and post["featured_image_url"] is None


async def test_an_uploaded_image_can_be_the_cover(
    client: ApiClient, writer: dict[str, str]
) -> None:
    sid = (await new_session(client, writer))["id"]
    await walk(client, writer, sid, "titles")
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(out, format="PNG")
    files = {"file": ("cover.png", out.getvalue(), "image/png")}
    uploaded = (await client.post(f"{API}/uploads/images", files=files, headers=writer)).json()
    relative = "/uploads/" + uploaded["url"].rsplit("/", 1)[1]
    attached = await client.post(
        f"{SESSIONS}/{sid}/cover", json={"image_url": relative}, headers=writer
    )
    assert attached.status_code == 201, attached.text
    cover = attached.json()["cover"]
    assert cover["source"] == "upload" and cover["url"] == uploaded["url"]
    assert cover["alt_text"].startswith("Cover image for “")
    for bad in ("https://elsewhere.example/uploads/x.png", "/uploads/../secret.png",
                "/uploads/0123456789abcdef.png"):  # fmt: skip
        response = await client.post(
            f"{SESSIONS}/{sid}/cover", json={"image_url": bad}, headers=writer
        )
        assert response.status_code == 422, bad


async def test_a_session_runs_on_every_provider(ai: ApiClient, upstream: Upstream) -> None:
    headers = await signed_in(ai)
    sid = (await new_session(ai, headers))["id"]
    walked = await walk(ai, headers, sid, "image_prompts")
    assert walked["steps"]["titles"]["sets"][0]["provider"] == upstream.name
    assert (await ai.post(f"{SESSIONS}/{sid}/cover", json={}, headers=headers)).status_code == 201
    drafted = await ai.post(f"{SESSIONS}/{sid}/draft", headers=headers)
    assert drafted.status_code == 201 and drafted.json()["provider"] == upstream.name
    assert len(upstream.fake.requests) == 7  # five steps, a cover, a post: nothing twice
