"""Voice checks: libopus (the real one, missing, broken), davey and PyNaCl (present, missing),
and read-aloud's Message Content intent against the fake Discord."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
from collections.abc import Iterator

import discord.opus
import pytest

from bot.check import voice
from bot.check.http import Answer
from bot.check.intents import judge_application
from bot.check.model import Status
from tests.check.conftest import RunCheck
from tests.fakes.discord_server import FakeDiscord


@pytest.fixture
def no_libopus(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without libopus: nothing loaded yet, and find_library finds nothing."""
    monkeypatch.setattr(discord.opus, "_lib", None)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)


@pytest.fixture
def real_libopus() -> Iterator[ctypes.CDLL]:
    name = ctypes.util.find_library("opus")
    assert name, "libopus is not installed here (bash scripts/setup.sh installs libopus0)"
    lib = ctypes.CDLL(name)
    lib.opus_get_version_string.restype = ctypes.c_char_p
    yield lib


async def test_the_installed_libopus_loads_and_encodes(
    monkeypatch: pytest.MonkeyPatch, real_libopus: ctypes.CDLL
) -> None:
    monkeypatch.setattr(discord.opus, "_lib", None)  # loaded by the check, as the bot would
    result = await voice.check_opus(timeout=5)
    version = real_libopus.opus_get_version_string().decode()
    assert result.status is Status.PASSED, result
    assert result.message.startswith(f"Opus: {version} (libopus.so")
    assert result.message.endswith(", encodes voice")
    assert discord.opus.is_loaded()


async def test_missing_libopus_fails_the_checklist_naming_the_package(
    run: RunCheck, no_libopus: None
) -> None:
    checked = await run()
    assert checked.code == 1
    assert checked.line("✘ Opus:") == (
        "✘ Opus: libopus was not found or could not be loaded; the bot cannot speak in voice "
        "channels — fix: install the Opus library: apt-get install libopus0 (Debian, Ubuntu), "
        "dnf install opus (Fedora), apk add opus (Alpine), pacman -S opus (Arch)"
    )
    assert checked.lines[-1].startswith("1 of 8 checks failed (7 passed)")


async def test_a_library_that_is_not_libopus_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    libc = ctypes.util.find_library("c")
    assert libc
    monkeypatch.setattr(discord.opus, "_lib", None)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: libc)
    result = await voice.check_opus(timeout=5)
    assert result.status is Status.FAILED
    assert result.message.startswith("Opus: libopus was not found or could not be loaded")


async def test_a_libopus_that_cannot_encode_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: discord.opus.Encoder, pcm: bytes, frame_size: int) -> bytes:
        raise discord.opus.OpusError(-1)  # OPUS_BAD_ARG, its message from libopus itself

    monkeypatch.setattr(discord.opus.Encoder, "encode", broken)
    result = await voice.check_opus(timeout=5)
    assert result.status is Status.FAILED
    assert result.message.startswith("Opus: OpusError: invalid argument (libopus.so")
    assert result.fix == voice.opus_install_fix()


async def test_an_empty_packet_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.opus.Encoder, "encode", lambda self, pcm, frame_size: b"")
    result = await voice.check_opus(timeout=5)
    assert result.status is Status.FAILED
    assert "it encoded an empty packet" in result.message


async def test_a_hung_library_load_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def hang() -> voice.OpusProbe:
        release.wait(10)
        return voice.OpusProbe(version="never")

    monkeypatch.setattr(voice, "probe_opus", hang)
    try:
        result = await voice.check_opus(timeout=0.05)
    finally:
        release.set()
    assert result.status is Status.FAILED
    assert result.message.startswith("Opus: loading libopus took more than 0.05 s")


def test_the_fix_names_the_package_for_the_platform() -> None:
    assert voice.opus_install_fix("Darwin") == "install the Opus library: brew install opus"
    assert "apt-get install libopus0" in voice.opus_install_fix("Linux")


def test_davey_and_pynacl_are_reported_with_their_versions() -> None:
    import davey
    import nacl

    result = voice.check_voice_libraries()
    assert result.status is Status.PASSED
    assert result.message == (
        f"Voice libraries: davey {davey.__version__} (DAVE protocol "
        f"v{davey.DAVE_PROTOCOL_VERSION}), PyNaCl {nacl.__version__}"
    )


