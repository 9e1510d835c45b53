# newsbrief: the API and viewer, serving the store at NEWSBRIEF_DATABASE_URL.
#   docker build -t newsbrief .
#   docker run -p 8000:8000 -v newsbrief-data:/data newsbrief
# The sample articles are loaded at first start; mount your own under /articles and set
# NEWSBRIEF_LOAD=/articles to load them instead.
FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NEWSBRIEF_DATABASE_URL=sqlite:////data/newsbrief.db \
    NEWSBRIEF_CACHE_DIR=/data/cache \
    NEWSBRIEF_LOAD=/app/data

WORKDIR /app

# Dependencies first (pinned by hash), so code changes do not reinstall them.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY data ./data
RUN pip install --no-deps --no-build-isolation . \
    && useradd --system --uid 10001 --home-dir /app newsbrief \
    && mkdir -p /data && chown newsbrief /data

USER newsbrief
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status != 200)"

# Schema to head before serving; then load (idempotent: articles already stored are skipped).
CMD ["sh", "-c", "alembic upgrade head && newsbrief load --no-migrate \"$NEWSBRIEF_LOAD\"; exec uvicorn app.main:app --host 0.0.0.0 --port 8000 --proxy-headers"]
