"""Hear whether a recording contains its consent sentence, before any API quota is spent.

English runs offline with pocketsphinx in a bounded child process (``recognize_worker``): the
decoder holds the GIL, so a thread would stall the bot's event loop. Other languages are judged
after the clone from the API's own transcription (:func:`hear_transcription`). Both routes end in
:func:`bot.consent.matching.match_sentence`, so they share one decision rule, and both refuse a
recording that holds more than the sentence: offline, the speech outside the sentence's words
(timed by the recognizer) is bounded by ``MAX_EXTRA_SPEECH_SECONDS``; on the API route, the
words heard on top of the sentence by ``matching.max_extra_tokens``.

The child gets a minimal environment (:func:`child_environment`): the bot's token, API key and
database password never reach the process that parses untrusted audio.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .matching import match_sentence
from .recognize_worker import MAX_INPUT_BYTES

#: Clone-API language codes the offline model covers.
RECOGNIZER_LANGUAGES: frozenset[str] = frozenset({"EN_US"})
OFFLINE = "pocketsphinx"
TRANSCRIPTION = "inworld-transcription"
#: Largest reply read from the child (one JSON line).
_MAX_REPLY = 64 * 1024
#: Most seconds of speech outside the sentence's words an offline hearing may hold (pauses
#: and a breath or an "um" fit; another voice before or after the sentence does not).
#: Measured in benchmarks/consent_eval.py: right readings 0-0.8 s, 2 s of another voice 1.4-2.9.
MAX_EXTRA_SPEECH_SECONDS = 1.5
#: The parent's variables the child gets: nothing else (no secrets), see child_environment.
CHILD_ENV = ("PATH", "LANG")
_CHILD_ENV_DEFAULTS = {"PATH": os.defpath, "LANG": "C.UTF-8"}
#: The directory holding the ``bot`` package: the child's working directory, so that
#: ``python -m bot.consent.recognize_worker`` finds it without PYTHONPATH.
_CODE_ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class Hearing:
    """What a recognizer heard and whether it is the expected sentence."""

    heard: str  # what was recognized (shown to the member on a mismatch)
    score: float  # 0..1
    accepted: bool
    recognizer: str  # "pocketsphinx" or "inworld-transcription"
    #: How many of the sentence's random words were heard, in order.
    keywords_heard: int = 0
    #: The sentence was heard, but with more speech than it around it (refused).
    extra_speech: bool = False
    #: Offline: seconds of speech outside the sentence's words (None on the API route).
    extra_seconds: float | None = None


class RecognizerUnavailable(Exception):
    """The offline recognizer could not judge (missing, failed, timed out); ``str()`` is short
    and safe to log. The caller falls back to the API transcription route."""


class SentenceRecognizer:
    """At most ``max_concurrency`` pocketsphinx children at once, each killed after ``timeout``."""

    def __init__(self, *, timeout: float = 20.0, max_concurrency: int = 2) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.timeout = timeout
        self._slots = asyncio.Semaphore(max_concurrency)

    def supports(self, language: str) -> bool:
        """Whether ``language`` (a clone-API code) can be heard offline."""
        return language.strip().upper() in RECOGNIZER_LANGUAGES

    async def hear(self, wav: bytes, sentence: str, keywords: Sequence[str]) -> Hearing:
        """Decode ``wav`` (the pipeline's processed sample) against ``sentence``.

        Raises ``RecognizerUnavailable`` when the input is too large, pocketsphinx is missing, or
        the child fails or outlives ``timeout`` (its process group is killed).
        """
        if len(wav) > MAX_INPUT_BYTES:
            raise RecognizerUnavailable(f"recording larger than {MAX_INPUT_BYTES} bytes")
        if importlib.util.find_spec("pocketsphinx") is None:
            raise RecognizerUnavailable("pocketsphinx is not installed")
        header = json.dumps({"sentence": sentence, "keywords": list(keywords)}).encode() + b"\n"
        async with self._slots:
            reply = await self._run(header + wav)
        if not reply.get("ok"):
            raise RecognizerUnavailable(str(reply.get("error", "recognizer failed"))[:200])
        heard = str(reply.get("heard", ""))
        extra = reply.get("extra_speech_seconds")
        if not isinstance(extra, int | float) or isinstance(extra, bool):
            raise RecognizerUnavailable("recognizer gave no word timings")
        match = match_sentence(sentence, heard, keywords, "EN_US")
        too_long = float(extra) > MAX_EXTRA_SPEECH_SECONDS
        return Hearing(
            heard=heard,
            score=match.score,
            accepted=match.accepted and not too_long,
            recognizer=OFFLINE,
            keywords_heard=match.keywords_heard,
            extra_speech=match.too_much or (match.sentence_heard and too_long),
            extra_seconds=round(float(extra), 2),
        )

    async def _run(self, payload: bytes) -> dict[str, object]:
        """Run one child with ``payload`` on stdin; its JSON reply."""
        try:
            proc = await start_worker()
        except OSError as exc:
            raise RecognizerUnavailable(f"could not start recognizer: {exc.strerror}") from None
        try:
            out, _ = await asyncio.wait_for(proc.communicate(payload), self.timeout)
        except TimeoutError:
            raise RecognizerUnavailable(f"recognizer took longer than {self.timeout:g} s") from None
        finally:
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                with contextlib.suppress(ProcessLookupError):
                    await proc.wait()
        if proc.returncode != 0:
            raise RecognizerUnavailable(f"recognizer exited with status {proc.returncode}")
        line = out[:_MAX_REPLY].split(b"\n", 1)[0]
        try:
            reply = json.loads(line)
        except ValueError:
            raise RecognizerUnavailable("recognizer gave no answer") from None
        if not isinstance(reply, dict):
            raise RecognizerUnavailable("recognizer gave no answer")
        return reply


def child_environment() -> dict[str, str]:
    """The recognizer child's whole environment: ``CHILD_ENV`` from the parent, nothing else
    (pocketsphinx finds its model inside its package)."""
    return {key: os.environ.get(key, _CHILD_ENV_DEFAULTS[key]) for key in CHILD_ENV}


async def start_worker() -> asyncio.subprocess.Process:
    """Start one recognizer child: minimal environment, its own process group, pipes."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.consent.recognize_worker",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        env=child_environment(),
        cwd=_CODE_ROOT,
        start_new_session=True,  # its own process group, killed as a whole
    )


def hear_transcription(
    transcription: str | None, sentence: str, keywords: Sequence[str], language: str
) -> Hearing:
    """Judge the clone API's ``transcription`` of the sample (no transcription: refused; more
    words than the sentence's around it: refused, ``extra_speech``)."""
    heard = (transcription or "").strip()
    match = match_sentence(sentence, heard, keywords, language)
    return Hearing(
        heard=heard,
        score=match.score,
        accepted=match.accepted and bool(heard),
        recognizer=TRANSCRIPTION,
        keywords_heard=match.keywords_heard,
        extra_speech=match.too_much,
    )
