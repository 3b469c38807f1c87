"""Which listed voice belongs to a request: pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.inworld import Voice
from bot.reconcile import MatchWindow, candidates_for, voice_created_at
from bot.reconcile.listing import filters_for
from bot.reconcile.matching import new_voices

STARTED = datetime(2026, 12, 1, 12, 0, 0, tzinfo=UTC)


def voice(voice_id: str, name: str = "Bob", source: str = "IVC") -> Voice:
    return Voice(voice_id, name, "EN_US", None, source)


def at(offset: timedelta, slug: str = "bob") -> str:
    return f"ws__{slug}_{STARTED + offset:%Y%m%d_%H%M%S}z"


def test_voice_created_at_reads_the_id_stamp() -> None:
    assert voice_created_at("ws__bob_20261201_120005z") == STARTED + timedelta(seconds=5)
    assert voice_created_at("Alex") is None
    assert voice_created_at("ws__bob_20261399_120005z") is None  # not a date


def test_new_voices_diff_the_snapshot_and_skip_claimed() -> None:
    voices = [voice("a"), voice("b"), voice("c")]
    assert [v.voice_id for v in new_voices(voices, {"a"}, {"c"})] == ["b"]


def test_candidates_need_name_absence_from_snapshot_and_the_window() -> None:
    voices = [
        voice(at(timedelta(seconds=3))),  # ours
        voice(at(timedelta(seconds=1)), name="Alice"),  # another name
        voice(at(-timedelta(hours=2))),  # far too old
        voice(at(timedelta(seconds=2), slug="known")),  # in the snapshot
        voice(at(timedelta(seconds=4), slug="claimed")),  # another request's
    ]
    picked = candidates_for(
        display_name="Bob",
        started_at=STARTED,
        known={at(timedelta(seconds=2), slug="known")},
        voices=voices,
        claimed={at(timedelta(seconds=4), slug="claimed")},
    )
    assert [v.voice_id for v in picked] == [at(timedelta(seconds=3))]


def test_without_a_snapshot_the_creation_time_is_required() -> None:
    dated = voice(at(timedelta(seconds=10)))
    undated = voice("custom-id-without-stamp")
    picked = candidates_for(
        display_name="Bob", started_at=STARTED, known=None, voices=[undated, dated], claimed=()
    )
    assert picked == [dated]
    with_snapshot = candidates_for(
        display_name="Bob", started_at=STARTED, known=set(), voices=[undated], claimed=()
    )
    assert with_snapshot == [undated]  # the snapshot alone proves it is new


def test_candidates_are_oldest_first_within_a_skew_tolerant_window() -> None:
    early = voice(at(-timedelta(minutes=2)))  # the Inworld clock runs a little behind
    late = voice(at(timedelta(minutes=1)))
    too_late = voice(at(timedelta(hours=1)))
    picked = candidates_for(
        display_name="Bob",
        started_at=STARTED,
        known=set(),
        voices=[too_late, late, early],
        claimed=(),
        window=MatchWindow(before=timedelta(minutes=5), after=timedelta(minutes=30)),
    )
    assert picked == [early, late]


def test_filters_fall_back_and_never_inject_quotes() -> None:
    assert filters_for("Bob") == [
        'source = "IVC" AND displayName = "Bob"',
        'source = "IVC"',
        "",
    ]
    assert filters_for('Bob "the voice"') == ['source = "IVC"', ""]
