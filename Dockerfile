# Inkwell CMS API: slim Python 3.12, non-root, uvicorn. The embedded database (SecantusDB)
# is deliberately not installed: in containers the API talks to MongoDB (docker-compose.yml).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

RUN useradd --create-home --uid 10001 inkwell \
    && mkdir -p /app/uploads \
    && chown inkwell:inkwell /app/uploads
COPY --chown=inkwell:inkwell main.py seed.py ./
COPY --chown=inkwell:inkwell core ./core
COPY --chown=inkwell:inkwell app ./app

USER inkwell
ENV ENV=production \
    UPLOAD_DIR=/app/uploads
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=2).status != 200)"
# --no-proxy-headers: X-Forwarded-For is read by the app, from TRUSTED_PROXIES only.
CMD ["sh", "-c", "exec uvicorn --factory main:create_app --no-access-log --host 0.0.0.0 --port 8000 --workers ${WEB_CONCURRENCY:-1} --no-server-header --no-proxy-headers --timeout-graceful-shutdown 20"]
