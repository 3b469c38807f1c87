"""docker-compose.yml: the bot waits for a healthy PostgreSQL, secrets come from .env, state
lives in named volumes. ``.ci/container.sh`` runs the bot service's image and environment
against a real PostgreSQL; this is the fast structural guard."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]


def test_the_bot_is_built_from_this_dockerfile_and_configured_by_env_file() -> None:
    bot = SERVICES["bot"]
    assert bot["build"] == "."
    assert bot["env_file"] == ".env"
    assert bot["restart"] == "unless-stopped"


def test_the_bot_waits_for_a_healthy_database() -> None:
    assert SERVICES["bot"]["depends_on"] == {"db": {"condition": "service_healthy"}}
    health = SERVICES["db"]["healthcheck"]
    assert "pg_isready" in " ".join(health["test"])


def test_the_bot_uses_the_db_service_with_the_password_from_env() -> None:
    db_env = SERVICES["db"]["environment"]
    url = SERVICES["bot"]["environment"]["DATABASE_URL"]
    match = re.fullmatch(r"postgresql://(\w+):\$\{POSTGRES_PASSWORD:\?[^}]+\}@db:5432/(\w+)", url)
    assert match, url
    assert match.groups() == (db_env["POSTGRES_USER"], db_env["POSTGRES_DB"])
    assert db_env["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")


def test_state_lives_in_named_volumes() -> None:
    volumes = set(COMPOSE["volumes"])
    assert "db-data:/var/lib/postgresql/data" in SERVICES["db"]["volumes"]
    bot_volume = next(v for v in SERVICES["bot"]["volumes"] if v.endswith(":/app/data"))
    assert bot_volume.split(":")[0] in volumes
    assert 'VOLUME ["/app/data"]' in (ROOT / "Dockerfile").read_text()


def test_no_secret_is_written_in_the_file() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    assert "DISCORD_TOKEN" not in text and "INWORLD_API_KEY" not in text


def image_env() -> dict[str, str]:
    """The ENV of the Dockerfile's final stage (what `docker run` starts with)."""
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    final_stage = text.rsplit("\nFROM ", 1)[1]
    env: dict[str, str] = {}
    for line in final_stage.splitlines():
        if line.startswith("ENV "):
            for item in line.split()[1:]:
                name, _, value = item.partition("=")
                env[name] = value
    return env


def test_an_env_file_from_the_example_keeps_the_images_health_endpoint_reachable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`docker run --env-file .env` (and compose's env_file) override the image's ENV: a
    .env.example copied as .env must leave HEALTH_HOST=0.0.0.0 from the image in place, or a
    published health/metrics port is unreachable."""
    from dotenv import dotenv_values

    from bot.settings import Settings, load_settings

    image = image_env()
    assert (image["HEALTH_HOST"], image["HEALTH_PORT"]) == ("0.0.0.0", "8080")
    env_file = {k: v or "" for k, v in dotenv_values(ROOT / ".env.example").items()}
    assert not image.keys() & env_file.keys(), "the example overrides the image's ENV"
    env_file |= {"DISCORD_TOKEN": "token", "INWORLD_API_KEY": "key"}
    for name, value in (image | env_file).items():
        if name.lower() in Settings.model_fields:  # not the image's PATH
            monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)  # no developer .env
    settings = load_settings()
    assert (settings.health_host, settings.health_port) == ("0.0.0.0", 8080)
