"""The hot queries use indexes: no collection scans behind the public site or the workspace."""

from typing import Any

import pytest
from beanie import PydanticObjectId

from app.models import Blog
from app.services.blogs import NEWEST_FIRST, published_query
from tests.helpers import API, ApiClient


def winning_plan(explained: dict[str, Any]) -> str:
    return str(explained["queryPlanner"]["winningPlan"])


async def explain(query: dict[str, Any], *, skip: int = 0, limit: int = 10) -> str:
    sort = [(field, int(direction)) for field, direction in NEWEST_FIRST]
    cursor = Blog.get_pymongo_collection().find(query).sort(sort).skip(skip).limit(limit)
    return winning_plan(await cursor.explain())


@pytest.fixture
async def posts(client: ApiClient, admin: dict[str, str], writer: dict[str, str]) -> None:
    for n in range(12):
        await client.create_post(
            admin, title=f"Post {n}", tags=["python" if n % 2 else "rust"], published=n % 3 != 0
        )
        await client.create_post(writer, title=f"Draft {n}")


async def test_the_public_list_uses_the_status_and_date_index(posts: None) -> None:
    plan = await explain(published_query(), skip=20)
    assert "IXSCAN" in plan and "status_1_created_at_-1" in plan
    assert "COLLSCAN" not in plan


async def test_a_tag_filter_uses_the_tag_index(posts: None) -> None:
    plan = await explain(published_query("python"))
    assert "IXSCAN" in plan and "tags_1_status_1_created_at_-1" in plan
    assert "COLLSCAN" not in plan


async def test_slug_lookups_and_the_workspace_use_indexes(
    posts: None, client: ApiClient, writer: dict[str, str]
) -> None:
    slug_plan = winning_plan(await Blog.get_pymongo_collection().find({"slug": "post-1"}).explain())
    assert "slug_1" in slug_plan and "COLLSCAN" not in slug_plan
    owner = (await client.get(f"{API}/auth/me", headers=writer)).json()["id"]
    owner_plan = await explain({"owner": PydanticObjectId(owner)})
    assert "owner_1_created_at_-1" in owner_plan and "COLLSCAN" not in owner_plan
    filtered = await explain({"owner": PydanticObjectId(owner), "status": "saved"})
    assert "owner_1_status_1_created_at_-1" in filtered and "COLLSCAN" not in filtered
