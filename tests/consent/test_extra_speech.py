"""The speech a recording holds outside its sentence's words, from made-up word timings."""

from __future__ import annotations

import numpy as np
import pytest

from bot.consent.extra_speech import (
    FRAME_SAMPLES,
    WordTiming,
    extra_speech_seconds,
    frame_levels,
)

SPEECH_DB, SILENCE_DB = -20.0, -90.0


def levels(*runs: tuple[float, int]) -> np.ndarray:
    """Frame levels from (dBFS, frames) runs, with a little wobble like real speech."""
    out = np.concatenate([np.full(n, db) for db, n in runs])
    return out + np.random.default_rng(0).uniform(-2, 2, len(out))


def words_over(start: int, count: int, frames: int = 40, gap: int = 10) -> list[WordTiming]:
    """``count`` words of 4 phones, ``frames`` long, ``gap`` apart, from ``start``."""
    return [
        WordTiming(f"w{i}", start + i * (frames + gap), start + i * (frames + gap) + frames - 1, 4)
        for i in range(count)
    ]


def sentence_levels(words: list[WordTiming], total: int, *, pause_db: float) -> np.ndarray:
    out = np.full(total, pause_db)
    for w in words:
        out[w.start : w.end + 1] = SPEECH_DB
    return out + np.random.default_rng(1).uniform(-2, 2, total)


def test_the_sentence_alone_has_no_extra_speech() -> None:
    words = words_over(30, 16)
    total = words[-1].end + 31
    assert extra_speech_seconds(sentence_levels(words, total, pause_db=SILENCE_DB), words) == 0.0


def test_noise_in_the_pauses_is_not_speech() -> None:
    """Noise 15 dB under the speech fills every pause: the floor keeps it out."""
    words = words_over(30, 16)
    total = words[-1].end + 31
    noisy = sentence_levels(words, total, pause_db=SPEECH_DB - 15)
    assert extra_speech_seconds(noisy, words) < 0.2


@pytest.mark.parametrize("where", ["before", "after", "inside"])
def test_another_voice_outside_the_words_is_counted(where: str) -> None:
    words = words_over(30, 16)
    total = words[-1].end + 31
    clean = sentence_levels(words, total, pause_db=SILENCE_DB)
    other = levels((SPEECH_DB - 3, 400))  # 4 s of another voice, a bit quieter
    if where == "before":
        mixed = np.concatenate([other, clean])
        words = [WordTiming(w.word, w.start + 400, w.end + 400, w.phones) for w in words]
    elif where == "after":
        mixed = np.concatenate([clean, other])
    else:
        cut = words[8].start - 5
        mixed = np.concatenate([clean[:cut], other, clean[cut:]])
        words = [
            w if w.start < cut else WordTiming(w.word, w.start + 400, w.end + 400, w.phones)
            for w in words
        ]
    assert extra_speech_seconds(mixed, words) == pytest.approx(4.0, abs=0.1)


def test_a_stretched_word_cannot_swallow_another_voice() -> None:
    """One word aligned over 5 s of speech: all but what a 4-phone word may take counts."""
    words = [*words_over(30, 4), WordTiming("long", 230, 729, 4)]
    total = 760
    speech = sentence_levels(words, total, pause_db=SILENCE_DB)
    cap = 30 + 15 * 4
    assert extra_speech_seconds(speech, words) == pytest.approx((500 - cap) / 100, abs=0.05)


def test_no_words_means_none_of_it_is_the_sentence() -> None:
    assert extra_speech_seconds(levels((SPEECH_DB, 300)), []) == 3.0
    assert extra_speech_seconds(np.array([]), []) == 0.0


def test_frame_levels_of_pcm() -> None:
    loud = (np.full(FRAME_SAMPLES * 3, 16384)).astype("<i2")  # -6 dBFS
    quiet = np.zeros(FRAME_SAMPLES * 2, dtype="<i2")
    got = frame_levels(np.concatenate([loud, quiet]).tobytes() + b"\0" * 10)
    assert len(got) == 5
    assert got[:3] == pytest.approx(-6.02, abs=0.01) and (got[3:] < -100).all()


def test_noise_that_hides_quiet_speech_does_not_hide_it_from_the_count() -> None:
    """In noise only the louder half of any voice's frames stands out (the reader's too), so
    the count is scaled by the reader's share: 4 s of another voice still measure 4 s."""
    words = words_over(30, 16)
    total = words[-1].end + 31
    half_heard = np.where(np.arange(total) % 2 == 0, SPEECH_DB, SPEECH_DB - 12)
    reading = np.where(np.isin(np.arange(total), _frames(words)), half_heard, SPEECH_DB - 15)
    other = np.where(np.arange(400) % 2 == 0, SPEECH_DB, SPEECH_DB - 12)
    mixed = np.concatenate([reading, other])
    assert extra_speech_seconds(mixed, words) == pytest.approx(4.0, abs=0.1)


def _frames(words: list[WordTiming]) -> list[int]:
    return [f for w in words for f in range(w.start, w.end + 1)]


def test_a_word_the_decoder_did_not_place_is_allowed_for() -> None:
    """A 10-phone name skipped by the decoder: its 0.8 s sit between the words, and count
    only beyond what 10 phones take."""
    words = words_over(30, 16)
    total = words[-1].end + 31
    reading = sentence_levels(words, total, pause_db=SILENCE_DB)
    name = levels((SPEECH_DB, 80))
    cut = words[2].start - 5
    said = np.concatenate([reading[:cut], name, reading[cut:]])
    words = [
        w if w.start < cut else WordTiming(w.word, w.start + 80, w.end + 80, w.phones)
        for w in words
    ]
    assert extra_speech_seconds(said, words) == pytest.approx(0.8, abs=0.05)
    assert extra_speech_seconds(said, words, sentence_phones=16 * 4 + 10) == 0.0
    # Only what the missing phones take: 3 s more of another voice still count.
    longer = np.concatenate([said, levels((SPEECH_DB, 300))])
    assert extra_speech_seconds(longer, words, sentence_phones=16 * 4 + 10) == pytest.approx(
        3.0, abs=0.05
    )
