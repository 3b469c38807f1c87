"""The offline recognizer end to end: espeak-ng speech through the real AudioPipeline, the real
child process, and its bounds (timeout kill, input cap, event loop kept free)."""

from __future__ import annotations

import asyncio
import io
import os
import shutil
import subprocess
import time
import wave

import numpy as np
import pytest

from bot.audio import AudioPipeline
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


@pytest.fixture
def recognizer() -> SentenceRecognizer:
    return SentenceRecognizer()


@pytest.mark.parametrize("voice", ["en-us", "en-gb", "en-us+f2"])
async def test_right_sentence_accepted(recognizer: SentenceRecognizer, voice: str) -> None:
    hearing = await recognizer.hear(await speech(SENTENCE, voice), SENTENCE, KEYWORDS)
    assert isinstance(hearing, Hearing)
    assert hearing.accepted, hearing
    assert hearing.recognizer == "pocketsphinx" and hearing.score >= 0.6


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

    monkeypatch.setattr(rec.asyncio, "create_subprocess_exec", spy)
    with pytest.raises(RecognizerUnavailable, match="longer than"):
        await SentenceRecognizer(timeout=0.05).hear(
            await speech(SENTENCE, "en-us"), SENTENCE, KEYWORDS
        )
    assert len(started) == 1 and started[0].returncode is not None
    with pytest.raises(ProcessLookupError):
        os.killpg(started[0].pid, 0)


async def test_oversized_input_refused(recognizer: SentenceRecognizer) -> None:
    with pytest.raises(RecognizerUnavailable, match="larger than"):
        await recognizer.hear(b"\0" * (rec.MAX_INPUT_BYTES + 1), SENTENCE, KEYWORDS)


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
