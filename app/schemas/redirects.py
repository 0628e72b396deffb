from pydantic import BaseModel, Field


class Redirect(BaseModel):
    """The body of a 301 from an old slug, for a SvelteKit `load()` to `redirect(301, ...)`."""

    redirect: str = Field(description="The current slug")
