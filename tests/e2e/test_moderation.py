"""The moderated workflow end to end through real discord.py: consent, approval (across a
restart), refusals, the shared queue, expiry, crash recovery, audit; on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.storage import CloneStatus, CloneStore, Database
from tests.audio import fixtures
from tests.e2e.helpers import (
    buttons,
    configure,
    confirm_consent,
    content_of,
    is_finished,
    member,
    moderator,
    run_clone,
    start_clone,
)
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld
from tests.storage.helpers import postgres_test_database


def voice_message() -> bytes:
    return fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()


def sample() -> dict[str, tuple[str, bytes]]:
    return {"sample": ("voice-message.ogg", voice_message())}


def button_id(message: dict[str, Any], prefix: str) -> str:
    return next(b["custom_id"] for b in buttons(message) if b["custom_id"].startswith(prefix))


def embed_text(message: dict[str, Any]) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
    return "\n".join(parts)


def audit_titles(fake: FakeDiscord) -> list[str]:
    return [
        (m.get("embeds") or [{}])[0].get("title", "")
        for m in fake.channel_messages[fake.audit_channel_id]
    ]


async def enable_approval(fake: FakeDiscord, mod: int) -> None:
    text = await configure(
        fake, mod, "approval", required=True, review_channel=fake.review_channel_id
    )
    assert "Approval required: yes" in text
    await configure(fake, mod, "audit-channel", channel=fake.audit_channel_id)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'moderated.sqlite3'}"
    else:
        with postgres_test_database() as url:
            yield url


async def test_approval_flow_survives_a_restart(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, database_url: str
):
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(database_url=database_url):
        await enable_approval(discord_fake, mod)
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        prompt = interaction.original or {}
        assert "I confirm" in [b.get("label") for b in buttons(prompt)]
        assert "Nothing has been sent to Inworld" in embed_text(prompt)
        await confirm_consent(discord_fake, interaction, alice)
        await interaction.wait_for(lambda i: "moderators" in (i.original or {}).get("content", ""))
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
        assert "Clone request #" in embed_text(review)
        assert f"<@{alice}>" in embed_text(review) and "Consent" in embed_text(review)
        assert review["files"][0].filename.endswith(".wav")
        assert fake_inworld.clone_requests == []

    # A new process: the persistent buttons still work.
    async with run_bot(database_url=database_url):
        click = await discord_fake.click_button(
            review, button_id(review, "review:approve"), user_id=mod
        )
        await click.wait_for_callback()
        # The guild keeps results private (the default): the result comes by DM, the channel
        # only hears that it is ready.
        notice = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id,
            lambda m: "approved by a moderator and cloned" in (m.get("content") or ""),
            timeout=30,
        )
        voice_id = next(iter(fake_inworld.voices))
        assert f"<@{alice}>" in notice["content"] and "by DM" in notice["content"]
        assert voice_id not in embed_text(notice) and not notice["files"]
        dm = await discord_fake.wait_for_dm(alice, lambda m: voice_id in embed_text(m))
        assert dm["files"] and dm["files"][0].filename.endswith(".wav")
        await asyncio.sleep(0.1)
        updated = discord_fake.message(int(review["id"]))
        assert voice_id in updated["content"] and not buttons(updated)
        assert len(fake_inworld.clone_requests) == 1

        record = (await run_bot_store(database_url)).pop()
        assert record.status is CloneStatus.DONE and record.voice_id == voice_id
        assert record.consent_text and record.consented_at is not None
        assert record.decided_by == mod
    titles = " | ".join(audit_titles(discord_fake))
    for action in ("Requested", "Consented", "Approved", "Cloned"):
        assert action in titles


async def run_bot_store(database_url: str) -> list[Any]:
    database = Database(database_url)
    await database.connect()
    try:
        store = CloneStore(database)
        return [r for r in [await store.get_record(1)] if r is not None]
    finally:
        await database.close()


async def test_only_moderators_can_approve(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot():
        await enable_approval(discord_fake, mod)
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        await confirm_consent(discord_fake, interaction, alice)
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
        for who in (bob, alice):  # the requester cannot approve their own request either
            click = await discord_fake.click_button(
                review, button_id(review, "review:approve"), user_id=who
            )
            await click.wait_for(lambda i: bool(i.followups) or i.callbacks[0].type == 4)
            assert "Only moderators" in content_of(click)
    assert fake_inworld.clone_requests == []


@pytest.mark.parametrize("private", [True, False], ids=["private-guild", "public-guild"])
async def test_rejection_asks_for_a_reason_and_tells_the_member(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, private: bool
):
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(guild_ephemeral_replies=private):
        await enable_approval(discord_fake, mod)
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        await confirm_consent(discord_fake, interaction, alice)
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
        click = await discord_fake.click_button(
            review, button_id(review, "review:reject"), user_id=mod
        )
        callback = await click.wait_for_callback()
        assert callback.type == 9  # a modal
        modal_id = callback.data["custom_id"]
        submit = await discord_fake.submit_modal(
            modal_id, {"reason": "Not your voice"}, user_id=mod, message=review
        )
        await submit.wait_for(lambda i: bool(i.callbacks))
        # A private (ephemeral) guild: the reason goes by DM, not to the channel; a public
        # one: to the channel, mentioning the member.
        rejected = lambda m: "rejected" in (m.get("content") or "")  # noqa: E731
        if private:
            notice = await discord_fake.wait_for_dm(alice, rejected)
        else:
            notice = await discord_fake.wait_for_channel_message(discord_fake.channel_id, rejected)
        assert "Not your voice" in notice["content"] and f"<@{alice}>" in notice["content"]
        elsewhere = (
            discord_fake.channel_messages[discord_fake.channel_id]
            if private
            else discord_fake.dm_messages[alice]
        )
        assert not any("Not your voice" in (m.get("content") or "") for m in elsewhere)
        await asyncio.sleep(0.1)
        assert "Rejected by" in discord_fake.message(int(review["id"]))["content"]
    assert fake_inworld.clone_requests == []
    assert any("Rejected" in t for t in audit_titles(discord_fake))


async def test_consent_can_be_declined_and_only_by_the_requester(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice, bob = member(discord_fake), member(discord_fake, "bob")
    async with run_bot():
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        prompt = interaction.original or {}
        other = await discord_fake.click_button(
            prompt, button_id(prompt, "consent:yes"), user_id=bob
        )
        await other.wait_for(lambda i: bool(i.followups))
        assert "Only the member who made this request" in content_of(other)
        cancel = await discord_fake.click_button(
            prompt, button_id(prompt, "consent:no"), user_id=alice
        )
        await cancel.wait_for_callback()
        await interaction.wait_for(lambda i: "Cancelled" in (i.original or {}).get("content", ""))
    assert fake_inworld.clone_requests == []


@pytest.mark.parametrize(
    ("subcommand", "options", "expected"),
    [
        ("block", {"member": "ALICE"}, "not allowed to clone"),
        ("roles", {"action": "add", "role": "MODROLE"}, "You need one of these roles"),
        ("channels", {"action": "add", "channel": "REVIEW"}, "not allowed in this channel"),
    ],
)
async def test_policy_refusals(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, subcommand, options, expected
):
    mod, alice = moderator(discord_fake), member(discord_fake)
    values = {
        "ALICE": alice,
        "MODROLE": discord_fake.moderator_role_id,
        "REVIEW": discord_fake.review_channel_id,
    }
    options = {k: values.get(v, v) for k, v in options.items()}
    async with run_bot():
        await configure(discord_fake, mod, subcommand, **options)
        attachment = discord_fake.add_attachment("v.ogg", voice_message())
        interaction = await discord_fake.send_slash_command(
            "clone", {"name": "A"}, user_id=alice, attachments={"sample": attachment}
        )
        await interaction.wait_for(is_finished)
    assert expected in content_of(interaction)
    assert discord_fake.downloads[int(attachment["id"])] == 0
    assert fake_inworld.clone_requests == []


async def test_cooldown_quota_and_one_request_at_a_time(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot():
        await configure(discord_fake, mod, "limits", cooldown_seconds=300)
        # A file refused before the consent step does not count.
        bad = await start_clone(
            discord_fake, alice, {"sample": ("x.txt", b"hello " * 99)}, name="A0"
        )
        assert "text file" in content_of(bad)
        # One open request per member: a second /clone while the first awaits consent.
        first = await start_clone(discord_fake, alice, sample(), name="A1")
        second = await start_clone(discord_fake, alice, sample(), name="A2")
        assert "already have a clone request in progress" in content_of(second)
        await confirm_consent(discord_fake, first, alice)
        await first.wait_for(is_finished)
        third = await start_clone(discord_fake, alice, sample(), name="A3")
        assert "cooldown" in content_of(third)
        # Quotas: no cooldown, one request per member and two per server per 24 h.
        await configure(
            discord_fake, mod, "limits", cooldown_seconds=0, member_daily=1, server_daily=2
        )
        fourth = await start_clone(discord_fake, alice, sample(), name="A4")
        assert "your limit of 1" in content_of(fourth)
        done = await run_clone(discord_fake, bob, sample(), name="B1")
        assert next(reversed(fake_inworld.voices)) in content_of(done)
        carol = member(discord_fake, "carol")
        refused = await start_clone(discord_fake, carol, sample(), name="C1")
        assert "server has reached its limit of 2" in content_of(refused)
    assert len(fake_inworld.clone_requests) == 2


async def test_burst_queues_through_the_shared_limiter(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    members = [member(discord_fake, f"m{i}") for i in range(3)]
    async with run_bot(clones_per_minute=1, clone_rate_period_seconds=0.6):
        prompts = [
            await start_clone(discord_fake, m, sample(), name=f"V{i}")
            for i, m in enumerate(members)
        ]
        # Confirm one at a time, each once the previous one holds its place in the queue.
        await confirm_consent(discord_fake, prompts[0], members[0])
        await fake_inworld.wait_for_requests(1, timeout=10, clone_only=True)
        for interaction, who in zip(prompts[1:], members[1:], strict=True):
            await confirm_consent(discord_fake, interaction, who)
            await interaction.wait_for(lambda i: "queue" in (i.original or {}).get("content", ""))
        for interaction in prompts:
            await interaction.wait_for(is_finished, timeout=30)
    assert [r.body["displayName"] for r in fake_inworld.clone_requests] == ["V0", "V1", "V2"]
    gaps = [
        b.received_at - a.received_at for a, b in itertools.pairwise(fake_inworld.clone_requests)
    ]
    assert all(gap >= 0.5 for gap in gaps)  # never two calls in one window
    shown = [e.get("content") or "" for e in prompts[2].edits]
    assert any("position 2 in the queue" in c for c in shown)
    assert any("position 1 in the queue" in c for c in shown)


async def test_pending_requests_expire(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(approval_timeout_hours=0.5 / 3600, expiry_check_seconds=0.2):
        await enable_approval(discord_fake, mod)
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        await confirm_consent(discord_fake, interaction, alice)
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
        await discord_fake.wait_for_dm(alice, lambda m: "expired" in (m.get("content") or ""))
        await asyncio.sleep(0.1)
        assert "Expired" in discord_fake.message(int(review["id"]))["content"]
    assert fake_inworld.clone_requests == []


async def test_crash_leaves_a_record_and_the_member_is_told(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, tmp_path: Path
):
    alice = member(discord_fake)
    url = f"sqlite+aiosqlite:///{tmp_path / 'crash.sqlite3'}"
    database = Database(url)
    await database.connect()
    await database.migrate()
    store = CloneStore(database)
    await store.create_record(
        guild_id=discord_fake.guild_id,
        channel_id=discord_fake.channel_id,
        user_id=alice,
        notify_channel_id=discord_fake.channel_id,
        display_name="Lost",
        language="EN_US",
    )
    # The crash came while its audio was being processed.
    await database.close()
    async with run_bot(database_url=url):
        notice = await discord_fake.wait_for_dm(
            alice, lambda m: "interrupted" in (m.get("content") or "")
        )
        assert f"<@{alice}>" in notice["content"] and "send it again" in notice["content"]
        stored = await run_bot_store(url)
    assert stored[0].status is CloneStatus.FAILED
    assert stored[0].failure_reason == "interrupted by a bot restart"
    assert fake_inworld.clone_requests == []


async def test_settings_need_manage_server(discord_fake: FakeDiscord, run_bot):
    alice = member(discord_fake)
    async with run_bot():
        command = next(
            c
            for c in discord_fake.synced_commands[discord_fake.guild_id]
            if c["name"] == "clone-settings"
        )
        assert int(command["default_member_permissions"]) == 0x20  # Manage Server
        with pytest.raises(PermissionError):
            await discord_fake.send_slash_command(
                "clone-settings", {}, subcommand="show", user_id=alice
            )


async def test_voice_deletion_by_owner_is_audited(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot():
        await configure(discord_fake, mod, "audit-channel", channel=discord_fake.audit_channel_id)
        await run_clone(discord_fake, alice, sample(), name="Alice")
        voice_id = next(iter(fake_inworld.voices))

        suggest = await discord_fake.send_autocomplete(
            "clone-delete", {"voice": "ali"}, focused="voice", user_id=alice
        )
        callback = await suggest.wait_for_callback()
        assert [c["value"] for c in callback.data["choices"]] == [voice_id]

        async def delete(user_id: int) -> str:
            interaction = await discord_fake.send_slash_command(
                "clone-delete", {"voice": voice_id}, user_id=user_id
            )
            await interaction.wait_for(
                lambda i: (i.original or {}).get("content", "").startswith(("❌", "🗑️"))
            )
            return content_of(interaction)

        assert "only delete voices you cloned" in await delete(bob)
        assert voice_id in fake_inworld.voices
        assert "was deleted" in await delete(alice)
        assert voice_id not in fake_inworld.voices
        assert "already deleted" in await delete(mod)
    assert any(t.startswith("Deleted") for t in audit_titles(discord_fake))


async def test_voice_autocomplete_with_a_slow_database_answers_in_time(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, monkeypatch
):
    alice = member(discord_fake)
    async with run_bot() as bot:

        async def slow_voices(*args: Any, **kwargs: Any) -> list[Any]:
            await asyncio.sleep(10)
            return []

        monkeypatch.setattr(bot.library, "suggest", slow_voices)
        suggest = await discord_fake.send_autocomplete(
            "clone-delete", {"voice": "ali"}, focused="voice", user_id=alice
        )
        callback = await suggest.wait_for_callback(timeout=3)  # Discord's deadline
        assert callback.data["choices"] == []


async def test_voice_deletion_is_refused_while_the_bot_shuts_down(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot() as bot:
        await run_clone(discord_fake, alice, sample(), name="Alice")
        voice_id = next(iter(fake_inworld.voices))
        bot.inflight.stop_accepting()  # what close() does first
        interaction = await discord_fake.send_slash_command(
            "clone-delete", {"voice": voice_id}, user_id=alice
        )
        await interaction.wait_for_callback(timeout=3)
        await interaction.wait_for(lambda i: (i.original or {}).get("content", "").startswith("❌"))
        assert "restarting" in content_of(interaction)
    assert voice_id in fake_inworld.voices
