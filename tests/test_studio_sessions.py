"""Studio sessions over HTTP: resumable, in order, owner-only, safe with two tabs open."""

import asyncio
from typing import Any

import pytest
from beanie import PydanticObjectId
from fastapi import FastAPI

from app.services.studio_sessions import store
from tests.ai_helpers import SESSIONS, choose, generate, new_session, signed_in, walk
from tests.helpers import ApiClient


async def test_a_session_resumes_after_a_new_login_at_the_same_step_with_the_same_options(
    client: ApiClient,
) -> None:
    headers = await signed_in(client, "resume@example.com")
    session = await new_session(client, headers, audience="renters", tone="friendly")
    assert session["next_step"] == "ideas"
    assert session["steps"]["ideas"]["ready"] and not session["steps"]["titles"]["ready"]
    sid = session["id"]
    await generate(client, headers, sid, "ideas")
    await choose(client, headers, sid, "ideas", index=1)
    before = await generate(client, headers, sid, "titles")

    again = await client.login("resume@example.com", "password-1")  # a new sign-in, new tokens
    listed = (await client.get(SESSIONS, headers=again)).json()
    assert listed["total"] == 1 and listed["items"][0]["next_step"] == "titles"
    resumed = (await client.get(f"{SESSIONS}/{sid}", headers=again)).json()
    assert resumed == before
    assert resumed["next_step"] == "titles"
    assert resumed["steps"]["ideas"]["choice"]["value"] == before["steps"]["ideas"]["options"][1]
    # Asking for the step again returns the same set: no new call, nothing spent.
    assert await generate(client, again, sid, "titles") == before
    chosen = await choose(client, again, sid, "titles", index=2)
    assert chosen["next_step"] == "intros"
    assert chosen["steps"]["titles"]["choice"]["value"] == before["steps"]["titles"]["options"][2]


async def test_steps_out_of_order_are_a_409_naming_the_missing_choice(
    client: ApiClient, writer: dict[str, str]
) -> None:
    sid = (await new_session(client, writer))["id"]
    response = await client.post(f"{SESSIONS}/{sid}/steps/intros", headers=writer)
    assert response.status_code == 409
    assert response.json() == {
        "detail": "Choose one of the ideas before generating intros",
        "code": "step_out_of_order",
        "missing_step": "ideas",
    }
    await walk(client, writer, sid, "ideas")
    choice = await client.put(
        f"{SESSIONS}/{sid}/steps/outlines/choice", json={"custom": ["A", "B"]}, headers=writer
    )
    assert choice.status_code == 409 and choice.json()["missing_step"] == "titles"
    for action in ("cover", "draft"):
        response = await client.post(f"{SESSIONS}/{sid}/{action}", json={}, headers=writer)
        assert response.status_code == 409, action
        assert response.json()["missing_step"] == "titles"


async def test_going_back_clears_later_choices_and_marks_their_options_stale(
    client: ApiClient, writer: dict[str, str]
) -> None:
    sid = (await new_session(client, writer))["id"]
    walked = await walk(client, writer, sid, "intros")
    assert walked["next_step"] == "outlines"
    titles = walked["steps"]["titles"]["options"]

    same = await choose(client, writer, sid, "ideas", index=0)  # the same pick: nothing changes
    assert same["version"] == walked["version"] and same["next_step"] == "outlines"

    back = await choose(client, writer, sid, "ideas", index=3)
    assert back["next_step"] == "titles"
    assert back["steps"]["titles"]["choice"] is None and back["steps"]["intros"]["choice"] is None
    assert back["steps"]["titles"]["options"] == titles  # still visible, now stale
    assert back["steps"]["titles"]["stale"] and back["steps"]["intros"]["stale"]
    assert not back["steps"]["ideas"]["stale"]

    fresh = await generate(client, writer, sid, "titles")  # stale: a new set is made
    sets = fresh["steps"]["titles"]["sets"]
    assert len(sets) == 2 and sets[0]["stale"] and not sets[1]["stale"]
    assert fresh["steps"]["titles"]["options"] != titles
    # A title from the older set can still be picked, by its set id.
    old = await choose(client, writer, sid, "titles", index=4, set_id=sets[0]["id"])
    assert old["steps"]["titles"]["choice"] | {"chosen_at": None} == {
        "value": titles[4],
        "custom": False,
        "set_id": sets[0]["id"],
        "index": 4,
        "chosen_at": None,
    }


async def test_regenerate_keeps_every_set_in_the_history(
    client: ApiClient, writer: dict[str, str]
) -> None:
    sid = (await new_session(client, writer, topic="Balcony tomatoes"))["id"]
    await generate(client, writer, sid, "ideas")
    again = await client.post(f"{SESSIONS}/{sid}/steps/ideas/regenerate", headers=writer)
    assert again.status_code == 200
    sets = again.json()["steps"]["ideas"]["sets"]
    assert len(sets) == 2 and sets[1]["id"] == again.json()["steps"]["ideas"]["current_set_id"]
    assert all(len(s["options"]) == 5 and s["provider"] == "offline" for s in sets)


