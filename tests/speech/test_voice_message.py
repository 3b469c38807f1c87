"""Voice messages: encoding PCM48 to Ogg Opus (decoded back with libopus), the waveform and
duration, the encoder's bounds, and the multipart request discord.py sends."""

from __future__ import annotations

import asyncio
import base64
import json
import math
import os
import stat
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import discord
import numpy as np
import pytest
from aiohttp import web

from bot.audio.sandbox import DEFAULT_SANDBOX, ChildLimits, Sandbox
from bot.speech import voice_message as vm
from bot.speech.voice_message import (
    VoiceMessage,
    VoiceMessageError,
    build_voice_message,
    send_voice_message,
    waveform_bins,
)
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.voice_messages import (
    check_voice_message,
    decode_ogg_opus,
    parse_ogg_opus,
)

RATE = 48_000


def _pcm(signal: np.ndarray[Any, Any]) -> bytes:
    return bytes((np.clip(signal, -1, 1) * 32767).astype("<i2").tobytes())


def _tone(seconds: float, freq: float = 440.0, rate: int = RATE, amp: float = 0.5) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    return _pcm(amp * np.sin(2 * math.pi * freq * t))


def _chirp(seconds: float, f0: float = 200.0, f1: float = 3000.0) -> np.ndarray[Any, Any]:
    t = np.arange(int(seconds * RATE)) / RATE
    phase = 2 * math.pi * (f0 * t + (f1 - f0) * t * t / (2 * seconds))
    return 0.5 * np.sin(phase)


def _samples(pcm: bytes) -> np.ndarray[Any, Any]:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768


def _dominant(pcm: bytes, rate: int = RATE) -> float:
    x = _samples(pcm)
    return float(np.abs(np.fft.rfft(x * np.hanning(len(x)))).argmax()) * rate / len(x)


# ------------------------------------------------------------------------- encoding


async def test_a_tone_round_trips_through_ogg_opus() -> None:
    message = await build_voice_message(_tone(1.5))
    info = parse_ogg_opus(message.ogg)
    assert (info.channels, info.input_rate) == (1, RATE)
    assert info.duration == pytest.approx(1.5, abs=1e-6)
    assert message.duration_secs == 1.5
    assert message.filename == "voice-message.ogg"
    decoded = decode_ogg_opus(message.ogg)
    assert len(decoded) == len(_tone(1.5))
    assert _dominant(decoded) == pytest.approx(440, abs=2)
    # 32 kbit/s VBR: about 4 KB a second, far below the 96 KB of the PCM.
    assert 2_000 < len(message.ogg) / 1.5 < 8_000


async def test_a_chirp_comes_back_aligned_and_alike() -> None:
    seconds, f0, f1 = 2.0, 200.0, 3000.0
    original = _chirp(seconds, f0, f1)
    message = await build_voice_message(_pcm(original))
    decoded = _samples(decode_ogg_opus(message.ogg))
    assert len(decoded) == len(original)
    # Pre-skip applied (312 samples): what is left is the codec's few samples of phase.
    size = 2 * len(original)
    xcorr = np.fft.irfft(np.fft.rfft(decoded, size) * np.conj(np.fft.rfft(original, size)))
    best = int(np.argmax(xcorr))
    best = best - size if best > size // 2 else best  # decoded lags the input by ``best``
    assert abs(best) <= 5
    best = -best
    aligned = np.roll(decoded, best)[960:-960]
    assert np.corrcoef(aligned, original[960:-960])[0, 1] > 0.75
    # Window by window, the sweep is there: each 100 ms peaks at the input's frequency then.
    window = RATE // 10
    for start in range(0, len(original) - window + 1, window):
        expected = f0 + (f1 - f0) * (start + window / 2) / RATE / seconds
        found = _dominant(_pcm(decoded[start : start + window]))
        assert found == pytest.approx(expected, abs=20), start / RATE


async def test_another_input_rate_is_resampled_to_48_khz() -> None:
    message = await build_voice_message(_tone(1.0, freq=1000, rate=24_000), sample_rate=24_000)
    info = parse_ogg_opus(message.ogg)
    assert (info.channels, info.input_rate) == (1, RATE)
    assert info.duration == pytest.approx(1.0, abs=0.001)
    assert message.duration_secs == 1.0
    assert _dominant(decode_ogg_opus(message.ogg)) == pytest.approx(1000, abs=2)


async def test_what_is_built_passes_the_fake_discords_check() -> None:
    message = await build_voice_message(_tone(3.0))
    form = vm.voice_message_form(message)
    payload = json.loads(form[0]["value"])
    assert check_voice_message(payload, [(message.filename, message.ogg, "audio/ogg")]) is None


