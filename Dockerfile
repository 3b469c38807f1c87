# syntax=docker/dockerfile:1
# The bot on Debian 12 with Debian's Python 3.11 and libopus, and an ffmpeg built from Debian's
# own source package with only what the bot uses. BASE_IMAGE lets CI build this same file on a
# locally made Debian base (see .ci/container.sh); published builds use the default.
ARG BASE_IMAGE=debian:bookworm-slim

# --- ffmpeg: Debian's source (its security archive's when newer), only the bot's formats ------
# Upstream's release with Debian's patches, configured by scripts/build-ffmpeg.sh: the `file`
# and `pipe` protocols, the allow-listed demuxers and audio decoders, PCM and libopus encoders.
# Most of ffmpeg (network protocols, devices, playlists, video and picture codecs) is not even
# compiled in. One static binary linked dynamically against libc and Debian's libopus0.
FROM ${BASE_IMAGE} AS ffmpeg
ENV DEBIAN_FRONTEND=noninteractive
RUN sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        >/etc/apt/sources.list.d/debian-src.sources \
    && apt-get update \
    && apt-get install -y --no-install-recommends dpkg-dev gcc libc6-dev make nasm pkg-config \
        libopus-dev
# The layer cache keeps the source it fetched: change FFMPEG_REFRESH (e.g. to today's date) or
# build with --no-cache to fetch Debian's newest security release of ffmpeg.
ARG FFMPEG_REFRESH=
WORKDIR /build
RUN apt-get update && apt-get source --only-source ffmpeg \
    && rm -f ./*.tar.* ./*.dsc && mv ffmpeg-*/ src
COPY scripts/build-ffmpeg.sh ./
RUN bash build-ffmpeg.sh /build/src /opt/ffmpeg

# --- build: a virtualenv with the bot and its dependencies (wheels only: no compilers) ---------
FROM ${BASE_IMAGE} AS build
ENV DEBIAN_FRONTEND=noninteractive \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv \
    && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /opt/venv
WORKDIR /src
# Dependencies first, in their own layer: a code change does not reinstall them.
COPY pyproject.toml ./
RUN python3 -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > requirements.txt \
    && /opt/venv/bin/pip install --only-binary :all: -r requirements.txt
COPY README.md LICENSE ./
COPY bot ./bot
COPY cogs ./cogs
COPY scripts/babel-locales.py ./
# Then what the bot never runs: pip and setuptools, numpy's own test suite, bytecode caches and
# Babel's data for locales the bot does not speak (29 MB; the script checks that every language
# of the bot formats the same before and after).
RUN /opt/venv/bin/pip install --no-deps . \
    && /opt/venv/bin/python babel-locales.py prune \
    && /opt/venv/bin/pip uninstall -y -q pip setuptools \
    && find /opt/venv -path '*/numpy/*' -type d -name tests -prune -exec rm -rf {} + \
    && find /opt/venv -name '__pycache__' -prune -exec rm -rf {} +

# --- runtime: Python, libopus, ffmpeg and the virtualenv; no pip, no build tools --------------
# libopus0: discord.py encodes voice with it and ffmpeg's libopus encoder links to it. davey and
# PyNaCl came as wheels above.
FROM ${BASE_IMAGE}
ARG BASE_IMAGE
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="voiceclone-bot" \
      org.opencontainers.image.description="Discord bot that turns a member's audio clip into a cloned voice with the Inworld Voice API" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.base.name="${BASE_IMAGE}"
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 libopus0 \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb \
    && useradd --create-home --uid 10001 --user-group bot
COPY --from=ffmpeg /opt/ffmpeg/bin/ffmpeg /usr/local/bin/ffmpeg
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HEALTH_HOST=0.0.0.0 \
    HEALTH_PORT=8080

# The default SQLite database lives in /app/data: mount a volume there to keep it.
WORKDIR /app
RUN mkdir -p /app/data && chown bot:bot /app/data
VOLUME ["/app/data"]
USER bot
EXPOSE 8080
# `docker stop` sends SIGTERM: the bot closes the gateway, database and HTTP session cleanly,
# within SHUTDOWN_GRACE_SECONDS + 5 s (25 s by default). Docker's own stop timeout is 10 s: run
# with `--stop-timeout 30` (compose: stop_grace_period), the grace period plus 10 s.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot.healthcheck"]
# Settings come from the environment (`docker run --env-file .env ...`): the image holds no secrets.
CMD ["python", "-m", "bot"]
