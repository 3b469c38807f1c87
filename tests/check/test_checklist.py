"""The whole checklist in-process against the loopback fakes: one scenario per failure."""

from __future__ import annotations

import re
from pathlib import Path

import discord
from alembic.script import ScriptDirectory

from bot.check.invite import SCOPES, required_permissions
from bot.storage import Database
from bot.storage.db import alembic_config
from tests.check.conftest import RunCheck
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
#: View Channel, Send Messages, Embed Links, Attach Files, Send Messages in Threads; for /say:
#: Connect, Speak, Send Voice Messages (1 << 46), Set Voice Channel Status (1 << 48).
PERMISSIONS = 1024 + 2048 + 16384 + 32768 + 274877906944 + 1048576 + 2097152 + (1 << 46) + (1 << 48)


async def migrated_sqlite(path: Path) -> str:
    url = f"sqlite:///{path}"
    async with Database(url) as db:
        await db.migrate()
    return url


async def test_good_configuration_passes_everything(
    run: RunCheck, discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
) -> None:
    url = await migrated_sqlite(tmp_path / "live.sqlite3")
    voices_before = dict(fake_inworld.voices)

    checked = await run(database_url=url)

    assert checked.code == 0, checked.output
    assert [line[0] for line in checked.lines if not line.startswith(" ")] == ["✔"] * 8 + ["A"]
    assert checked.lines[-1] == "All 8 checks passed: ready to go live."
    assert checked.line("✔ Settings: valid")
    assert re.fullmatch(r"✔ Opus: libopus \d\S* \(\S+\), encodes voice", checked.lines[1])
    assert re.fullmatch(
        r"✔ Voice libraries: davey \S+ \(DAVE protocol v\d+\), PyNaCl \S+", checked.lines[2]
    )
    assert checked.line("✔ ffmpeg ").endswith("with all 24 demuxers")
    assert checked.line("✔ Database: SQLite file ").endswith(
        f"live.sqlite3, schema at revision {HEAD} (current)"
    )
    assert checked.line("✔ Inworld API key: accepted")
    assert "404 NOT_FOUND, not PERMISSION_DENIED" in checked.line("✔ Inworld write access:")
    bot_id = discord_fake.bot_user_id
    assert checked.line("✔ Discord token:") == (
        f"✔ Discord token: valid for the bot VoiceClone (id {bot_id})"
    )
    invite = (
        f"https://discord.com/oauth2/authorize?client_id={bot_id}"
        f"&scope=bot+applications.commands&permissions={PERMISSIONS}"
    )
    assert f"    Invite URL: {invite}" in checked.lines
    assert (
        f"permissions {PERMISSIONS} = View Channel, Send Messages, Embed Links, Attach Files, "
        "Connect, Speak, Send Messages in Threads, Send Voice Messages, Set Voice Channel Status)"
        in checked.output
    )

    # The probes were read-only and authenticated exactly like the bot.
    assert fake_inworld.voices == voices_before and fake_inworld.clone_requests == []
    assert [(r.method, r.path.rsplit("/", 1)[0], r.status) for r in fake_inworld.requests] == [
        ("GET", "/voices/v1", 200),
        ("DELETE", "/voices/v1/voices", 404),
    ]
    assert all(
        r.header("Authorization") == f"Basic {fake_inworld.api_key}" for r in fake_inworld.requests
    )
    assert [(r.method, r.path, r.status) for r in discord_fake.requests] == [
        ("GET", "/users/@me", 200)
    ]


def test_invite_permissions_are_the_ones_the_code_needs() -> None:
    permissions = required_permissions()
    assert permissions.value == PERMISSIONS
    assert permissions == discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        attach_files=True,
        connect=True,
        speak=True,
        send_voice_messages=True,
        set_voice_channel_status=True,
    )
    assert not permissions.read_message_history and not permissions.administrator
    assert not permissions.move_members and not permissions.mute_members
    assert SCOPES == ("bot", "applications.commands")


