# syntax=docker/dockerfile:1
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 bot
WORKDIR /app

COPY pyproject.toml README.md ./
COPY bot ./bot
COPY cogs ./cogs
RUN pip install .

# The default SQLite database lives in /app/data: mount a volume there to keep it.
RUN mkdir -p /app/data && chown bot:bot /app/data
VOLUME ["/app/data"]

USER bot
# Pass settings with `docker run --env-file .env -v voiceclone-data:/app/data ...`;
# the image holds no secrets.
CMD ["python", "-m", "bot"]
