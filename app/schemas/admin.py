from datetime import date

from beanie import PydanticObjectId
from pydantic import BaseModel, StrictBool

from app.models import Role
from app.schemas.blogs import StatusCounts
from app.schemas.common import InputModel


class AuthorStats(BaseModel):
    owner: PydanticObjectId
    author: str
    counts: StatusCounts


class DailyCount(BaseModel):
    date: date
    count: int


class AdminStats(BaseModel):
    counts: StatusCounts
    by_author: list[AuthorStats]
    published_last_30_days: int
    published_per_day: list[DailyCount]  # the last 30 days, oldest first, zeros included


class UserAdminUpdate(InputModel):
    role: Role | None = None
    is_active: StrictBool | None = None
