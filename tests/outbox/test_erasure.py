"""Erasure and the outbox, on SQLite and PostgreSQL: what the audit keeps (every detail key
classified), the takedowns of the bot's posts written in the erasure's own transaction, a
message posted while its member is erased, and a review-post update retried late."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

from bot.lifecycle import Event, Lifecycle, Said
from bot.outbox import LiveRequest, OutboxDispatcher
from bot.outbox.senders import DiscordSender
from bot.storage import AuditAction, CloneRecord, CloneStatus, CloneStore, OutboxMessage, utcnow
from bot.storage.erasure import KEPT_DETAIL, PERSONAL_DETAIL, impersonal
from bot.storage.outbox import OutboxKind

GUILD, ALICE, BOB, MOD = 1, 3, 4, 9
AUDIT_CHANNEL, CHANNEL, DM = 50, 51, 52


async def done(store: CloneStore, user_id: int, name: str, **extra: Any) -> CloneRecord:
    return await store.create_record(
        guild_id=GUILD,
        channel_id=CHANNEL,
        user_id=user_id,
        display_name=name,
        language="EN_US",
        status=CloneStatus.DONE,
        voice_id=f"ws__{name.lower()}",
        **extra,
    )


async def sent(
    store: CloneStore,
    kind: str,
    record_id: int | None,
    posts: list[tuple[int, int]],
    *,
    delivered: bool = True,
    **payload: Any,
) -> None:
    """An outbox message as the dispatcher leaves it once its posts went out."""
    outcome = {"posts": [{"channel_id": c, "message_id": m} for c, m in posts]}
    async with store.database.session() as session, session.begin():
        session.add(
            OutboxMessage(
                kind=kind,
                guild_id=GUILD,
                record_id=record_id,
                payload=payload,
                delivered_at=utcnow() if delivered else None,
                outcome=outcome if delivered else {},
            )
        )


def takedowns(messages: list[OutboxMessage]) -> dict[int, OutboxMessage]:
    """The takedown messages, by the message id of the post each takes down."""
    kinds = {OutboxKind.DELETE_POST, OutboxKind.REDACT_POST}
    return {int(m.payload["message_id"]): m for m in messages if m.kind in kinds}


def test_every_detail_key_is_kept_or_dropped_on_purpose() -> None:
    assert not KEPT_DETAIL & PERSONAL_DETAIL
    everything = {key: "Alice" for key in KEPT_DETAIL | PERSONAL_DETAIL}
    stripped = impersonal(AuditAction.CLONED.value, everything)
    assert set(stripped) == KEPT_DETAIL | {"erased"}
    assert impersonal("policy_changed", {"consent_text": "I am Alice"}) == {"erased": True}


def test_a_renamed_voices_old_name_goes_but_a_former_status_stays() -> None:
    renamed = impersonal(AuditAction.RENAMED.value, {"previous": "Alice", "voice_id": "v"})
    assert renamed == {"erased": True}
    # A voice once called "done" is still a name.
    assert impersonal(AuditAction.RENAMED.value, {"previous": "done"}) == {"erased": True}
    expired = impersonal(AuditAction.EXPIRED.value, {"previous": "pending_approval"})
    assert expired == {"previous": "pending_approval", "erased": True}
    # A name is never kept as a status, whatever the event.
    assert "previous" not in impersonal(AuditAction.EXPIRED.value, {"previous": "Alice"})


async def test_erasure_takes_down_every_post_it_has_ids_for(store: CloneStore) -> None:
    alice = await done(store, ALICE, "Alice", review_channel_id=60, review_message_id=600)
    bob = await done(store, BOB, "Bob")
    detail = {"voice_id": alice.voice_id, "warnings": 1}
    await sent(store, "audit", alice.id, [(AUDIT_CHANNEL, 100)],
               action="cloned", actor_id=None, detail=detail)  # fmt: skip
    await sent(store, "audit", alice.id, [(AUDIT_CHANNEL, 105)],
               action="approved", actor_id=MOD, detail={})  # fmt: skip
    await sent(store, "result", alice.id, [(CHANNEL, 101), (DM, 102)], headline="ready")
    await sent(store, "notice", alice.id, [(DM, 103)], text="Alice is ready")
    await sent(store, "review_update", alice.id, [], line="✅")
    sentence = {"sentence": "I, Alice, agree", "attempt": 1}
    await sent(store, "audit", None, [(AUDIT_CHANNEL, 104)],
               action="challenge_issued", actor_id=ALICE, detail=sentence)  # fmt: skip
    await sent(store, "audit", None, [], delivered=False,
               action="challenge_issued", actor_id=ALICE, detail=sentence)  # fmt: skip
    # Alice approved Bob's request as a moderator: Bob's record, Bob's post.
    await sent(store, "audit", bob.id, [(AUDIT_CHANNEL, 200)],
               action="approved", actor_id=ALICE, detail={"reason": "fine"})  # fmt: skip
    await store.add_audit(GUILD, AuditAction.APPROVED, record_id=bob.id, actor_id=ALICE,
                          detail={"reason": "fine"})  # fmt: skip
    await store.add_audit(GUILD, AuditAction.RENAMED, record_id=alice.id, actor_id=ALICE,
                          detail={"previous": "Alice", "voice_id": alice.voice_id})  # fmt: skip

    assert await store.erase_member(GUILD, ALICE) == 1

    left = await store.outbox_messages()
    down = takedowns(left)
    assert {m: down[m].kind for m in down} == {
        600: "delete_post",  # the review post (with her audio, until a decision)
        101: "delete_post",  # the result in the channel
        102: "delete_post",  # the result by DM
        103: "delete_post",  # a notice
        100: "redact_post",  # her audit posts: what the database keeps
        105: "redact_post",
        104: "redact_post",
    }
    assert all(m.record_id is None and m.delivered_at is None for m in down.values())
    assert down[100].payload["detail"] == {"warnings": 1, "erased": True}
    assert down[100].payload["actor_id"] is None and down[100].payload["action"] == "cloned"
    assert down[105].payload["actor_id"] == MOD  # the moderator's decision stays theirs
    assert down[104].payload["detail"] == {"attempt": 1, "erased": True}
    assert (down[600].payload["channel_id"], down[102].payload["channel_id"]) == (60, DM)
    # Her undelivered audit post is never sent; Bob's post and message stay as they were.
    audit = [m for m in left if m.kind == "audit"]
    assert not [m for m in audit if m.record_id != bob.id and m.payload["actor_id"] == ALICE]
    assert [m.payload["actor_id"] for m in left if m.record_id == bob.id] == [ALICE, ALICE]
    events = await store.audit_events(GUILD)
    bobs = [e for e in events if e.record_id == bob.id]
    assert [(e.actor_id, e.detail) for e in bobs] == [(None, {"reason": "fine"})]
    assert "Alice" not in str([e.detail for e in events if e.record_id != bob.id])


async def test_an_audit_post_stored_before_posts_were_recorded_is_found_in_the_channel(
    store: CloneStore,
) -> None:
    await store.update_policy(GUILD, MOD, audit_channel_id=AUDIT_CHANNEL)
    alice = await done(store, ALICE, "Alice")
    async with store.database.session() as session, session.begin():
        session.add(
            OutboxMessage(
                kind="audit",
                guild_id=GUILD,
                record_id=alice.id,
                payload={"action": "cloned", "actor_id": None, "detail": {}},
                delivered_at=utcnow(),
                outcome={"where": "channel", "message_id": 77},
            )
        )
    await store.erase_member(GUILD, ALICE)
    down = takedowns(await store.outbox_messages())
    assert down[77].kind == "redact_post" and down[77].payload["channel_id"] == AUDIT_CHANNEL


class PostingSender:
    """Posts each message to (CHANNEL, 900 + its id), once ``gate`` opens."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.sending = asyncio.Event()

    async def send(self, message: OutboxMessage, live: LiveRequest | None) -> Mapping[str, Any]:
        self.sending.set()
        await self.gate.wait()
        post = {"channel_id": CHANNEL, "message_id": 900 + message.id}
        return {"where": "channel", "posts": [post]}


