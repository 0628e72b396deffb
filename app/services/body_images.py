"""Images in a sanitised body that show our own assets get what a browser needs to lay them
out and load them well (#11): `width`, `height` (when not given), `loading="lazy"`,
`decoding="async"` and a `srcset` of renditions. One asset query per body, when it is saved.

Runs after the sanitiser (these attributes beyond width/height are not in its allow-list, so
re-sanitising drops them and saving adds them again); `srcset` is stored relative and made
absolute with the rest of the body's /uploads/ URLs when answering (app/services/urls.py).
"""

import re

from app.models import Asset
from app.services import urls

_IMG = re.compile(r'<img((?:\s+[^\s="<>/]+="[^"]*")*)\s*/?>')
_OWN_SRC = re.compile(r'\ssrc="/uploads/([A-Za-z0-9_-]+\.[A-Za-z0-9]+)"')
MAX_IMAGES = 500  # names looked up per body: a bound on the query, not on the body


async def enhance(html: str) -> str:
    if "<img" not in html or "/uploads/" not in html:
        return html
    names = {m.group(1) for m in _OWN_SRC.finditer(html)}
    if not names:
        return html
    found = Asset.find({"filename": {"$in": sorted(names)[:MAX_IMAGES]}})
    assets = {a.filename: a for a in await found.to_list()}

    def image(match: re.Match[str]) -> str:
        attrs = match.group(1)
        src = _OWN_SRC.search(attrs)
        asset = assets.get(src.group(1)) if src else None
        if asset is None:
            return match.group(0)
        extra = ""
        if ' width="' not in attrs and ' height="' not in attrs:
            extra += f' width="{asset.width}" height="{asset.height}"'
        srcset = urls.srcset(f"/uploads/{asset.filename}", asset.width, absolute=False)
        extra += ' loading="lazy" decoding="async"'
        if srcset:
            extra += f' srcset="{srcset}"'
        return f"<img{attrs}{extra}>"

    return _IMG.sub(image, html)
