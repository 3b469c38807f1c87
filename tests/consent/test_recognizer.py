"""The offline recognizer end to end: espeak-ng speech through the real AudioPipeline, the real
child process, and its bounds (timeout kill, input cap, event loop kept free)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import time
import wave
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest

from bot.audio import AudioPipeline
from bot.consent import recognize_worker as worker
from bot.consent import recognizer as rec
from bot.consent.recognizer import (
    Hearing,
    RecognizerUnavailable,
    SentenceRecognizer,
    hear_transcription,
)

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None,
    reason="espeak-ng and ffmpeg are needed to generate the speech fixtures",
)
pytest.importorskip("pocketsphinx", reason="pocketsphinx is not installed")

SENTENCE = (
    "I, Alice, agree that my own voice is cloned on Pixel Town today: "
    "yellow, sixteen, basket, dolphin."
)
KEYWORDS = ("yellow", "sixteen", "basket", "dolphin")
OTHER = (
    "I, Alice, agree that my own voice is cloned on Pixel Town today: "
    "pumpkin, thunder, island, fifteen."
)


def _wav(samples: np.ndarray, rate: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.clip(samples * 32767, -32768, 32767).astype("<i2").tobytes())
    return buf.getvalue()


_SPEECH: dict[tuple[str, str], bytes] = {}


async def speech(text: str, voice: str) -> bytes:
    """The pipeline's processed sample of espeak-ng reading ``text`` (cached per session)."""
    if (text, voice) not in _SPEECH:
        raw = subprocess.run(
            ["espeak-ng", "-v", voice, "-s", "150", "--stdout", text],
            capture_output=True,
            check=True,
        ).stdout
        _SPEECH[text, voice] = (await AudioPipeline().process(raw)).wav
    return _SPEECH[text, voice]


def music(seconds: float = 6.0, rate: int = 24_000) -> bytes:
    """Chords and a melody, straight to the recognizer (the pipeline refuses it already)."""
    t = np.arange(int(seconds * rate)) / rate
    x = sum(0.2 * np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6))
    x = x + 0.2 * np.sin(2 * np.pi * 440 * (1 + 0.12 * (np.floor(t * 4) % 3)) * t)
    return _wav(np.asarray(x), rate)


CHATTER = (
    "Hello everyone, this is somebody else talking for a while about the weather and "
    "the football match we watched last night with friends."
)


def espeak_samples(text: str, voice: str) -> tuple[np.ndarray, int]:
    raw = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "150", "--stdout", text], capture_output=True, check=True
    ).stdout
    with wave.open(io.BytesIO(raw)) as r:
        rate = r.getframerate()
        pcm = np.frombuffer(r.readframes(r.getnframes()), dtype="<i2")
    return pcm.astype(np.float64) / 32768, rate