async def test_custom_choices_and_bad_picks(client: ApiClient, writer: dict[str, str]) -> None:
    sid = (await new_session(client, writer))["id"]
    url = f"{SESSIONS}/{sid}/steps/ideas/choice"
    no_options = await client.put(url, json={"index": 0}, headers=writer)
    assert no_options.status_code == 409
    await generate(client, writer, sid, "ideas")
    for body in ({"index": 5}, {"index": 0, "custom": "x"}, {}, {"custom": ["a list"]}):
        assert (await client.put(url, json=body, headers=writer)).status_code == 422, body
    assert (
        await client.put(url, json={"index": 0, "set_id": "nope"}, headers=writer)
    ).status_code == 422
    typed = await choose(client, writer, sid, "ideas", custom="Growing herbs on a north balcony")
    assert typed["steps"]["ideas"]["choice"]["custom"] is True
    titles = await generate(client, writer, sid, "titles")
    assert any("North Balcony" in title for title in titles["steps"]["titles"]["options"])
    await choose(client, writer, sid, "titles", custom="Herbs in the Shade")
    await choose(client, writer, sid, "intros", custom="Shade is not the end of the story.")
    outline = await choose(client, writer, sid, "outlines", custom=["Light", "Soil", "Water"])
    assert outline["steps"]["outlines"]["choice"]["value"] == ["Light", "Soil", "Water"]
    bad = await client.put(
        f"{SESSIONS}/{sid}/steps/outlines/choice", json={"custom": "flat"}, headers=writer
    )
    assert bad.status_code == 422
    assert (await client.post(f"{SESSIONS}/{sid}/steps/cover", headers=writer)).status_code == 422


async def test_only_the_owner_sees_a_session(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    sid = (await new_session(client, writer))["id"]
    await generate(client, writer, sid, "ideas")
    for headers in (other_writer, admin):
        assert (await client.get(f"{SESSIONS}/{sid}", headers=headers)).status_code == 404
        assert (
            await client.post(f"{SESSIONS}/{sid}/steps/ideas", headers=headers)
        ).status_code == 404
        put = await client.put(
            f"{SESSIONS}/{sid}/steps/ideas/choice", json={"index": 0}, headers=headers
        )
        assert put.status_code == 404
        assert (await client.delete(f"{SESSIONS}/{sid}", headers=headers)).status_code == 404
        assert (await client.get(SESSIONS, headers=headers)).json()["total"] == 0
    assert (await client.get(f"{SESSIONS}/not-an-id", headers=writer)).status_code == 404
    assert (await client.get(f"{SESSIONS}/{sid}")).status_code == 401
    assert (await client.get(f"{SESSIONS}/{sid}", headers=writer)).status_code == 200


async def test_two_tabs_choosing_at_once_do_not_corrupt_the_session(
    client: ApiClient, writer: dict[str, str], app: FastAPI
) -> None:
    sid = (await new_session(client, writer))["id"]
    start = await walk(client, writer, sid, "titles")
    url = f"{SESSIONS}/{sid}/steps"
    results = await asyncio.gather(
        client.put(f"{url}/titles/choice", json={"index": 3}, headers=writer),
        client.put(f"{url}/ideas/choice", json={"index": 2}, headers=writer),
        client.put(f"{url}/titles/choice", json={"index": 4}, headers=writer),
    )
    assert [r.status_code for r in results] == [200, 200, 200]
    final = (await client.get(f"{SESSIONS}/{sid}", headers=writer)).json()
    assert final["version"] == start["version"] + 3  # no write lost, none applied twice
    ideas = final["steps"]["ideas"]
    assert ideas["choice"]["value"] == ideas["options"][2]
    title = final["steps"]["titles"]["choice"]
    # Either the idea change came last (and cleared the title), or a title came after it.
    assert title is None or title["index"] in (3, 4)

    # A write computed from an old version is refused rather than applied.
    from app.models import StudioSession

    stale = await StudioSession.get(PydanticObjectId(sid))
    assert stale is not None
    stale.version -= 1
    assert await store.commit(stale, {"topic": "overwritten"}) is None
    assert (await StudioSession.get(PydanticObjectId(sid))).topic == "urban gardening"  # type: ignore[union-attr]


async def test_sessions_are_listed_newest_first_and_paginated(
    client: ApiClient, writer: dict[str, str]
) -> None:
    ids = [(await new_session(client, writer, topic=f"topic {n}"))["id"] for n in range(3)]
    await generate(client, writer, ids[0], "ideas")  # now the most recently changed
    page = (await client.get(SESSIONS, params={"per_page": 2}, headers=writer)).json()
    assert [item["id"] for item in page["items"]] == [ids[0], ids[2]]
    assert (page["total"], page["total_pages"]) == (3, 2)
    assert "steps" not in page["items"][0]


@pytest.mark.parametrize(
    "body", [{"topic": ""}, {"topic": "x", "words": 50}, {"topic": "x", "owner": "me"}]
)
async def test_session_input_is_validated(
    client: ApiClient, writer: dict[str, str], body: dict[str, Any]
) -> None:
    assert (await client.post(SESSIONS, json=body, headers=writer)).status_code == 422
