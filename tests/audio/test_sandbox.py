"""ffmpeg runs with least privilege: no secrets, resource limits, no network where possible.

Most tests run the real :func:`bot.audio.ffmpeg.decode` on a stand-in "ffmpeg": a Python script
that reports what it was given (argv, environment, limits) and what it could do (allocate 2 GiB,
write a file, connect to the canary) as JSON on stdout, which ``decode`` hands back as PCM.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from bot.audio.ffmpeg import MEMORY_LIMIT, OPEN_FILES_LIMIT, build_command, decode
from bot.audio.sandbox import CHILD_ENV, DEFAULT_SANDBOX, ChildLimits, Sandbox
from tests.audio import fixtures as fx
from tests.audio import hostile as h

TIMEOUT = 20.0
SECRETS = {
    "INWORLD_API_KEY": "inworld-secret-key-for-the-test",
    "DISCORD_TOKEN": "discord-secret-token-for-the-test",
    "DATABASE_URL": "postgresql://bot:db-password-for-the-test@db/voiceclone",
}

REPORTER = """#!{python}
import errno, json, mmap, os, resource, socket, sys
report = {{"argv": sys.argv, "env": dict(os.environ)}}
report["limits"] = {{
    name: resource.getrlimit(getattr(resource, "RLIMIT_" + name))
    for name in ("AS", "CPU", "FSIZE", "NOFILE", "CORE")
}}
def attempt(action):
    try:
        action()
        return "ok"
    except MemoryError:
        return "MemoryError"
    except OSError as exc:
        return errno.errorcode.get(exc.errno, str(exc))
def write_file():
    with open("written-by-child", "wb") as file:
        file.write(b"x")
report["allocate_2_gib"] = attempt(lambda: mmap.mmap(-1, 2 * 1024**3).close())
report["write_file"] = attempt(write_file)
report["connect"] = attempt(lambda: socket.create_connection(("127.0.0.1", {port}), 5).close())
out = json.dumps(report).encode()
sys.stdout.buffer.write(out + b" " * (len(out) % 2))
"""


def _userns_available() -> bool:
    """Whether this machine lets an unprivileged process have its own network namespace."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    probe = subprocess.run([unshare, "--user", "--net", "true"], capture_output=True, check=False)
    return probe.returncode == 0


Report = Callable[..., Coroutine[Any, Any, dict[str, Any]]]


@pytest.fixture
def report(tmp_path: Path, canary: h.CanaryServer, monkeypatch: pytest.MonkeyPatch) -> Report:
    """Run ``decode`` on the reporter (with the bot's secrets in this process's environment)
    and return what the child reported."""
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    script = tmp_path / "bin" / "ffmpeg"
    script.parent.mkdir()
    script.write_text(REPORTER.format(python=sys.executable, port=canary.port))
    script.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    upload = work / "input"
    upload.write_bytes(b"not read")

    async def run(sandbox: Sandbox = DEFAULT_SANDBOX) -> dict[str, Any]:
        decoded = await decode(
            upload,
            max_seconds=30,
            sample_rate=16_000,
            timeout=TIMEOUT,
            ffmpeg=str(script),
            sandbox=sandbox,
        )
        result: dict[str, Any] = json.loads(decoded.pcm.rstrip(b" "))
        result["work"] = sorted(p.name for p in work.iterdir())
        return result

    return run


async def test_ffmpeg_gets_none_of_the_bots_environment(report: Report) -> None:
    seen = await report()
    assert seen["env"] == CHILD_ENV
    assert not any(secret in json.dumps(seen) for secret in SECRETS.values())


async def test_ffmpeg_is_given_the_pipelines_command(report: Report, tmp_path: Path) -> None:
    seen = await report()
    expected = build_command(
        seen["argv"][0], tmp_path / "work" / "input", max_seconds=30, sample_rate=16_000
    )
    assert seen["argv"] == expected


