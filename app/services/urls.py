"""Our own files are stored as relative `/uploads/<name>` paths and made absolute, from
`PUBLIC_BASE_URL`, only when a response is built: so a change of host or port (or a
`scripts/run.sh --port`) never leaves stale absolute URLs in stored content.

The base is per process (`configure`, called by main.create_app): the public byte cache may
store responses with absolute URLs because the base never changes while the process runs.
"""

import re
from dataclasses import dataclass


@dataclass
class _Config:
    base: str = "http://127.0.0.1:8000"
    widths: tuple[int, ...] = (320, 640, 960, 1280, 1920)


_config = _Config()
# src, href and srcset values in sanitised HTML that start with our /uploads/ path.
_ATTR = re.compile(r'(\s(?:src|href)=")(/uploads/)')
_SRCSET = re.compile(r'(\ssrcset=")([^"]*)(")')


def configure(base_url: str, widths: tuple[int, ...] = (320, 640, 960, 1280, 1920)) -> None:
    _config.base = base_url.rstrip("/")
    _config.widths = widths


def base_url() -> str:
    return _config.base


def srcset(path: str, width: int, *, absolute: bool = True) -> str:
    """`srcset` of our image `path`: each allowed rendition width up to the original's."""
    widths = [w for w in _config.widths if w <= width]
    url = base_url() + path if absolute else path
    return ", ".join(f"{url}?w={w} {w}w" for w in widths)


def relative(url: str | None) -> str | None:
    """`<base>/uploads/x.jpg` -> `/uploads/x.jpg`; any other URL unchanged."""
    if url is None:
        return None
    own = base_url() + "/uploads/"
    return url[len(base_url()) :] if url.startswith(own) else url


def absolute(url: str | None) -> str | None:
    """`/uploads/x.jpg` -> `<base>/uploads/x.jpg`; any other URL unchanged."""
    if url is None:
        return None
    return base_url() + url if url.startswith("/uploads/") else url


def relative_html(html: str) -> str:
    """Stored form of a sanitised body: our absolute upload URLs become relative."""
    own = base_url() + "/uploads/"
    return html.replace(f'="{own}', '="/uploads/').replace(f" {own}", " /uploads/")


def absolute_html(html: str) -> str:
    """Response form of a sanitised body: `/uploads/...` in src, href and srcset made absolute,
    so the body renders the same on the site's origin as on ours."""
    if "/uploads/" not in html:
        return html
    base = base_url()
    html = _ATTR.sub(lambda m: f"{m.group(1)}{base}{m.group(2)}", html)
    return _SRCSET.sub(
        lambda m: (
            m.group(1)
            + ", ".join(
                base + part.strip() if part.strip().startswith("/uploads/") else part.strip()
                for part in m.group(2).split(",")
            )
            + m.group(3)
        ),
        html,
    )