async def test_new_sqlite_database_is_created_at_start_up(run: RunCheck, tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "bot.sqlite3"
    checked = await run(database_url=f"sqlite:///{path}")
    assert checked.code == 0
    assert checked.line("✔ Database:") == (
        f"✔ Database: SQLite file {path} does not exist yet; it will be created, with the schema "
        f"(revision {HEAD}), at start-up"
    )
    assert not path.exists() and not path.parent.exists()  # the check created nothing


async def test_bad_discord_token(run: RunCheck, discord_fake: FakeDiscord) -> None:
    checked = await run(discord_token="not-the-token-Zq9x")
    assert checked.code == 1
    assert checked.line("✘ Discord token:") == (
        "✘ Discord token: rejected (401 Unauthorized) — fix: set DISCORD_TOKEN to the bot token "
        "from https://discord.com/developers/applications → your application → Bot → Reset Token"
    )
    assert "Invite URL" not in checked.output
    assert checked.lines[-1] == (
        "1 of 8 checks failed (7 passed): fix the ✘ lines and run `python -m bot check` again."
    )


async def test_discord_token_with_bot_prefix_gets_a_hint(
    run: RunCheck, discord_fake: FakeDiscord
) -> None:
    checked = await run(discord_token=f"Bot {discord_fake.token}")
    assert discord_fake.requests == []  # caught before sending
    assert checked.line("✘ Discord token:").endswith(
        "— fix: remove the 'Bot ' prefix from DISCORD_TOKEN (the bot adds it)"
    )


async def test_read_only_inworld_key(run: RunCheck) -> None:
    async with FakeInworld(write_access=False) as read_only:
        checked = await run(inworld=read_only)
        assert [r.status for r in read_only.requests] == [200, 403]
    assert checked.code == 1
    assert checked.line("✔ Inworld API key: accepted")
    assert checked.line("✘ Inworld write access:") == (
        "✘ Inworld write access: the key is read-only (403 PERMISSION_DENIED on a test DELETE) "
        "— fix: create a read-write API key in your Inworld workspace and set INWORLD_API_KEY to "
        "it (cloning and deleting voices need write access)"
    )


async def test_bad_inworld_key(run: RunCheck, fake_inworld: FakeInworld) -> None:
    checked = await run(inworld_api_key="wrong-inworld-key-Qx7")
    assert checked.code == 1
    assert checked.line("✘ Inworld API key:") == (
        "✘ Inworld API key: rejected (401 UNAUTHENTICATED: Invalid API key.) — fix: set "
        "INWORLD_API_KEY to an API key of your Inworld workspace, exactly as issued (the Basic "
        "credential, without a 'Basic ' prefix; see https://docs.inworld.ai)"
    )
    assert checked.line("- Inworld write access:") == (
        "- Inworld write access: skipped (needs an accepted API key)"
    )
    assert [r.method for r in fake_inworld.requests] == ["GET"]  # no write probe


async def test_inworld_key_with_basic_prefix_gets_a_hint(
    run: RunCheck, fake_inworld: FakeInworld
) -> None:
    checked = await run(inworld_api_key=f"Basic {fake_inworld.api_key}")
    assert checked.line("✘ Inworld API key:").endswith(
        "— fix: remove the 'Basic ' prefix from INWORLD_API_KEY (the bot adds it)"
    )


async def test_unreachable_inworld(run: RunCheck) -> None:
    checked = await run(inworld_api_url="http://127.0.0.1:1")
    assert checked.code == 1
    line = checked.line("✘ Inworld API key:")
    assert line.startswith(
        "✘ Inworld API key: could not reach the Inworld API at http://127.0.0.1:1 "
        "(ClientConnectorError: "
    )
    assert line.endswith(
        "— fix: check INWORLD_API_URL (default https://api.inworld.ai) and that this machine can "
        "reach it (network, proxy, firewall)"
    )
    assert checked.line("- Inworld write access: skipped")


async def test_unreachable_database_never_shows_the_password(run: RunCheck) -> None:
    checked = await run(database_url="postgresql://postgres:s3cr%40t-pw@127.0.0.1:1/vc")
    assert checked.code == 1
    line = checked.line("✘ Database:")
    assert line.startswith(
        "✘ Database: could not open the postgresql database "
        "postgresql://postgres:***@127.0.0.1:1/vc (ConnectionRefusedError: "
    )
    assert "— fix: start the database or check its credentials, or set DATABASE_URL to" in line
    assert "s3cr" not in checked.output


async def test_missing_ffmpeg(run: RunCheck) -> None:
    checked = await run(ffmpeg_path="/nonexistent")
    assert checked.code == 1
    assert checked.line("✘ ffmpeg:") == (
        "✘ ffmpeg: not found (FFMPEG_PATH='/nonexistent') — fix: set FFMPEG_PATH to an ffmpeg "
        "executable, or remove it to use the system's ffmpeg or the static build of pip install "
        '"voiceclone-bot[ffmpeg]"'
    )


async def test_invalid_settings_stop_the_other_checks(
    run: RunCheck, discord_fake: FakeDiscord, fake_inworld: FakeInworld
) -> None:
    checked = await run(discord_token="", max_sample_seconds=20)
    assert checked.code == 1
    assert checked.lines[0] == (
        "✘ Settings: DISCORD_TOKEN: is required (it is empty); MAX_SAMPLE_SECONDS: Input should "
        "be less than or equal to 15 — fix: set each named variable in the environment or in "
        ".env in the bot's working directory (see .env.example for every setting and its default)"
    )
    assert checked.lines[1].startswith("✔ Opus: libopus ")
    assert checked.lines[2].startswith("✔ Voice libraries: davey ")
    assert checked.lines[3:8] == [
        "- ffmpeg: skipped (needs valid settings)",
        "- Database: skipped (needs valid settings)",
        "- Inworld API key: skipped (needs valid settings)",
        "- Inworld write access: skipped (needs valid settings)",
        "- Discord token: skipped (needs valid settings)",
    ]
    assert checked.lines[-1].startswith("1 of 8 checks failed (2 passed, 5 skipped)")
    assert discord_fake.requests == [] and fake_inworld.requests == []
