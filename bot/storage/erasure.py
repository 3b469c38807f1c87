"""What an erasure keeps of a member's audit events, and where the bot's posts about them are.

The audit events stay with only the facts about the bot's work (:func:`impersonal`); the
posts are taken down by outbox messages (:func:`bot.storage.outbox.takedowns`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .models import AuditAction, CloneStatus

#: Audit detail an erasure keeps: counts, flags and states of the bot's work.
KEPT_DETAIL: frozenset[str] = frozenset(
    {
        "status",
        "requeued",  # upkeep: a slot given back after a restart
        "samples",  # requested: how many samples
        "warnings",  # cloned: how many API warnings
        "errors",  # cloned: how many API errors
        "deleted",  # spoken mismatch: whether the voice was deleted
        "found_by",  # reconciled: "sweep"
        "server_voice",  # a flag
        "text_length",  # previewed: never the text
        "model_id",  # previewed: the TTS model
        "via",  # previewed: command or result
        "voices_deleted",  # erased: counts
        "requests_erased",
        "challenge_id",  # spoken consent: the (deleted) sentence's row id
        "attempt",
        "fell_back",
        "expires_at",
        "mode",
        "recognizer",
        "score",
        "offline_score",
        "voice_message",
        "decision",
        "characters",  # spoke: how many characters (never the text)
        "utterances",  # speech_stopped: how many were dropped
        "stopped",  # speech_stopped: skip, stop, leave or erasure
    }
)

#: Detail the code writes that names or describes the member: dropped (like every key not in
#: :data:`KEPT_DETAIL`, e.g. the settings of a policy change the member made as a moderator).
PERSONAL_DETAIL: frozenset[str] = frozenset(
    {
        "name",  # requested: the voice's name
        "language",  # requested, sentences: the language of their voice
        "statement",  # consented: what they confirmed
        "reason",  # failures, rejections: free text, may quote the name
        "voice_id",  # their voice
        "also_matched",  # reconciled: voice ids
        "previous",  # renamed: the old name (kept only as a status, see impersonal)
        "sentence",  # spoken consent: holds the member's and the server's names
        "keywords",  # words of that sentence
        "heard",  # what the recognizer heard them say
        "offline_heard",
        "recording_sha256",  # a fingerprint of their recording
        "channel_id",  # spoke, speech_stopped: where they spoke
    }
)

_STATUSES = frozenset(s.value for s in CloneStatus)


def impersonal(action: str, detail: Mapping[str, Any]) -> dict[str, Any]:
    """The part of an audit event's ``detail`` that says nothing about the member.

    ``previous`` is a request's former status for expiries and restarts (kept), but a voice's
    former name for a rename (dropped)."""
    kept = {k: v for k, v in detail.items() if k in KEPT_DETAIL}
    previous = detail.get("previous")
    if action != AuditAction.RENAMED.value and previous in _STATUSES:
        kept["previous"] = previous
    kept["erased"] = True
    return kept


def posts_of(outcome: Mapping[str, Any]) -> list[tuple[int, int]]:
    """``(channel_id, message_id)`` of each post a delivered outbox message made."""
    found = []
    for post in outcome.get("posts") or []:
        try:
            found.append((int(post["channel_id"]), int(post["message_id"])))
        except (KeyError, TypeError, ValueError):
            continue
    return found
