"""The outbox through the real discord.py: a Discord or network fault in a side effect never
changes a request's state, keeps a lease, or tells the member to try again once a voice
exists; the effect is retried and delivered once (failure mode 6 of the exactly-once review)."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.outbox import Backoff
from bot.storage import CloneStatus
from tests.audio import fixtures
from tests.e2e.helpers import (
    configure,
    content_of,
    is_finished,
    member,
    moderator,
    run_clone,
)
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld


def sample() -> dict[str, tuple[str, bytes]]:
    voice = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", voice)}


async def drained(bot: Any) -> list[Any]:
    """Wake the dispatcher until nothing is left to send (or give up): what is left."""
    pending: list[Any] = []
    for _ in range(400):
        pending = [
            m
            for m in await bot.store.outbox_messages()
            if m.delivered_at is None and m.abandoned_at is None
        ]
        if not pending:
            break
        bot.outbox.kick()
        await asyncio.sleep(0.05)
    return pending


async def test_a_dropped_connection_on_the_audit_post_neither_fails_nor_strands_the_clone(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any
) -> None:
    """The audit channel's post of a finished clone loses its connection (each post is made, its
    answer lost) while a clone runs: the member still gets the voice
    (never "something went wrong, try again"), the request is done and holds no lease, and
    each audit post appears exactly once after the retries (its nonce)."""
    alice, mod = member(discord_fake), moderator(discord_fake)
    async with run_bot() as bot:
        bot.outbox.backoff = Backoff(base=0.05, cap=0.1)
        await configure(discord_fake, mod, "audit-channel", channel=discord_fake.audit_channel_id)
        await drained(bot)
        # Every audit post is made but its answer lost, until Discord is healthy again.
        audit_path = rf"/channels/{discord_fake.audit_channel_id}/messages"
        discord_fake.inject_disconnect("POST", audit_path, when="after", times=10_000)
        interaction = await run_clone(discord_fake, alice, sample(), name="Alice")
        await interaction.wait_for(is_finished, timeout=30)
        text = content_of(interaction)
        (voice_id,) = fake_inworld.voices
        assert "✅" in text and "try again" not in text.lower()
        (record,) = await bot.store.member_records(discord_fake.guild_id, alice)
        assert record.status is CloneStatus.DONE and record.voice_id == voice_id
        assert record.lease_owner is None and record.id not in bot.leases.held
        discord_fake.clear_injections()
        assert not await drained(bot)
        audits = [m for m in await bot.store.outbox_messages() if m.kind == "audit"]
        assert {m.payload["action"] for m in audits} >= {"requested", "consented", "cloned"}
        (cloned,) = [m for m in audits if m.payload["action"] == "cloned"]
        assert cloned.attempts >= 1 and "Disconnected" in (cloned.last_error or "")
        posted = discord_fake.channel_messages[discord_fake.audit_channel_id]
        for message in audits:  # retried with its nonce: each audit event posted once
            assert sum(p.get("nonce") == message.nonce for p in posted) == 1
