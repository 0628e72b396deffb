from datetime import date

from beanie import PydanticObjectId
from pydantic import BaseModel, Field


class AIUsageTotals(BaseModel):
    calls: int = 0
    errors: int = Field(default=0, description="Calls that ended in an error (still charged)")
    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0


class AIUsageDay(AIUsageTotals):
    day: date


class MyAIUsage(BaseModel):
    """Your AI usage per UTC day (days without calls are left out), and today's quota."""

    since: date
    until: date
    days: list[AIUsageDay] = Field(description="Newest first")
    total: AIUsageTotals
    daily_token_quota: int | None = Field(description="AI_DAILY_TOKENS; null: no quota")
    used_today: int
    remaining_today: int | None


class AIUsageRow(AIUsageTotals):
    """One user's calls to one model on one UTC day."""

    day: date
    user_id: PydanticObjectId
    user_email: str | None = Field(description="Null when the account no longer exists")
    provider: str
    model: str
