"""Rendition benchmarks (#11), callable from bench/run.py or on their own:

    .venv/bin/python -m bench.renditions [--samples 15] [--duration 10] [--connections 32]

1. `first_rendition_ms`: a 2400x1600 JPEG photo-like image to a 640-wide WebP, the work a
   first request for a rendition does (decode with JPEG draft scaling, resize, encode, atomic
   write): p50 and p95 over fresh targets. Target: p50 < 150 ms.
2. `cached_rendition_load`: an already-made rendition served under load against the cached
   JSON read (`/api/v1/posts?page=1`) measured in the same run. Target: >= 50 % of its rate.
"""

import argparse
import io
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from PIL import Image, ImageDraw, ImageFilter

from app.services.renditions import FORMATS, render

Measure = Callable[[str, int, int], tuple[float, float, float, int]]


def photo_jpeg(width: int = 2400, height: int = 1600) -> bytes:
    """A JPEG with gradients, shapes and noise: closer to a photo than a flat colour."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for i in range(40):
        x, y = (i * 997) % width, (i * 613) % height
        draw.ellipse((x, y, x + 300, y + 200), fill=((i * 50) % 255, (i * 90) % 255, 120))
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    image = Image.blend(image, noise, 0.25).filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88)
    return out.getvalue()


@dataclass(frozen=True)
class Latency:
    p50_ms: float
    p95_ms: float
    samples: int


def first_rendition_ms(samples: int = 15, width: int = 640, fmt: str = "webp") -> Latency:
    with tempfile.TemporaryDirectory(prefix="inkwell-renditions-") as work:
        source = Path(work) / "original.jpg"
        source.write_bytes(photo_jpeg())
        timings: list[float] = []
        for i in range(samples):
            started = time.perf_counter()
            render(source, Path(work) / f"r{i}.{FORMATS[fmt].suffix}", width, FORMATS[fmt])
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return Latency(
        p50_ms=statistics.median(timings),
        p95_ms=timings[min(len(timings) - 1, int(0.95 * len(timings)))],
        samples=samples,
    )


@dataclass(frozen=True)
class LoadComparison:
    rendition_rps: float
    rendition_p50_ms: float
    json_rps: float
    json_p50_ms: float

    @property
    def ratio(self) -> float:
        return self.rendition_rps / self.json_rps if self.json_rps else float("nan")


def cached_rendition_load(
    base: str, token: str, *, measure: Measure, connections: int, duration: int
) -> LoadComparison:
    """Upload a photo to the running API at `base`, make its 640 WebP once, then load both."""
    headers = {"Authorization": f"Bearer {token}"}
    files = {"file": ("photo.jpg", photo_jpeg(), "image/jpeg")}
    uploaded = httpx.post(f"{base}/api/v1/uploads/images", files=files, headers=headers)
    uploaded.raise_for_status()
    url = f"{base}/uploads/{uploaded.json()['url'].rsplit('/', 1)[1]}?w=640&fm=webp"
    httpx.get(url, timeout=30).raise_for_status()  # rendered once, now cached on disk
    json_url = f"{base}/api/v1/posts?page=1"
    httpx.get(json_url).raise_for_status()  # in the public cache
    r_rps, r_p50, _, _ = measure(url, connections, duration)
    j_rps, j_p50, _, _ = measure(json_url, connections, duration)
    return LoadComparison(r_rps, r_p50, j_rps, j_p50)


def main() -> None:
    from bench.run import measure, start_server  # the harness's server and load generator
    from core.embedded_db import EmbeddedMongo, free_port

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--samples", type=int, default=15)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()

    first = first_rendition_ms(args.samples)
    print(
        f"first rendition 2400x1600 JPEG -> 640 WebP: p50 {first.p50_ms:.1f} ms, "
        f"p95 {first.p95_ms:.1f} ms ({first.samples} samples; target p50 < 150 ms)",
        flush=True,
    )
    work = Path(tempfile.mkdtemp(prefix="inkwell-bench-media-"))
    mongo = EmbeddedMongo(storage_path=work / "db")
    api: subprocess.Popen[bytes] | None = None
    try:
        uri = mongo.start()
        password = secrets.token_urlsafe(16)
        env = {
            **os.environ, "ENV": "production", "MONGODB_URI": uri, "MONGODB_DB": "bench",
            "JWT_SECRET": secrets.token_urlsafe(48), "ADMIN_EMAIL": "bench@example.com",
            "ADMIN_PASSWORD": password, "UPLOAD_DIR": str(work / "uploads"),
            "AI_PROVIDER": "offline",
        }  # fmt: skip
        root = Path(__file__).resolve().parent.parent
        subprocess.run([sys.executable, "seed.py", "--admin-only"], cwd=root, env=env, check=True)
        port = free_port()
        api = start_server("main:create_app", port, env, work / "api.log", factory=True)
        base = f"http://127.0.0.1:{port}"
        login = {"email": "bench@example.com", "password": password}
        token = httpx.post(f"{base}/api/v1/auth/login", json=login).json()["access_token"]
        result = cached_rendition_load(
            base, token, measure=measure, connections=args.connections, duration=args.duration
        )
        print(
            f"cached 640 WebP rendition: {result.rendition_rps:.0f} req/s "
            f"(p50 {result.rendition_p50_ms:.1f} ms); cached JSON read: {result.json_rps:.0f} "
            f"req/s (p50 {result.json_p50_ms:.1f} ms); ratio {result.ratio:.0%} (target >= 50%)"
        )
    finally:
        if api is not None:
            api.terminate()
            api.wait(timeout=30)
        mongo.stop()


if __name__ == "__main__":
    main()