async def test_a_message_posted_while_its_member_is_erased_is_taken_down(
    store: CloneStore,
) -> None:
    """The erasure removed the messages while they were on their way: it could not know their
    posts' ids, so the dispatcher queues their takedowns itself once Discord answered. (On
    SQLite the erasure's own takedown, of the review post, reuses the first message's id.)"""
    record = await store.create_record(
        guild_id=GUILD,
        channel_id=CHANNEL,
        user_id=ALICE,
        display_name="Alice",
        language="EN_US",
        status=CloneStatus.PENDING_APPROVAL,
        review_channel_id=60,
        review_message_id=600,
    )
    said = Said(actor_id=MOD, notice="Alice was rejected", review_line="❌", detail={"reason": "x"})
    assert await Lifecycle(store).fire(record.id, Event.REJECTED, said=said) is not None
    sender = PostingSender()
    dispatcher = OutboxDispatcher(store, sender, owner="a")
    ids = {m.kind: m.id for m in await store.outbox_messages(record.id)}
    passing = asyncio.create_task(dispatcher.run_once(record_id=record.id))
    await sender.sending.wait()  # the audit post is on its way
    assert await store.erase_member(GUILD, ALICE) == 1
    sender.gate.set()
    await passing
    # The audit post (on its way), the review update and the notice (claimed in the same
    # pass) all went out after the erasure.
    down = takedowns(await store.outbox_messages())
    assert set(down) == {600} | {900 + i for i in ids.values()}
    audit = down[900 + ids["audit"]]
    assert audit.kind == "redact_post" and audit.payload["actor_id"] is None
    assert audit.payload["detail"] == {"erased": True}
    assert down[900 + ids["notice"]].kind == "delete_post"


async def test_a_review_update_retried_late_leaves_the_newer_one_alone(
    store: CloneStore,
) -> None:
    """The approval's update failed and waited; the outcome's went out meanwhile: the late
    one is dropped instead of putting "queued" (and the buttons' absence) back."""
    record = await store.create_record(
        guild_id=GUILD,
        channel_id=CHANNEL,
        user_id=ALICE,
        display_name="Alice",
        language="EN_US",
        status=CloneStatus.PENDING_APPROVAL,
        review_channel_id=60,
        review_message_id=600,
    )
    lifecycle = Lifecycle(store)
    approved = Said(actor_id=MOD, review_line="✅ Approved: queued")
    assert await lifecycle.fire(record.id, Event.APPROVED, said=approved)
    assert await lifecycle.fire(record.id, Event.SLOT_TAKEN)
    done_said = Said(result={"headline": "ready", "created": True}, review_line="✅ Cloned")
    assert await lifecycle.fire(record.id, Event.CLONED, said=done_said, voice_id="v")
    updates = [m for m in await store.outbox_messages(record.id) if m.kind == "review_update"]
    assert [m.payload["line"] for m in updates] == ["✅ Approved: queued", "✅ Cloned"]
    async with store.database.session() as session, session.begin():
        newer = await session.get(OutboxMessage, updates[1].id)
        assert newer is not None
        newer.delivered_at = utcnow()
    # No Discord client at all: the late update must not reach for it.
    sender = DiscordSender(SimpleNamespace(client=None), store)  # type: ignore[arg-type]
    outcome = await sender.send(updates[0], None)
    assert outcome == {"where": "superseded by a later update"}
