"""Drive a bot started the way a user starts it through one whole ``/clone``.

Used by ``.ci/install-paths.sh`` and ``.ci/container.sh``: it starts the loopback fake Discord and
fake Inworld, runs COMMAND with only the required settings (``DISCORD_TOKEN``,
``INWORLD_API_KEY``, ``INWORLD_API_URL``) plus the two test hooks (``DISCORD_API_URL``,
``DISCORD_GATEWAY_URL``), waits for the command sync, clones a voice from a voice message and
checks that the member got the voice ID, then stops the bot with SIGTERM and checks it closed
cleanly with no traceback and no secret in its output::

    python -m tests.install.drive [--env-file PATH] [--env NAME=VALUE] [--health-port N] \\
        [--probe SHELL-COMMAND] [--expect-output TEXT] -- COMMAND [ARG...]

With ``--env-file`` the settings are written to that file (the README's ``.env`` step) instead of
the environment. The names of the bot's variables are also passed as ``BOT_ENV_NAMES`` so a
wrapper (``buildah run``) can forward them into a container.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from bot.settings import Settings
from tests.audio import fixtures
from tests.e2e.helpers import content_of, member, run_clone
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld

#: Every name the bot reads from the environment, so none leaks in from the host.
SETTING_NAMES = frozenset(name.upper() for name in Settings.model_fields)


class DriveFailure(Exception):
    """The bot did not get through the scenario; the message says where."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env-file", type=Path, help="write the settings here, not the env")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--health-port", type=int, help="expect /healthz and /metrics here")
    parser.add_argument(
        "--probe",
        action="append",
        default=[],
        help="a shell command that must succeed while the bot runs (repeatable)",
    )
    parser.add_argument(
        "--secret", action="append", default=[], help="another value the output must not hold"
    )
    parser.add_argument(
        "--expect-output",
        action="append",
        default=[],
        help="text the bot's output must hold once it stopped, e.g. the ffmpeg it ran (repeatable)",
    )
    parser.add_argument("--startup-timeout", type=float, default=900.0)
    parser.add_argument("--cwd", type=Path, help="working directory (default: a fresh one)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.command[:1] == ["--"]:
        args.command = args.command[1:]
    if not args.command:
        parser.error("a command to run is required after --")
    return args


def bot_settings(discord: FakeDiscord, inworld: FakeInworld, extra: list[str]) -> dict[str, str]:
    values = {
        "DISCORD_TOKEN": discord.token,
        "INWORLD_API_KEY": inworld.api_key,
        "INWORLD_API_URL": inworld.url,
        "DISCORD_API_URL": f"{discord.base_url}/api/v10",
        "DISCORD_GATEWAY_URL": discord.gateway_url,
    }
    for item in extra:
        name, _, value = item.partition("=")
        values[name] = value
    return values


def process_env(settings: dict[str, str], env_file: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
    env.pop("PYTHONPATH", None)  # the installed bot, never the checkout
    if env_file is None:
        env.update(settings)
    else:
        env_file.write_text("".join(f"{k}={v}\n" for k, v in settings.items()))
    env["BOT_ENV_NAMES"] = " ".join(settings)
    return env


async def check_health(port: int, *, expect_clone: bool) -> str:
    """/healthz answers 200 and /metrics counts the clone; returns a one-line summary."""
    base = f"http://127.0.0.1:{port}"
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # discord.py reports ready a moment after READY (it waits for the guilds to stream in).
        for _ in range(60):
            async with session.get(f"{base}/healthz") as response:
                body = await response.text()
            if response.status == 200:
                break
            await asyncio.sleep(0.5)
        else:
            raise DriveFailure(f"/healthz answered {response.status} for 30 s: {body}")
        async with session.get(f"{base}/metrics") as response:
            metrics = await response.text()
            if response.status != 200:
                raise DriveFailure(f"/metrics answered {response.status}")
    if expect_clone and 'outcome="created"' not in metrics:
        raise DriveFailure("/metrics does not count the created voice")
    return f"/healthz 200 {json.loads(body)}; /metrics {len(metrics.splitlines())} lines"


async def run_probe(command: str, env: dict[str, str]) -> str:
    """Run e.g. the image's HEALTHCHECK command beside the running bot; it must exit 0."""
    probe = await asyncio.create_subprocess_exec(
        "bash",
        "-c",
        command,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(probe.communicate(), 60)
    text = output.decode(errors="replace").strip()
    if probe.returncode != 0:
        raise DriveFailure(f"the probe {command!r} failed ({probe.returncode}): {text}")
    last = text.splitlines()[-1] if text else "ok"
    return f"probe {command.split(' -- ')[-1]!r}: {last}"


async def wait_for_sync(
    discord: FakeDiscord, process: asyncio.subprocess.Process, timeout: float
) -> None:
    """Wait for the command sync, failing at once if the bot process exits first."""
    sync = asyncio.ensure_future(discord.wait_for_sync(timeout=timeout))
    exited = asyncio.ensure_future(process.wait())
    done, _ = await asyncio.wait({sync, exited}, return_when=asyncio.FIRST_COMPLETED)
    if exited in done:
        sync.cancel()
        raise DriveFailure(f"the bot exited with status {process.returncode} before it synced")
    exited.cancel()
    sync.result()


async def stop(process: asyncio.subprocess.Process) -> int:
    """SIGTERM, as ``docker stop`` and systemd send it; then nothing of the run is left."""
    try:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 60)
            except TimeoutError:
                raise DriveFailure("the bot did not stop within 60 s of SIGTERM") from None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # the session it was started in
        await process.wait()
    assert process.returncode is not None
    return process.returncode


async def drive(args: argparse.Namespace, log_path: Path) -> list[str]:
    report: list[str] = []
    started = time.monotonic()
    async with FakeDiscord() as discord, FakeInworld() as inworld:
        settings = bot_settings(discord, inworld, args.env)
        env = process_env(settings, args.env_file)
        cwd = args.cwd or Path(tempfile.mkdtemp(prefix="voiceclone-run-"))
        with log_path.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                *args.command, cwd=cwd, env=env, stdout=log, stderr=log, start_new_session=True
            )
            try:
                await wait_for_sync(discord, process, args.startup_timeout)
                report.append(f"synced commands after {time.monotonic() - started:.1f} s")
                alice = member(discord)
                await asyncio.sleep(0.5)  # let the process finish parsing READY
                clip = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice")
                clone_started = time.monotonic()
                interaction = await run_clone(
                    discord,
                    alice,
                    {"sample": ("voice-message.ogg", clip.read_bytes())},
                    name="Install path",
                    timeout=120,
                )
                if not inworld.voices:
                    raise DriveFailure(
                        f"no voice was created; the reply: {content_of(interaction)}"
                    )
                voice_id = next(iter(inworld.voices))
                if voice_id not in content_of(interaction):
                    raise DriveFailure(f"the reply lacks the voice ID: {content_of(interaction)}")
                report.append(
                    f"/clone delivered {voice_id} in {time.monotonic() - clone_started:.1f} s"
                )
                if args.health_port:
                    report.append(await check_health(args.health_port, expect_clone=True))
                for command in args.probe:
                    report.append(await run_probe(command, env))
            finally:
                status = await stop(process)
        output = log_path.read_text(errors="replace")
        if status != 0:
            raise DriveFailure(f"the bot exited with status {status} after SIGTERM")
        if "Traceback" in output:
            raise DriveFailure("the bot's output holds a traceback")
        for name in ("DISCORD_TOKEN", "INWORLD_API_KEY"):
            if settings[name] in output:
                raise DriveFailure(f"the bot's output holds {name}")
        if any(secret in output for secret in args.secret):
            raise DriveFailure("the bot's output holds a secret given with --secret")
        for text in args.expect_output:
            found = next((line for line in output.splitlines() if text in line), None)
            if found is None:
                raise DriveFailure(f"the bot's output lacks {text!r}")
            report.append(f"output: {found.strip()[:300]}")
        report.append("stopped cleanly on SIGTERM; no traceback, no secret in the output")
    return report


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    fixtures.set_cache_dir(Path(tempfile.mkdtemp(prefix="voiceclone-fixtures-")))
    log_path = Path(tempfile.mkstemp(prefix="voiceclone-bot-", suffix=".log")[1])
    label = " ".join(args.command)
    try:
        report = asyncio.run(drive(args, log_path))
    except (DriveFailure, TimeoutError, AssertionError) as exc:
        output = log_path.read_text(errors="replace")
        print(f"FAIL {label}: {exc or type(exc).__name__}\n--- bot output (tail) ---")
        print(output[-6000:])
        return 1
    for line in report:
        print(f"  {line}")
    print(f"ok {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
