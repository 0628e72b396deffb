"""What the AI costs: your own usage per day, and (admins) everyone's per user, model and day.
Reading usage spends no AI budget, so these routes sit outside the rate-limited /ai router."""

from typing import Annotated

from beanie import PydanticObjectId
from fastapi import APIRouter, Query

from app.deps import AdminUser, CurrentUser, Pagination, SettingsDep
from app.schemas.ai_usage import AIUsageRow, MyAIUsage
from app.schemas.common import Paginated
from app.services import ai_usage_reports
from core.errors import error_responses

router = APIRouter(responses=error_responses(401))

Days = Annotated[int, Query(ge=1, le=400, description="How many UTC days back, today included")]


@router.get("/ai/usage", tags=["ai"], response_model=MyAIUsage)
async def get_my_ai_usage(user: CurrentUser, settings: SettingsDep, days: Days = 30) -> MyAIUsage:
    """Your AI calls and tokens per UTC day, and what is left of today's quota."""
    assert user.id is not None
    return await ai_usage_reports.my_usage(
        user_id=user.id, days=days, daily_tokens=settings.ai_daily_tokens
    )


@router.get(
    "/admin/ai/usage",
    tags=["admin"],
    response_model=Paginated[AIUsageRow],
    responses=error_responses(403),
)
async def get_ai_usage_report(
    _admin: AdminUser,
    paging: Pagination,
    days: Days = 30,
    user: Annotated[PydanticObjectId | None, Query(description="Only this user")] = None,
) -> Paginated[AIUsageRow]:
    """AI calls and tokens per user, provider, model and UTC day, newest day first."""
    rows, total = await ai_usage_reports.usage_report(
        days=days, user_id=user, page=paging.page, per_page=paging.per_page
    )
    return Paginated[AIUsageRow].build(
        items=rows, total=total, page=paging.page, per_page=paging.per_page
    )
