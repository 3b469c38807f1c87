"""Hear whether a recording contains its consent sentence, before any API quota is spent.

English runs offline with pocketsphinx in a bounded child process (``recognize_worker``): the
decoder holds the GIL, so a thread would stall the bot's event loop. Other languages are judged
after the clone from the API's own transcription (:func:`hear_transcription`). Both routes end in
:func:`bot.consent.matching.match_sentence`, so they share one decision rule.
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

from .matching import match_sentence
from .recognize_worker import MAX_INPUT_BYTES

#: Clone-API language codes the offline model covers.
RECOGNIZER_LANGUAGES: frozenset[str] = frozenset({"EN_US"})
OFFLINE = "pocketsphinx"
TRANSCRIPTION = "inworld-transcription"
#: Largest reply read from the child (one JSON line).
_MAX_REPLY = 64 * 1024


@dataclass(frozen=True)
class Hearing:
    """What a recognizer heard and whether it is the expected sentence."""

    heard: str  # what was recognized (shown to the member on a mismatch)
    score: float  # 0..1
    accepted: bool
    recognizer: str  # "pocketsphinx" or "inworld-transcription"
    #: How many of the sentence's random words were heard, in order.
    keywords_heard: int = 0


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
        match = match_sentence(sentence, heard, keywords, "EN_US")
        return Hearing(
            heard=heard,
            score=match.score,
            accepted=match.accepted,
            recognizer=OFFLINE,
            keywords_heard=match.keywords_heard,
        )

    async def _run(self, payload: bytes) -> dict[str, object]:
        """Run one child with ``payload`` on stdin; its JSON reply."""
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.consent.recognize_worker",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.DEVNULL,
                start_new_session=True,  # its own process group, killed as a whole
            )
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


def hear_transcription(
    transcription: str | None, sentence: str, keywords: Sequence[str], language: str
) -> Hearing:
    """Judge the clone API's ``transcription`` of the sample (no transcription: refused)."""
    heard = (transcription or "").strip()
    match = match_sentence(sentence, heard, keywords, language)
    return Hearing(
        heard=heard,
        score=match.score,
        accepted=match.accepted and bool(heard),
        recognizer=TRANSCRIPTION,
        keywords_heard=match.keywords_heard,
    )