async def test_loud_then_silent_shows_in_the_waveform() -> None:
    pcm = _tone(2.5) + bytes(int(2.5 * RATE) * 2)
    message = await build_voice_message(pcm)
    assert message.duration_secs == 5.0
    levels = list(base64.b64decode(message.waveform))
    assert len(levels) == 50  # ten a second
    assert levels[:25] == [255] * 25
    assert levels[25:] == [0] * 25


@pytest.mark.parametrize(
    ("seconds", "bins"),
    [(0.1, 32), (1.0, 32), (3.3, 33), (10.0, 100), (25.6, 256), (60.0, 256)],
)
def test_waveform_bin_count(seconds: float, bins: int) -> None:
    samples = np.frombuffer(_tone(seconds, rate=8_000), dtype="<i2")
    assert len(waveform_bins(samples, 8_000)) == bins


def test_waveform_levels_follow_the_rms_with_eased_gain() -> None:
    rate = 8_000
    quiet = np.frombuffer(_tone(2.0, rate=rate, amp=0.01), dtype="<i2")
    loud = np.frombuffer(_tone(2.0, rate=rate, amp=0.9), dtype="<i2")
    # RMS of a sine is amp / sqrt(2): 0.9 -> 162 of 255, raised to 255 (already loud).
    assert set(waveform_bins(loud, rate)) == {255}
    # 0.01 -> RMS level 1; too quiet to be raised much (the easing keeps silence-ish flat).
    assert set(waveform_bins(quiet, rate)) == {1}
    half = np.concatenate([loud[:rate], (loud[rate:] * 0.5).astype("<i2")])
    levels = waveform_bins(half, rate)
    assert levels[0] == 255 and 125 <= levels[-1] <= 129
    assert waveform_bins(np.zeros(rate, dtype="<i2"), rate) == bytes(32)


@pytest.mark.parametrize(
    ("pcm", "match"),
    [
        (b"", "too short"),
        (bytes(2 * 4_799), "too short"),
        (bytes(9_601), "odd byte count"),
    ],
    ids=["empty", "just-under-0.1s", "odd"],
)
async def test_unusable_pcm_is_refused(pcm: bytes, match: str) -> None:
    with pytest.raises(VoiceMessageError, match=match):
        await build_voice_message(pcm)


async def test_the_shortest_clip_is_accepted() -> None:
    message = await build_voice_message(_tone(0.1))
    assert parse_ogg_opus(message.ogg).duration == pytest.approx(0.1, abs=1e-6)


async def test_too_long_audio_is_refused_before_encoding() -> None:
    with pytest.raises(VoiceMessageError, match="too long"):
        await build_voice_message(_tone(2.0), max_seconds=1.5, ffmpeg="no-such-ffmpeg")


async def test_a_bad_sample_rate_is_refused() -> None:
    with pytest.raises(VoiceMessageError, match="sample rate"):
        await build_voice_message(_tone(1.0), sample_rate=0)


def test_the_command_reads_only_pipes_and_writes_mono_48_khz_opus() -> None:
    command = vm.encode_command("/usr/bin/ffmpeg", sample_rate=RATE)
    text = " ".join(command)
    assert command.count("-protocol_whitelist") == 2
    assert text.count("-protocol_whitelist pipe ") == 2
    assert "-f s16le -ar 48000 -ac 1 -i pipe:0" in text
    assert "-c:a libopus -b:a 32k" in text
    assert text.endswith("-ar 48000 -ac 1 -protocol_whitelist pipe -f ogg pipe:1")
    assert "-application voip" in text


class RecordingSandbox(Sandbox):
    """The default sandbox, recording what it was asked to wrap."""

    def __init__(self) -> None:
        super().__init__(prlimit=DEFAULT_SANDBOX.prlimit, unshare=DEFAULT_SANDBOX.unshare)
        self.calls: list[tuple[list[str], ChildLimits]] = []

    async def command(self, argv: Sequence[str], limits: ChildLimits) -> list[str]:
        self.calls.append((list(argv), limits))
        return await super().command(argv, limits)


async def test_ffmpeg_runs_inside_the_sandbox() -> None:
    sandbox = RecordingSandbox()
    await build_voice_message(_tone(0.5), sandbox=sandbox, timeout=20)
    [(argv, limits)] = sandbox.calls
    assert Path(argv[0]).is_absolute() and argv[-1] == "pipe:1"
    assert limits.cpu_seconds == 21 and limits.file_bytes == 0