@pytest.mark.parametrize(("module", "name"), [("davey", "davey"), ("nacl", "PyNaCl")])
async def test_a_missing_voice_library_fails_the_checklist(
    run: RunCheck, monkeypatch: pytest.MonkeyPatch, module: str, name: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # `import <module>` raises ImportError
    checked = await run()
    assert checked.code == 1
    line = checked.line("✘ Voice libraries:")
    assert line.startswith(f"✘ Voice libraries: cannot import {name} (")
    assert line.endswith(
        "the bot cannot speak in voice channels — fix: voice needs discord.py[voice]: reinstall "
        "the bot (pip install .) or run pip install 'discord.py[voice]>=2.7.1'"
    )


async def test_read_aloud_off_asks_nothing_about_intents(
    run: RunCheck, discord_fake: FakeDiscord
) -> None:
    checked = await run(read_aloud_enabled=False)
    assert checked.code == 0
    assert "Message Content" not in checked.output
    assert [r.path for r in discord_fake.requests] == ["/users/@me"]


async def test_read_aloud_with_the_intent_on_passes(
    run: RunCheck, discord_fake: FakeDiscord
) -> None:
    checked = await run(read_aloud_enabled=True)
    assert checked.code == 0, checked.output
    assert checked.line("✔ Message Content intent:") == (
        "✔ Message Content intent: on in the Developer Portal (READ_ALOUD_ENABLED needs it)"
    )
    assert checked.lines[-1] == "All 9 checks passed: ready to go live."
    assert [(r.method, r.path, r.status) for r in discord_fake.requests] == [
        ("GET", "/users/@me", 200),
        ("GET", "/applications/@me", 200),  # 200: the fake accepted the bot's token
    ]


async def test_read_aloud_with_the_intent_off_fails(
    run: RunCheck, discord_fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Developer Portal's toggle off: the application's flags lack it, and the gateway
    # refuses an IDENTIFY asking for it.
    discord_fake.enabled_privileged_intents &= ~discord.Intents(message_content=True).value
    checked = await run(read_aloud_enabled=True)
    assert checked.code == 1
    assert checked.line("✘ Message Content intent:") == (
        "✘ Message Content intent: off in the Developer Portal, and READ_ALOUD_ENABLED needs it "
        "(Discord would refuse the bot's gateway connection: 4014 Disallowed intent) — fix: turn "
        "on Message Content Intent at https://discord.com/developers/applications → your "
        "application → Bot → Privileged Gateway Intents (or set READ_ALOUD_ENABLED=false)"
    )


async def test_read_aloud_with_a_bad_token_skips_the_intent_check(
    run: RunCheck, discord_fake: FakeDiscord
) -> None:
    checked = await run(read_aloud_enabled=True, discord_token="not-the-token-Zq9x")
    assert checked.line("- Message Content intent:") == (
        "- Message Content intent: skipped (needs a valid Discord token)"
    )
    assert [r.path for r in discord_fake.requests] == ["/users/@me"]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (1 << 18, Status.PASSED),  # GATEWAY_MESSAGE_CONTENT (approved, 100+ servers)
        (1 << 19, Status.PASSED),  # GATEWAY_MESSAGE_CONTENT_LIMITED (the toggle, < 100 servers)
        ((1 << 12) | (1 << 14), Status.FAILED),  # presence and members, not message content
        (0, Status.FAILED),
    ],
)
def test_application_flags_verdicts(flags: int, expected: Status) -> None:
    assert judge_application(Answer(200, {"id": "1", "flags": flags})).status is expected


@pytest.mark.parametrize(
    "answer", [Answer(500, None), Answer(200, {"id": "1"}), Answer(200, [1]), Answer(429, {})]
)
def test_no_flags_is_unknown_not_a_guess(answer: Answer) -> None:
    result = judge_application(answer)
    assert result.status is Status.UNKNOWN
    assert result.message.startswith("Message Content intent: unknown (Discord answered ")
