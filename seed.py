"""Seed the database: the admin account, site settings and sample content. Idempotent.

    python seed.py               admin + settings + sample pages and posts
    python seed.py --admin-only  just the admin account (for a real site)

The admin comes from ADMIN_EMAIL / ADMIN_PASSWORD. Everything is written through the same
services the API uses, and nothing that already exists (by email or slug) is touched again.
"""

import argparse
import asyncio
import logging
from dataclasses import dataclass, field

from app.models import DOCUMENT_MODELS, Blog, Page, SiteSettings
from app.schemas.auth import MIN_PASSWORD
from app.schemas.blogs import BlogCreate
from app.schemas.pages import PageCreate
from app.schemas.site_settings import SiteSettingsUpdate
from app.services import blogs, pages, site_settings, users
from core import db
from core.config import Settings, get_settings, looks_like_placeholder

logger = logging.getLogger("seed")

SAMPLE_SETTINGS = SiteSettingsUpdate(
    tagline="Stories worth reading, written with a little help.",
    footer_text="© Inkwell. All rights reserved.",
    social_links={"github": "https://github.com/", "mastodon": "https://mastodon.social/"},
)

SAMPLE_PAGES = [
    PageCreate(
        title="Home",
        slug="home",
        markdown="# Welcome to Inkwell\n\nA small team writing about building software.",
        meta_title="Inkwell",
        meta_description="Stories worth reading.",
        published=True,
    ),
    PageCreate(
        title="About",
        slug="about",
        markdown="## About us\n\nWriters and engineers. Drafts start with AI, end with people.",
        meta_description="Who we are.",
        published=True,
    ),
]

SAMPLE_POSTS = [
    BlogCreate(
        title="Hello, Inkwell",
        slug="hello-inkwell",
        intro="Why we built a blog studio that keeps people in charge.",
        outline=["The problem", "Our approach", "What comes next"],
        markdown="## The problem\n\nBlank pages.\n\n## Our approach\n\nFive guided steps.\n\n"
        "## What comes next\n\nYour first post.",
        tags=["news"],
        published=True,
    ),
    BlogCreate(
        title="Writing with five options",
        slug="writing-with-five-options",
        intro="Choice beats autocomplete.",
        markdown="Each step offers **five** options: ideas, titles, intros, outlines and "
        "image prompts.",
        tags=["writing", "ai"],
        published=True,
    ),
    BlogCreate(
        title="Markdown, safely",
        slug="markdown-safely",
        markdown="We render Markdown, then sanitise the HTML:\n\n"
        "```python\nhtml = sanitize(render(md))\n```",
        tags=["engineering"],
        published=True,
    ),
    BlogCreate(
        title="A draft in progress",
        slug="a-draft-in-progress",
        markdown="Not ready yet.",
        tags=["drafts"],
    ),
]


@dataclass
class SeedReport:
    admin_created: bool = False
    settings_created: bool = False
    created: list[str] = field(default_factory=list)


def admin_password(settings: Settings) -> str:
    password = settings.admin_password.get_secret_value() if settings.admin_password else ""
    if len(password) < MIN_PASSWORD:
        raise SystemExit(f"ADMIN_PASSWORD must be set, at least {MIN_PASSWORD} characters")
    if settings.is_production and (len(password) < 12 or looks_like_placeholder(password)):
        raise SystemExit(
            "ADMIN_PASSWORD is too weak for production (12+ characters, no placeholder)"
        )
    return password


async def seed_database(settings: Settings, *, samples: bool = True) -> SeedReport:
    """Seed through the services; the caller has bound the models (init_db)."""
    report = SeedReport()
    report.admin_created = await users.ensure_admin(
        email=settings.admin_email, password=admin_password(settings)
    )
    if not samples:
        return report
    admin = await users.get_by_email(settings.admin_email)
    assert admin is not None

    if await SiteSettings.find_one() is None:
        await site_settings.update_site_settings(
            data=SAMPLE_SETTINGS.model_copy(update={"site_name": settings.app_name}),
            default_name=settings.app_name,
        )
        report.settings_created = True
    for page in SAMPLE_PAGES:
        if await Page.find_one(Page.slug == page.slug) is None:
            await pages.create_page(data=page, actor=admin)
            report.created.append(f"page /{page.slug}")
    for post in SAMPLE_POSTS:
        if await Blog.find_one(Blog.slug == post.slug) is None:
            await blogs.create_post(author=admin, data=post)
            report.created.append(f"post /{post.slug}")
    return report


async def run(settings: Settings, *, samples: bool = True) -> SeedReport:
    client = db.create_client(settings)
    try:
        await db.init_db(client, database=settings.mongodb_db, models=DOCUMENT_MODELS)
        return await seed_database(settings, samples=samples)
    finally:
        await client.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--admin-only", action="store_true", help="create only the admin account")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    settings = get_settings()
    report = asyncio.run(run(settings, samples=not args.admin_only))
    logger.info(
        "seed: admin %s %s; %s",
        settings.admin_email,
        "created" if report.admin_created else "already there",
        ", ".join(report.created) if report.created else "no new content",
    )


if __name__ == "__main__":
    main()