def _script(tmp_path: Path, body: str) -> str:
    path = tmp_path / "fake-ffmpeg"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def _running(marker: str) -> list[int]:
    """Pids whose command line contains ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


async def test_a_hung_encoder_is_killed_at_the_timeout(tmp_path: Path) -> None:
    marker = f"30.{os.getpid()}"  # a unique sleep length names the child
    ffmpeg = _script(tmp_path, f"exec sleep {marker}")
    with pytest.raises(VoiceMessageError, match=r"longer than 0\.5 s"):
        await build_voice_message(_tone(0.5), ffmpeg=ffmpeg, timeout=0.5)
    assert _running(marker) == []  # killed and reaped


async def test_the_encoder_may_not_write_files(tmp_path: Path) -> None:
    ffmpeg = _script(tmp_path, f"cat > /dev/null; echo hi > {tmp_path / 'written'}")
    with pytest.raises(VoiceMessageError):
        await build_voice_message(_tone(0.5), ffmpeg=ffmpeg)
    assert not (tmp_path / "written").exists() or (tmp_path / "written").stat().st_size == 0


async def test_oversized_output_is_refused(tmp_path: Path) -> None:
    # 0.5 s allows 64 KiB + 8 KB; the "encoder" writes 1 MB.
    ffmpeg = _script(tmp_path, "cat > /dev/null; printf OggS; head -c 1000000 /dev/zero")
    with pytest.raises(VoiceMessageError, match="larger than"):
        await build_voice_message(_tone(0.5), ffmpeg=ffmpeg)


async def test_an_encoder_failure_is_reported(tmp_path: Path) -> None:
    ffmpeg = _script(tmp_path, "cat > /dev/null; echo 'Unknown encoder libopus' >&2; exit 1")
    with pytest.raises(VoiceMessageError, match="Unknown encoder libopus"):
        await build_voice_message(_tone(0.5), ffmpeg=ffmpeg)


async def test_an_encoder_that_exits_without_reading_is_reported(tmp_path: Path) -> None:
    ffmpeg = _script(tmp_path, "exit 3")
    with pytest.raises(VoiceMessageError, match="exit status 3"):
        await build_voice_message(_tone(5.0), ffmpeg=ffmpeg)


async def test_output_that_is_not_ogg_is_refused(tmp_path: Path) -> None:
    ffmpeg = _script(tmp_path, "cat > /dev/null; printf ID3")
    with pytest.raises(VoiceMessageError, match="no Ogg"):
        await build_voice_message(_tone(0.5), ffmpeg=ffmpeg)


async def test_a_missing_ffmpeg_is_reported() -> None:
    with pytest.raises(VoiceMessageError, match="not found"):
        await build_voice_message(_tone(0.5), ffmpeg="no-such-ffmpeg-here")


# -------------------------------------------------------------------------- sending


@dataclass
class Part:
    name: str | None
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class TinyDiscord:
    """Records each message create's raw multipart parts; answers scripted statuses."""

    statuses: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    creates: list[tuple[str, dict[str, str], list[Part]]] = field(default_factory=list)
    hang: bool = False
    released: asyncio.Event = field(default_factory=asyncio.Event)

    async def me(self, request: web.Request) -> web.Response:
        user = {"id": "1", "username": "bot", "discriminator": "0"}
        return web.Response(
            body=json.dumps(user).encode(), headers={"Content-Type": "application/json"}
        )

    async def create(self, request: web.Request) -> web.Response:
        parts: list[Part] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            assert isinstance(part, aiohttp.BodyPartReader)
            data = bytes(await part.read(decode=False))
            parts.append(Part(part.name, part.filename, part.headers.get("Content-Type"), data))
        self.creates.append((request.path, dict(request.headers), parts))
        status, body = self.statuses.pop(0) if self.statuses else (200, {})
        if status == 200:
            body = {"id": "99", "channel_id": request.match_info["channel_id"], "flags": 8192}
        headers = {"Content-Type": "application/json"}  # exactly, as discord.py expects
        if status == 429:  # Via: from Discord's API, not a Cloudflare ban
            headers.update({"Retry-After": "1", "Via": "1.1 google"})
        if self.hang:
            await self.released.wait()
        return web.Response(body=json.dumps(body).encode(), status=status, headers=headers)


@pytest.fixture
async def tiny() -> AsyncIterator[tuple[TinyDiscord, discord.http.HTTPClient]]:
    fake = TinyDiscord()
    app = web.Application()
    app.router.add_get("/api/v10/users/@me", fake.me)
    app.router.add_post("/api/v10/channels/{channel_id}/messages", fake.create)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    original = discord.http.Route.BASE
    discord.http.Route.BASE = f"http://127.0.0.1:{port}/api/v10"
    http = discord.http.HTTPClient(asyncio.get_running_loop())
    try:
        await http.static_login("secret-token")
        yield fake, http
    finally:
        fake.released.set()
        await http.close()
        discord.http.Route.BASE = original
        await runner.cleanup()