@pytest.mark.parametrize("mode", ["prlimit", "python-trampoline"])
async def test_ffmpeg_runs_under_resource_limits(report: Report, mode: str) -> None:
    if mode == "prlimit":
        if DEFAULT_SANDBOX.prlimit is None:
            pytest.skip("util-linux prlimit is not installed here")
        sandbox = DEFAULT_SANDBOX
    else:
        sandbox = Sandbox(prlimit=None, unshare=DEFAULT_SANDBOX.unshare)
        wrapped = await sandbox.command(["/usr/bin/ffmpeg"], ChildLimits(MEMORY_LIMIT, 5))
        assert wrapped[0] == sys.executable
    seen = await report(sandbox)
    cpu = math.ceil(TIMEOUT) + 1
    assert seen["limits"] == {
        "AS": [MEMORY_LIMIT, MEMORY_LIMIT],
        "CPU": [cpu, cpu + 1],
        "FSIZE": [0, 0],
        "NOFILE": [OPEN_FILES_LIMIT, OPEN_FILES_LIMIT],
        "CORE": [0, 0],
    }
    assert seen["allocate_2_gib"] in ("ENOMEM", "MemoryError")
    assert seen["write_file"] == "EFBIG"
    assert seen["work"] == ["input", "written-by-child"]  # created, but left empty


@pytest.mark.skipif(not _userns_available(), reason="unprivileged user namespaces unavailable")
async def test_ffmpeg_has_no_network(report: Report, canary: h.CanaryServer) -> None:
    seen = await report()
    assert seen["connect"] == "ENETUNREACH"
    assert canary.hits == 0


@pytest.mark.skipif(not _userns_available(), reason="unprivileged user namespaces unavailable")
async def test_a_permissive_ffmpeg_in_the_sandbox_cannot_reach_the_canary(
    canary: h.CanaryServer, tmp_path: Path
) -> None:
    """Even with the protocol allow-list opened up, the namespace keeps ffmpeg off the network;
    the same command outside the sandbox does reach the canary (the tripwire works)."""
    playlist = tmp_path / "voice.m3u8"
    playlist.write_bytes(h.hls_playlist([canary.url("/seg.ts")]))
    ffmpeg = str(Path(shutil.which(fx.FFMPEG) or fx.FFMPEG).absolute())
    permissive = [ffmpeg, "-nostdin", "-protocol_whitelist", "file,http,tcp", "-i", str(playlist)]
    permissive += ["-t", "1", "-f", "null", "-"]
    limits = ChildLimits(memory_bytes=MEMORY_LIMIT, cpu_seconds=30)

    sandboxed = await DEFAULT_SANDBOX.command(permissive, limits)
    await asyncio.to_thread(subprocess.run, sandboxed, capture_output=True, timeout=60)
    assert canary.hits == 0, f"canary was contacted: {canary.requests}"

    await asyncio.to_thread(subprocess.run, permissive, capture_output=True, timeout=60)
    assert canary.hits >= 1


async def test_without_network_isolation_ffmpeg_still_decodes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Where ``unshare`` is refused (a container's seccomp profile, a sysctl), the sandbox says
    so once and runs ffmpeg with the limits alone."""
    refusing = Sandbox(prlimit=shutil.which("prlimit"), unshare=shutil.which("false"))
    clip = fx.encode(fx.standard_speech_wav(), "mp3_cbr")
    with caplog.at_level(logging.WARNING, logger="bot.audio.sandbox"):
        decoded = await decode(
            clip, max_seconds=5, sample_rate=16_000, timeout=TIMEOUT, sandbox=refusing
        )
    assert decoded.seconds == pytest.approx(5.0, abs=0.1)
    assert not await refusing.isolates_network()
    assert [r.getMessage() for r in caplog.records if "host's network" in r.getMessage()] != []
    command = await refusing.command(["/usr/bin/ffmpeg"], ChildLimits(MEMORY_LIMIT, 5))
    assert "--net" not in command


async def test_the_sandbox_needs_an_absolute_program() -> None:
    with pytest.raises(ValueError, match="absolute path"):
        await DEFAULT_SANDBOX.command(["ffmpeg", "-version"], ChildLimits(MEMORY_LIMIT, 5))


def test_limits_never_exceed_the_inherited_hard_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unprivileged process may lower a hard limit but never raise it."""
    real = resource.getrlimit

    def low_as(kind: int) -> tuple[int, int]:
        return (512 * 1024**2, 512 * 1024**2) if kind == resource.RLIMIT_AS else real(kind)

    monkeypatch.setattr(resource, "getrlimit", low_as)
    rlimits = {name: (soft, hard) for name, soft, hard in ChildLimits(MEMORY_LIMIT, 5).rlimits()}
    assert rlimits["AS"] == (512 * 1024**2, 512 * 1024**2)
    assert rlimits["CPU"] == (5, 6)
