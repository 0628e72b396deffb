from datetime import datetime

from pydantic import BaseModel, Field


class SessionPublic(BaseModel):
    id: str = Field(description="The session id (its refresh-token family)")
    created_at: datetime = Field(description="When its login happened")
    last_used_at: datetime = Field(description="Its latest login or refresh")
    expires_at: datetime
    ip: str | None
    user_agent: str | None
    current: bool = Field(description="Whether this request's access token belongs to it")
