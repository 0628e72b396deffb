"""A thin httpx client with the few steps most tests share."""

from typing import Any

import httpx
from fastapi import FastAPI

API = "/api/v1"


def bearer(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


class ApiClient(httpx.AsyncClient):
    app: FastAPI | None = None  # the app behind it, when a test needs its state

    async def signup(self, email: str, password: str, **extra: Any) -> httpx.Response:
        return await self.post(
            f"{API}/auth/signup", json={"email": email, "password": password, **extra}
        )

    async def tokens(self, email: str, password: str) -> dict[str, Any]:
        response = await self.post(f"{API}/auth/login", json={"email": email, "password": password})
        assert response.status_code == 200, response.text
        tokens: dict[str, Any] = response.json()
        return tokens

    async def login(self, email: str, password: str) -> dict[str, str]:
        return bearer(await self.tokens(email, password))

    async def signup_and_login(self, email: str, password: str) -> dict[str, str]:
        response = await self.signup(email, password)
        assert response.status_code == 201, response.text
        return await self.login(email, password)

    async def create_post(self, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
        source = {} if "body" in fields else {"markdown": "Some *text*."}
        body = {"title": "A post", **source, **fields}
        response = await self.post(f"{API}/posts", json=body, headers=headers)
        assert response.status_code == 201, response.text
        post: dict[str, Any] = response.json()
        return post