async def around(where: str, seconds: float) -> bytes:
    """The processed sample of the sentence (en-us) with ``seconds`` of another voice (en-gb,
    female) before or after it, half a second apart."""
    sentence, rate = espeak_samples(SENTENCE, "en-us")
    other, _ = espeak_samples(CHATTER, "en-gb+f2")
    other = other[: int(seconds * rate)]
    gap = np.zeros(rate // 2)
    parts = [other, gap, sentence] if where == "before" else [sentence, gap, other]
    return (await AudioPipeline().process(_wav(np.concatenate([gap, *parts, gap]), rate))).wav


@pytest.fixture
def recognizer() -> SentenceRecognizer:
    return SentenceRecognizer()


@pytest.mark.parametrize("voice", ["en-us", "en-gb", "en-us+f2"])
async def test_right_sentence_accepted(recognizer: SentenceRecognizer, voice: str) -> None:
    hearing = await recognizer.hear(await speech(SENTENCE, voice), SENTENCE, KEYWORDS)
    assert isinstance(hearing, Hearing)
    assert hearing.accepted, hearing
    assert hearing.recognizer == "pocketsphinx" and hearing.score >= 0.6


async def test_right_sentence_has_little_speech_outside_it(recognizer: SentenceRecognizer) -> None:
    hearing = await recognizer.hear(await speech(SENTENCE, "en-us"), SENTENCE, KEYWORDS)
    assert hearing.accepted and not hearing.extra_speech
    assert hearing.extra_seconds is not None and hearing.extra_seconds < 1.0


@pytest.mark.parametrize("where", ["before", "after"])
async def test_another_voice_around_the_sentence_is_refused(
    recognizer: SentenceRecognizer, where: str
) -> None:
    """The finding: every word of the sentence is heard, and 5 s of another voice with it."""
    hearing = await recognizer.hear(await around(where, 5.0), SENTENCE, KEYWORDS)
    assert hearing.keywords_heard >= 3 and hearing.score >= 0.6, hearing  # the sentence is there
    assert not hearing.accepted and hearing.extra_speech, hearing
    assert hearing.extra_seconds is not None
    assert hearing.extra_seconds > rec.MAX_EXTRA_SPEECH_SECONDS


async def test_a_reply_without_word_timings_is_not_judged(
    recognizer: SentenceRecognizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def old_reply(self: SentenceRecognizer, payload: bytes) -> dict[str, object]:
        return {"ok": True, "heard": SENTENCE}

    monkeypatch.setattr(SentenceRecognizer, "_run", old_reply)
    with pytest.raises(RecognizerUnavailable, match="no word timings"):
        await recognizer.hear(b"RIFF", SENTENCE, KEYWORDS)


@contextlib.asynccontextmanager
async def waiting_child() -> AsyncIterator[asyncio.subprocess.Process]:
    """A recognizer child started as the bot starts it, caught reading its input: it reads
    stdin only after capping itself, so once 1 MiB is drained into it the caps are in force."""
    proc = await rec.start_worker()
    try:
        assert proc.stdin is not None
        proc.stdin.write(b'{"sentence": "x", "keywords": []}\n' + b"\0" * (1 << 20))
        await proc.stdin.drain()
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        await proc.wait()


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@linux_only
async def test_the_child_runs_under_its_memory_and_cpu_caps() -> None:
    async with waiting_child() as proc:
        lines = Path(f"/proc/{proc.pid}/limits").read_text().splitlines()[1:]
    limits = {line[:26].strip(): line[26:].split() for line in lines}
    assert limits["Max address space"][0] == str(worker.MEMORY_LIMIT)
    assert limits["Max cpu time"][0] == str(worker.CPU_SECONDS)


@linux_only
async def test_the_child_gets_none_of_the_bots_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = {
        "DISCORD_TOKEN": "discord-token-do-not-leak",
        "INWORLD_API_KEY": "inworld-key-do-not-leak",
        "DATABASE_URL": "postgresql://bot:db-password-do-not-leak@db/bot",
        "PYTHONPATH": "/somewhere/else",
    }
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)
    async with waiting_child() as proc:
        environ = Path(f"/proc/{proc.pid}/environ").read_bytes()
    names = {entry.split(b"=", 1)[0].decode() for entry in environ.split(b"\0") if entry}
    assert names == set(rec.CHILD_ENV)
    for value in secrets.values():
        assert value.encode() not in environ


def _may_isolate() -> bool:
    probe = "from bot.consent.recognize_worker import isolate_network as i; print(i())"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


@linux_only
async def test_the_child_has_no_network_where_the_platform_allows() -> None:
    if not _may_isolate():
        pytest.skip("this platform allows no unprivileged network namespace")
    async with waiting_child() as proc:
        theirs = Path(f"/proc/{proc.pid}/ns/net").readlink()
    assert theirs != Path("/proc/self/ns/net").readlink()


async def test_other_challenge_refused(recognizer: SentenceRecognizer) -> None:
    hearing = await recognizer.hear(await speech(OTHER, "en-us"), SENTENCE, KEYWORDS)
    assert not hearing.accepted, hearing


@pytest.mark.parametrize(
    "spoken",
    [
        "I, Alice, agree that my own voice is cloned on Pixel Town today.",
        "I, Alice, agree that my own voice is cloned on Pixel Town today: yellow, sixteen.",
    ],
)
async def test_partial_refused(recognizer: SentenceRecognizer, spoken: str) -> None:
    hearing = await recognizer.hear(await speech(spoken, "en-us"), SENTENCE, KEYWORDS)
    assert not hearing.accepted, hearing


async def test_silence_and_music_refused(recognizer: SentenceRecognizer) -> None:
    silence = _wav(np.zeros(24_000 * 4), 24_000)
    for wav in (silence, music()):
        hearing = await recognizer.hear(wav, SENTENCE, KEYWORDS)
        assert not hearing.accepted, hearing


async def test_timeout_kills_child(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[asyncio.subprocess.Process] = []
    real = asyncio.create_subprocess_exec

    async def spy(*args: object, **kwargs: object) -> asyncio.subprocess.Process:
        proc = await real(*args, **kwargs)  # type: ignore[arg-type]
        started.append(proc)
        return proc

    monkeypatch.setattr(asyncio, "create_subprocess_exec", spy)
    with pytest.raises(RecognizerUnavailable, match="longer than"):
        await SentenceRecognizer(timeout=0.05).hear(
            await speech(SENTENCE, "en-us"), SENTENCE, KEYWORDS
        )
    # The child is the last process started (a first run also probes what the sandbox may use).
    assert started and all(proc.returncode is not None for proc in started)
    # The whole group was killed; a killed grandchild (the sandbox's) may still await its
    # reaper for a moment on a loaded machine, so the group's end is awaited, bounded.
    for _ in range(200):
        try:
            os.killpg(started[-1].pid, 0)
        except ProcessLookupError:
            break
        await asyncio.sleep(0.05)
    else:
        pytest.fail("the recognizer's process group outlived its timeout")


async def test_oversized_input_refused(recognizer: SentenceRecognizer) -> None:
    with pytest.raises(RecognizerUnavailable, match="larger than"):
        await recognizer.hear(b"\0" * (worker.MAX_INPUT_BYTES + 1), SENTENCE, KEYWORDS)


async def test_garbage_input_is_unavailable(recognizer: SentenceRecognizer) -> None:
    with pytest.raises(RecognizerUnavailable, match="bad input"):
        await recognizer.hear(b"not a wav at all", SENTENCE, KEYWORDS)


async def test_event_loop_not_blocked(recognizer: SentenceRecognizer) -> None:
    wav = await speech(SENTENCE, "en-us")
    gaps: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    task = asyncio.create_task(ticker())
    await asyncio.gather(*(recognizer.hear(wav, SENTENCE, KEYWORDS) for _ in range(2)))
    done.set()
    await task
    assert len(gaps) > 20 and max(gaps) < 0.25, max(gaps)


def test_supports() -> None:
    r = SentenceRecognizer()
    assert r.supports("EN_US") and r.supports("en_us ") and not r.supports("DE_DE")
    assert frozenset({"EN_US"}) == rec.RECOGNIZER_LANGUAGES


def test_hear_transcription() -> None:
    ok = hear_transcription(SENTENCE.lower(), SENTENCE, KEYWORDS, "EN_US")
    assert ok.accepted and ok.recognizer == "inworld-transcription"
    assert not hear_transcription(None, SENTENCE, KEYWORDS, "EN_US").accepted
    assert not hear_transcription(OTHER, SENTENCE, KEYWORDS, "EN_US").accepted
