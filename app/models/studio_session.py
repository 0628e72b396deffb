from datetime import datetime
from typing import Literal

from beanie import Document, PydanticObjectId
from pydantic import BaseModel, Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from app.models.common import utcnow

OptionValue = str | list[str]  # for outlines, a list of headings


class OptionSet(BaseModel):
    """One generated set of options. `basis` fingerprints the choices it was generated from:
    when an earlier choice changes, the set stays but no longer matches (it is stale)."""

    id: str
    options: list[OptionValue]
    basis: str
    provider: str
    model: str
    created_at: datetime


class StepChoice(BaseModel):
    value: OptionValue  # a copy, so it survives its set being trimmed from the history
    custom: bool
    set_id: str | None = None
    index: int | None = None
    chosen_at: datetime


class StepState(BaseModel):
    sets: list[OptionSet] = Field(default_factory=list)  # oldest first; the last is current
    choice: StepChoice | None = None


class StudioSteps(BaseModel):
    ideas: StepState = Field(default_factory=StepState)
    titles: StepState = Field(default_factory=StepState)
    intros: StepState = Field(default_factory=StepState)
    outlines: StepState = Field(default_factory=StepState)
    image_prompts: StepState = Field(default_factory=StepState)


class StudioCover(BaseModel):
    # An absolute /uploads URL today; an asset id once uploads become assets.
    url: str
    alt_text: str
    source: Literal["generated", "upload"]
    prompt: str | None = None
    provider: str | None = None
    model: str | None = None
    width: int | None = None
    height: int | None = None
    created_at: datetime


class StudioPostRef(BaseModel):
    id: PydanticObjectId
    created_at: datetime


class StudioSession(Document):
    """A writer's way through the studio, kept so it can be resumed at any step. Every change
    bumps `version`; changes that depend on the current state are conditional on it."""

    owner: PydanticObjectId
    topic: str
    tone: str | None = None
    audience: str | None = None
    words: int = 800
    steps: StudioSteps = Field(default_factory=StudioSteps)
    cover: StudioCover | None = None
    posts: list[StudioPostRef] = Field(default_factory=list)  # drafts written, oldest first
    version: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "studio_sessions"
        indexes = [IndexModel([("owner", ASCENDING), ("updated_at", DESCENDING)])]
