"""How much of a recording is speech that is not the sentence, from the recognizer's word timings.

The offline recognizer's grammar is the sentence alone, so it cannot *hear* other words: speech
before, after or inside the sentence is aligned to the optional pauses around its words (or
stretches a word). What it cannot hide is where the sentence's words sit. Speech is measured per
10 ms frame by loudness; every loud frame outside the words, and every loud frame of a word
beyond what that word can plausibly take, is speech that is not the sentence.

Loud means within ``SPEECH_RANGE_DB`` of the reader's own level (the median of the word frames)
and ``NOISE_MARGIN_DB`` above the recording's noise floor; the count is divided by the share of
the word frames that pass the same test, so noise that hides quiet speech does not hide it from
the measure either. Words of the sentence the decoder did not place (a name it skipped, the
last word of a decode that stopped early) were most likely said: their usual length is not
counted (``UNPLACED_PHONE_FRAMES`` a phone). Pure numpy, no decoder: tested with made-up timings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: The recognizer's frame: 10 ms at 16 kHz.
FRAME_SAMPLES = 160
FRAMES_PER_SECOND = 100
#: Frames quieter than the reader's median word level by more than this are not speech.
SPEECH_RANGE_DB = 20.0
#: ... nor frames less than this above the noise floor (a percentile of every frame).
NOISE_MARGIN_DB = 8.0
FLOOR_PERCENTILE = 10
#: The longest a word takes: a base plus a share per phone (0.3 s + 0.15 s a phone, about
#: twice a slow reader's pace), so a stretched word cannot swallow another voice either.
WORD_BASE_FRAMES = 30
WORD_PHONE_FRAMES = 15
#: The share of word frames found loud is never taken below this (a whispered reading).
MIN_DETECTION = 0.5
#: A phone of the sentence that no placed word accounts for takes this long (80 ms, a usual
#: phone): that much speech outside the words is the sentence's own.
UNPLACED_PHONE_FRAMES = 8


@dataclass(frozen=True)
class WordTiming:
    """One word of the sentence as aligned: frames ``start..end`` (inclusive)."""

    word: str
    start: int
    end: int
    phones: int


def frame_levels(pcm: bytes) -> np.ndarray:
    """dBFS of each 10 ms frame of mono 16-bit 16 kHz ``pcm``."""
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
    count = len(samples) // FRAME_SAMPLES
    frames = samples[: count * FRAME_SAMPLES].reshape(count, FRAME_SAMPLES) / 32768.0
    power = np.mean(frames * frames, axis=1)
    return np.asarray(10 * np.log10(power + 1e-12))


def extra_speech_seconds(
    levels: np.ndarray,
    words: Sequence[WordTiming],
    *,
    edge_frames: int = 0,
    sentence_phones: int = 0,
) -> float:
    """Seconds of speech in ``levels`` that the sentence's ``words`` do not account for.

    ``edge_frames`` at each end are padding added before decoding: left out of the noise floor.
    ``sentence_phones`` is the whole sentence's length in phones: what the placed words lack
    of it is allowed for (see module docstring). With no words at all, every frame counts
    (none of the recording is the sentence).
    """
    total = len(levels)
    if total == 0:
        return 0.0
    in_word = np.zeros(total, dtype=bool)
    for w in words:
        in_word[max(0, w.start) : min(total, w.end + 1)] = True
    if not in_word.any():
        return total / FRAMES_PER_SECOND
    core = levels[edge_frames : total - edge_frames] if total > 2 * edge_frames else levels
    floor = float(np.percentile(core, FLOOR_PERCENTILE))
    reader = float(np.median(levels[in_word]))
    loud = levels > max(reader - SPEECH_RANGE_DB, floor + NOISE_MARGIN_DB)
    found = float(np.count_nonzero(loud & in_word)) / float(np.count_nonzero(in_word))
    detection = max(MIN_DETECTION, found)
    outside = int(np.count_nonzero(loud & ~in_word))
    stretched = 0
    for w in words:
        cap = WORD_BASE_FRAMES + WORD_PHONE_FRAMES * w.phones
        stretched += max(0, int(np.count_nonzero(loud[max(0, w.start) : w.end + 1])) - cap)
    unplaced = max(0, sentence_phones - sum(w.phones for w in words)) * UNPLACED_PHONE_FRAMES
    extra = (outside + stretched) / detection - unplaced
    return round(max(0.0, extra) / FRAMES_PER_SECOND, 3)
