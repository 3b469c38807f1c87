"""docker-compose.yml: the bot waits for a healthy PostgreSQL, secrets come from .env, state
lives in named volumes. ``.ci/container.sh`` runs the bot service's image and environment
against a real PostgreSQL; this is the fast structural guard."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]


def test_the_bot_is_built_from_this_dockerfile_and_configured_by_env_file():
    bot = SERVICES["bot"]
    assert bot["build"] == "."
    assert bot["env_file"] == ".env"
    assert bot["restart"] == "unless-stopped"


def test_the_bot_waits_for_a_healthy_database():
    assert SERVICES["bot"]["depends_on"] == {"db": {"condition": "service_healthy"}}
    health = SERVICES["db"]["healthcheck"]
    assert "pg_isready" in " ".join(health["test"])


def test_the_bot_uses_the_db_service_with_the_password_from_env():
    db_env = SERVICES["db"]["environment"]
    url = SERVICES["bot"]["environment"]["DATABASE_URL"]
    match = re.fullmatch(r"postgresql://(\w+):\$\{POSTGRES_PASSWORD:\?[^}]+\}@db:5432/(\w+)", url)
    assert match, url
    assert match.groups() == (db_env["POSTGRES_USER"], db_env["POSTGRES_DB"])
    assert db_env["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")


def test_state_lives_in_named_volumes():
    volumes = set(COMPOSE["volumes"])
    assert "db-data:/var/lib/postgresql/data" in SERVICES["db"]["volumes"]
    bot_volume = next(v for v in SERVICES["bot"]["volumes"] if v.endswith(":/app/data"))
    assert bot_volume.split(":")[0] in volumes
    assert 'VOLUME ["/app/data"]' in (ROOT / "Dockerfile").read_text()


def test_no_secret_is_written_in_the_file():
    text = (ROOT / "docker-compose.yml").read_text()
    assert "DISCORD_TOKEN" not in text and "INWORLD_API_KEY" not in text
