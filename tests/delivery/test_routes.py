"""Routes through the real discord.py against the fake Discord: connections lost before or
after Discord acted, and message nonces that make a retry post nothing twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest
from discord import app_commands

from bot.delivery import Delivered, DeliveryError, Fault, Letter, RetryPolicy, Step, deliver
from bot.delivery.lease import TokenLease
from bot.delivery.routes import ChannelRoute, DirectRoute, InteractionRoute, fault_of
from tests.delivery.helpers import Sleeps
from tests.fakes.discord_server import FakeDiscord, running_bot

POSTS = r"/channels/\d+/messages"  # channel messages and DMs alike
FOLLOWUPS = r"/webhooks/\d+/[^/]+"
EDITS = r"/webhooks/\d+/[^/]+/messages/@original"
RETRY = RetryPolicy(attempts=3, base_delay=0.0)


class PingBot(discord.Client):
    """Defers ``/ping`` and hands the interaction to the test."""

    def __init__(self, guild_id: int) -> None:
        super().__init__(intents=discord.Intents.default())
        self.tree = app_commands.CommandTree(self)
        self.guild = discord.Object(guild_id)
        self.pinged: asyncio.Queue[discord.Interaction] = asyncio.Queue()

        @app_commands.command(name="ping", description="Hand the interaction over")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.defer()
            await self.pinged.put(interaction)

        self.tree.add_command(ping, guild=self.guild)

    async def setup_hook(self) -> None:
        await self.tree.sync(guild=self.guild)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server
    assert server.unhandled == []


@pytest.fixture
async def bot(fake: FakeDiscord) -> AsyncIterator[PingBot]:
    async with running_bot(fake, PingBot(fake.guild_id)) as client:
        assert isinstance(client, PingBot)
        yield client


def posts(fake: FakeDiscord) -> list[tuple[int | None, str | None]]:
    """(status the fake produced, where the connection was cut) of every message POST."""
    return [
        (r.status, r.cut)
        for r in fake.requests
        if r.method == "POST" and r.path.startswith("/channels/")
    ]


async def deliver_one(route: ChannelRoute | DirectRoute, letter: Letter) -> Delivered | None:
    return await deliver([Step(route, letter)], RETRY, sleep=Sleeps())


@pytest.mark.parametrize("nonce", ["outbox-7", None], ids=["letter nonce", "chain nonce"])
async def test_a_channel_post_whose_answer_was_lost_is_retried_into_one_message(
    fake: FakeDiscord, bot: PingBot, nonce: str | None
) -> None:
    fake.inject_disconnect("POST", POSTS, when="after")
    letter = Letter("your voice is ready", mention=1, nonce=nonce)
    done = await deliver_one(ChannelRoute(bot, fake.channel_id), letter)
    assert done is not None and done.route == "channel" and done.confirmed
    (message,) = fake.channel_messages[fake.channel_id]
    assert message["content"] == "your voice is ready"
    assert posts(fake) == [(200, "after"), (200, None)]  # the retry found the first message
    assert nonce is None or message["nonce"] == nonce


async def test_a_dm_whose_answer_was_lost_is_retried_into_one_message(
    fake: FakeDiscord, bot: PingBot
) -> None:
    alice = int(fake.add_member(name="alice")["user"]["id"])
    fake.inject_disconnect("POST", POSTS, when="after", reset=True, times=2)
    done = await deliver_one(DirectRoute(bot, alice), Letter("your voice is ready", nonce="dm-1"))
    assert done is not None and done.route == "dm" and done.confirmed
    assert [m["content"] for m in fake.dm_messages[alice]] == ["your voice is ready"]
    assert posts(fake) == [(200, "after"), (200, "after"), (200, None)]


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
async def test_a_connection_cut_before_posting_is_transient_and_delivered(
    fake: FakeDiscord, bot: PingBot, reset: bool
) -> None:
    fake.inject_disconnect("POST", POSTS, when="before", reset=reset)
    route = ChannelRoute(bot, fake.channel_id)
    with pytest.raises(DeliveryError) as lost:
        await route.send(Letter("hello", nonce="n-1"))
    assert lost.value.fault is Fault.TRANSIENT
    assert fake.channel_messages[fake.channel_id] == []
    fake.inject_disconnect("POST", POSTS, when="before", reset=reset)
    done = await deliver_one(route, Letter("hello", nonce="n-2"))
    assert done is not None and done.confirmed
    assert [m["content"] for m in fake.channel_messages[fake.channel_id]] == ["hello"]


async def test_a_post_without_a_nonce_whose_answer_was_lost_is_uncertain(
    fake: FakeDiscord, bot: PingBot
) -> None:
    fake.inject_disconnect("POST", POSTS, when="after")
    with pytest.raises(DeliveryError) as lost:
        await ChannelRoute(bot, fake.channel_id).send(Letter("hello"))
    assert lost.value.fault is Fault.UNCERTAIN  # discord.py's random nonce cannot be repeated
    assert len(fake.channel_messages[fake.channel_id]) == 1


async def test_a_follow_up_whose_answer_was_lost_is_neither_repeated_nor_sent_elsewhere(
    fake: FakeDiscord, bot: PingBot
) -> None:
    alice = int(fake.add_member(name="alice")["user"]["id"])
    command = await fake.send_slash_command("ping", user_id=alice)
    interaction = await asyncio.wait_for(bot.pinged.get(), timeout=10)
    fake.inject_disconnect("POST", FOLLOWUPS, when="after")
    letter = Letter("your voice is ready", nonce="f-1")
    followup = InteractionRoute(interaction, TokenLease(), ephemeral=False)
    steps = [Step(followup, letter), Step(ChannelRoute(bot, fake.channel_id), letter)]
    done = await deliver(steps, RETRY, sleep=Sleeps())
    assert done is not None and done.route == "interaction" and not done.confirmed
    assert [m["content"] for m in command.followups] == ["your voice is ready"]
    assert fake.channel_messages[fake.channel_id] == []


async def test_an_edit_whose_answer_was_lost_is_transient(fake: FakeDiscord, bot: PingBot) -> None:
    alice = int(fake.add_member(name="alice")["user"]["id"])
    command = await fake.send_slash_command("ping", user_id=alice)
    interaction = await asyncio.wait_for(bot.pinged.get(), timeout=10)
    fake.inject_disconnect("PATCH", EDITS, when="after")
    route = InteractionRoute(interaction, TokenLease(), ephemeral=False)
    with pytest.raises(DeliveryError) as lost:
        await route.edit_original("50% done")
    assert lost.value.fault is Fault.TRANSIENT  # repeating an edit changes nothing
    await route.edit_original("50% done")
    assert command.original is not None and command.original["content"] == "50% done"


@pytest.mark.parametrize(
    ("exc", "repeatable", "fault"),
    [
        (aiohttp.ServerDisconnectedError(), True, Fault.TRANSIENT),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), True, Fault.TRANSIENT),
        (ConnectionResetError(104, "reset"), True, Fault.TRANSIENT),
        (TimeoutError(), True, Fault.TRANSIENT),
        (aiohttp.ServerDisconnectedError(), False, Fault.UNCERTAIN),
        (TimeoutError(), False, Fault.UNCERTAIN),
        (discord.RateLimited(3.0), False, Fault.TRANSIENT),
    ],
)
def test_network_errors_are_transient_where_a_repeat_is_harmless(
    exc: Exception, repeatable: bool, fault: Fault
) -> None:
    error = fault_of(exc, with_files=False, token_route=not repeatable, repeatable=repeatable)
    assert error.fault is fault


def test_a_connection_never_made_is_transient_even_for_a_follow_up() -> None:
    never_made = aiohttp.ClientConnectorError(
        aiohttp.client_reqrep.ConnectionKey("discord.com", 443, True, True, None, None, None),
        ConnectionRefusedError(111, "refused"),
    )
    assert fault_of(never_made, with_files=False, token_route=True, repeatable=False).fault is (
        Fault.TRANSIENT
    )