MESSAGE = VoiceMessage(ogg=b"OggS-not-really", duration_secs=2.5, waveform="AAEC")


async def test_the_multipart_fields_are_exactly_discords(
    tiny: tuple[TinyDiscord, discord.http.HTTPClient],
) -> None:
    fake, http = tiny
    created = await send_voice_message(http, 123, MESSAGE)
    assert created == {"id": "99", "channel_id": "123", "flags": 8192}
    [(path, headers, parts)] = fake.creates
    assert path == "/api/v10/channels/123/messages"
    assert headers["Authorization"] == "Bot secret-token"
    assert headers["Content-Type"].startswith("multipart/form-data")
    assert [(p.name, p.filename, p.content_type) for p in parts] == [
        ("payload_json", None, "application/json"),
        ("files[0]", "voice-message.ogg", "audio/ogg"),
    ]
    assert json.loads(parts[0].data) == {
        "flags": 8192,
        "attachments": [
            {
                "id": 0,
                "filename": "voice-message.ogg",
                "duration_secs": 2.5,
                "waveform": "AAEC",
            }
        ],
    }
    assert parts[1].data == MESSAGE.ogg


async def test_a_nonce_is_enforced(tiny: tuple[TinyDiscord, discord.http.HTTPClient]) -> None:
    fake, http = tiny
    await send_voice_message(http, 5, MESSAGE, nonce="say-42")
    payload = json.loads(fake.creates[0][2][0].data)
    assert payload["nonce"] == "say-42" and payload["enforce_nonce"] is True


@pytest.mark.parametrize("nonce", ["", "x" * 26])
async def test_a_bad_nonce_is_refused_before_sending(
    tiny: tuple[TinyDiscord, discord.http.HTTPClient], nonce: str
) -> None:
    fake, http = tiny
    with pytest.raises(ValueError, match="nonce"):
        await send_voice_message(http, 5, MESSAGE, nonce=nonce)
    assert fake.creates == []


async def test_a_rate_limited_send_is_retried_with_the_same_fields(
    tiny: tuple[TinyDiscord, discord.http.HTTPClient],
) -> None:
    fake, http = tiny
    fake.statuses = [
        (429, {"message": "You are being rate limited.", "retry_after": 0.05, "global": False})
    ]
    created = await send_voice_message(http, 7, MESSAGE)
    assert created["id"] == "99"
    first, second = fake.creates
    assert [(p.name, p.filename, p.content_type, p.data) for p in first[2]] == [
        (p.name, p.filename, p.content_type, p.data) for p in second[2]
    ]


async def test_discords_refusal_is_raised(
    tiny: tuple[TinyDiscord, discord.http.HTTPClient],
) -> None:
    fake, http = tiny
    fake.statuses = [
        (400, {"code": 50161, "message": "Voice messages must have supporting metadata."})
    ]
    with pytest.raises(discord.HTTPException) as caught:
        await send_voice_message(http, 7, MESSAGE)
    assert caught.value.code == 50161
    assert "secret-token" not in str(caught.value)


async def test_a_silent_server_is_given_up_on(
    tiny: tuple[TinyDiscord, discord.http.HTTPClient],
) -> None:
    fake, http = tiny
    fake.hang = True
    # The outer bound only keeps a broken guard from hanging the suite (aiohttp's own default
    # is five minutes); it cancels rather than raising the message matched here.
    async with asyncio.timeout(20):
        with pytest.raises(TimeoutError, match=r"not sent within 0\.3 s"):
            await send_voice_message(http, 7, MESSAGE, timeout=0.3)
    assert len(fake.creates) == 1


async def test_a_real_voice_message_through_the_fake_discord() -> None:
    message = await build_voice_message(_tone(1.0))
    async with FakeDiscord() as fake:
        fake.install()
        http = discord.http.HTTPClient(asyncio.get_running_loop())
        try:
            await http.static_login(fake.token)
            created = await send_voice_message(http, fake.channel_id, message, nonce="n1")
        finally:
            await http.close()
            fake.uninstall()
        [record] = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert created["flags"] & (1 << 13)
    files = [(f.filename, f.data, f.content_type) for f in record.files]
    assert files[0][1] == message.ogg
    assert check_voice_message(record.body, files) is None
