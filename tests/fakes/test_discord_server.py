"""The loopback Discord fake drives the real, unmodified discord.py client end to end."""

from __future__ import annotations

import io
import logging
import time
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.fakes.discord_server import (
    ATTACH_FILES,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    CallbackType,
    FakeDiscord,
    MessageFlags,
    running_bot,
)

CLIP_BYTES = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(256)) * 4
PREVIEW_PREFIX = b"preview:"


class PanelView(discord.ui.View):
    """Persistent view: a button that opens a modal."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Name it", style=discord.ButtonStyle.primary, custom_id="panel:name")
    async def name_it(
        self, interaction: discord.Interaction, button: discord.ui.Button[PanelView]
    ) -> None:
        await interaction.response.send_modal(NameModal())


class NameModal(discord.ui.Modal, title="Name your voice"):
    """Modal with one text input."""

    voice_name: discord.ui.TextInput[NameModal] = discord.ui.TextInput(
        label="Voice name", custom_id="voice_name", max_length=32
    )

    def __init__(self) -> None:
        super().__init__(custom_id="panel:modal")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        assert isinstance(client, EchoBot)
        client.submitted_names.append(self.voice_name.value)
        await interaction.response.send_message(
            f"Saved voice {self.voice_name.value!r}", ephemeral=True
        )


class ChoiceView(discord.ui.View):
    """Non-persistent view: a select that rewrites the message, a button that defers."""

    def __init__(self) -> None:
        super().__init__(timeout=60)

    @discord.ui.select(
        custom_id="choice:model",
        options=[
            discord.SelectOption(label="Fast", value="fast"),
            discord.SelectOption(label="HD", value="hd"),
        ],
    )
    async def model(
        self, interaction: discord.Interaction, select: discord.ui.Select[ChoiceView]
    ) -> None:
        await interaction.response.edit_message(content=f"Model: {select.values[0]}", view=None)

    @discord.ui.button(label="Render", custom_id="choice:render")
    async def render(
        self, interaction: discord.Interaction, button: discord.ui.Button[ChoiceView]
    ) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(
            content="Rendered",
            attachments=[discord.File(io.BytesIO(b"audio"), filename="render.ogg")],
        )


class EchoBot(commands.Bot):
    """A minimal bot exercising the paths a voice-cloning bot uses."""

    def __init__(self, guild_id: int, review_channel_id: int) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents.default())
        self.guild = discord.Object(id=guild_id)
        self.review_channel_id = review_channel_id
        self.downloaded: list[bytes] = []
        self.submitted_names: list[str] = []
        self.voice_messages: list[discord.Attachment] = []
        self._register_commands()

    def _register_commands(self) -> None:
        @app_commands.command(name="clone", description="Clone a voice from a clip")
        @app_commands.describe(clip="Audio clip", name="Voice name")
        async def clone(
            interaction: discord.Interaction, clip: discord.Attachment, name: str
        ) -> None:
            await interaction.response.defer(thinking=True)
            data = await clip.read()
            self.downloaded.append(data)
            await interaction.edit_original_response(
                content=f"Received {len(data)} bytes from {clip.filename}"
            )
            embed = discord.Embed(title="Voice ready", description=name)
            file = discord.File(io.BytesIO(PREVIEW_PREFIX + data), filename="preview.wav")
            await interaction.followup.send(embed=embed, file=file)

        @app_commands.command(name="panel", description="Show the voice panel")
        async def panel(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Voice panel", view=PanelView())

        @app_commands.command(name="choose", description="Choose a model")
        async def choose(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Pick a model", view=ChoiceView())

        @app_commands.command(name="report", description="Report to moderators")
        @app_commands.default_permissions(manage_guild=True)
        async def report(interaction: discord.Interaction, reason: str) -> None:
            channel = self.get_channel(self.review_channel_id)
            assert isinstance(channel, discord.TextChannel)
            await channel.send(
                f"Report: {reason}", file=discord.File(io.BytesIO(b"log"), filename="log.txt")
            )
            await interaction.user.send("Your report was filed.")
            await interaction.response.send_message("Reported.", ephemeral=True)

        @app_commands.context_menu(name="Clone this voice")
        async def clone_message(interaction: discord.Interaction, message: discord.Message) -> None:
            voice = [a for a in message.attachments if a.is_voice_message()]
            self.voice_messages.extend(voice)
            await interaction.response.send_message(f"voice messages: {len(voice)}", ephemeral=True)

        for command in (clone, panel, choose, report, clone_message):
            self.tree.add_command(command, guild=self.guild)

    async def setup_hook(self) -> None:
        self.add_view(PanelView())
        await self.tree.sync(guild=self.guild)


@pytest.fixture
async def fake(caplog: pytest.LogCaptureFixture) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server
    assert server.unhandled == [], (
        f"the bot hit routes the fake does not implement: {server.unhandled}"
    )
    # A payload discord.py cannot parse is only logged (and may kill the client).
    errors = [
        r for r in caplog.records if r.name.startswith("discord") and r.levelno >= logging.ERROR
    ]
    assert errors == [], [r.getMessage() for r in errors]


def make_bot(fake: FakeDiscord) -> EchoBot:
    return EchoBot(fake.guild_id, fake.review_channel_id)


def member_id(member: dict[str, object]) -> int:
    user = member["user"]
    assert isinstance(user, dict)
    return int(user["id"])


async def test_slash_command_with_attachment_round_trip(fake: FakeDiscord) -> None:
    alice = member_id(fake.add_member(name="alice", roles=[fake.member_role_id]))
    clip = fake.add_attachment("clip.wav", CLIP_BYTES)

    async with running_bot(fake, make_bot(fake)) as bot:
        assert isinstance(bot, EchoBot)
        synced = {c["name"]: c for c in fake.synced_commands[fake.guild_id]}
        assert set(synced) == {"clone", "panel", "choose", "report", "Clone this voice"}
        assert [o["type"] for o in synced["clone"]["options"]] == [11, 3]

        interaction = await fake.send_slash_command(
            "clone", {"name": "Alice"}, attachments={"clip": clip}, user_id=alice
        )
        callback = await interaction.wait_for_callback(timeout=3)
        assert callback.type == CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
        assert interaction.callback_latency is not None
        assert interaction.callback_latency < 3.0

        await interaction.wait_for(lambda i: bool(i.followups), timeout=5)

    assert bot.downloaded == [CLIP_BYTES]
    assert fake.downloads[int(clip["id"])] == 1
    original = interaction.original
    assert original is not None
    assert original["content"] == f"Received {len(CLIP_BYTES)} bytes from clip.wav"
    assert not original["flags"] & MessageFlags.LOADING
    assert len(interaction.edits) == 1

    followup = interaction.final_message()
    assert followup["embeds"][0]["title"] == "Voice ready"
    assert followup["embeds"][0]["description"] == "Alice"
    [preview] = followup["files"]
    assert preview.filename == "preview.wav"
    assert preview.data == PREVIEW_PREFIX + CLIP_BYTES
    assert preview.content_type.startswith("audio/")
    assert followup["attachments"][0]["id"] == str(preview.attachment_id)
    assert fake.attachment_bytes(followup["attachments"][0]["id"]) == preview.data


async def test_button_and_modal_reach_the_bot(fake: FakeDiscord) -> None:
    bob = member_id(fake.add_member(name="bob"))

    async with running_bot(fake, make_bot(fake)) as bot:
        assert isinstance(bot, EchoBot)
        command = await fake.send_slash_command("panel", user_id=bob)
        callback = await command.wait_for_callback()
        assert callback.type == CallbackType.CHANNEL_MESSAGE_WITH_SOURCE
        panel = command.original
        assert panel is not None
        assert panel["content"] == "Voice panel"

        click = await fake.click_button(panel, "panel:name", user_id=bob)
        modal_callback = await click.wait_for_callback()
        assert modal_callback.type == CallbackType.MODAL
        assert modal_callback.data["title"] == "Name your voice"

        submit = await fake.submit_modal("panel:modal", {"voice_name": "Robot Bob"}, user_id=bob)
        await submit.wait_for(lambda i: i.original is not None)

    assert bot.submitted_names == ["Robot Bob"]
    reply = submit.final_message()
    assert reply["content"] == "Saved voice 'Robot Bob'"
    assert reply["flags"] & MessageFlags.EPHEMERAL


async def test_component_updates_edit_the_message(fake: FakeDiscord) -> None:
    dana = member_id(fake.add_member(name="dana"))

    async with running_bot(fake, make_bot(fake)):
        command = await fake.send_slash_command("choose", user_id=dana)
        await command.wait_for_callback()
        message = command.original
        assert message is not None

        render = await fake.click_button(message, "choice:render", user_id=dana)
        await render.wait_for(lambda i: bool(i.edits))
        assert render.callbacks[0].type == CallbackType.DEFERRED_UPDATE_MESSAGE
        assert render.original is message
        assert message["content"] == "Rendered"
        assert [f.data for f in message["files"]] == [b"audio"]

        with pytest.raises(ValueError, match="no options"):
            await fake.choose_select(message, "choice:model", ["slow"], user_id=dana)
        select = await fake.choose_select(message, "choice:model", ["hd"], user_id=dana)
        assert (await select.wait_for_callback()).type == CallbackType.UPDATE_MESSAGE

    assert message["content"] == "Model: hd"
    assert message["components"] == []
    assert message["edited_timestamp"] is not None


async def test_channel_messages_dms_and_permissions(fake: FakeDiscord) -> None:
    moderator = member_id(fake.add_member(name="mod", roles=[fake.moderator_role_id]))
    plain = member_id(fake.add_member(name="plain"))

    async with running_bot(fake, make_bot(fake)):
        with pytest.raises(PermissionError):
            await fake.send_slash_command("report", {"reason": "spam"}, user_id=plain)
        with pytest.raises(LookupError, match="not synced"):
            await fake.send_slash_command("missing", user_id=moderator)

        interaction = await fake.send_slash_command("report", {"reason": "spam"}, user_id=moderator)
        posted = await fake.wait_for_channel_message(fake.review_channel_id)
        dm = await fake.wait_for_dm(moderator)
        await interaction.wait_for(lambda i: i.original is not None)

    assert posted["content"] == "Report: spam"
    assert posted["files"][0].data == b"log"
    assert dm["content"] == "Your report was filed."
    member = interaction.payload["member"]
    assert int(member["permissions"]) & discord.Permissions(manage_guild=True).value


async def test_voice_message_context_menu(fake: FakeDiscord) -> None:
    carol = member_id(fake.add_member(name="carol"))
    voice = fake.add_voice_message(fake.channel_id, carol, b"OggS" + bytes(64), duration_secs=2.5)

    async with running_bot(fake, make_bot(fake)) as bot:
        assert isinstance(bot, EchoBot)
        interaction = await fake.send_message_command("Clone this voice", voice, user_id=carol)
        await interaction.wait_for(lambda i: i.original is not None)

    assert interaction.original is not None
    assert interaction.original["content"] == "voice messages: 1"
    [attachment] = bot.voice_messages
    assert attachment.duration == 2.5
    assert attachment.content_type == "audio/ogg"


async def test_rate_limited_follow_up_is_retried(fake: FakeDiscord) -> None:
    alice = member_id(fake.add_member(name="alice"))
    clip = fake.add_attachment("clip.wav", CLIP_BYTES)
    fake.inject_rate_limit("POST", r"/webhooks/\d+/[^/]+", retry_after=0.05)

    async with running_bot(fake, make_bot(fake)):
        interaction = await fake.send_slash_command(
            "clone", {"name": "A", "clip": clip}, user_id=alice
        )
        await interaction.wait_for(lambda i: bool(i.followups), timeout=5)

    statuses = [
        r.status for r in fake.requests if r.method == "POST" and r.path.startswith("/webhooks/")
    ]
    assert statuses == [429, 200]


async def test_bot_restart_reconnects_with_fresh_session(fake: FakeDiscord) -> None:
    alice = member_id(fake.add_member(name="alice"))

    async with running_bot(fake, make_bot(fake)):
        first = await fake.send_slash_command("panel", user_id=alice)
        await first.wait_for_callback()
    first_ids = {c["name"]: c["id"] for c in fake.synced_commands[fake.guild_id]}

    async with running_bot(fake, make_bot(fake)) as bot:
        assert isinstance(bot, EchoBot)
        second = await fake.send_slash_command("panel", user_id=alice)
        await second.wait_for_callback()
        # The persistent view registered in setup_hook handles clicks on the old message.
        assert first.original is not None
        click = await fake.click_button(first.original, "panel:name", user_id=alice)
        assert (await click.wait_for_callback()).type == CallbackType.MODAL

    identified = [c for c in fake.connections if c.identify is not None]
    assert len(identified) == 2
    assert identified[0].session_id != identified[1].session_id
    assert all(c.closed for c in fake.connections)
    assert fake.sync_count == 2
    assert {c["name"]: c["id"] for c in fake.synced_commands[fake.guild_id]} == first_ids


async def test_gateway_resume_keeps_the_bot_working(fake: FakeDiscord) -> None:
    erin = member_id(fake.add_member(name="erin"))

    async with running_bot(fake, make_bot(fake)):
        session = fake.connection.session_id
        await fake.force_reconnect()
        assert fake.connection.resumed
        assert fake.connection.session_id == session
        interaction = await fake.send_slash_command("panel", user_id=erin)
        callback = await interaction.wait_for_callback()
        assert callback.type == CallbackType.CHANNEL_MESSAGE_WITH_SOURCE

    assert len(fake.connections) == 2


async def test_bad_token_is_rejected(fake: FakeDiscord) -> None:
    fake.install()
    bot = make_bot(fake)
    try:
        with pytest.raises(discord.LoginFailure):
            await bot.login("not-the-token")
    finally:
        await bot.close()
        fake.uninstall()
    assert discord.http.Route.BASE == "https://discord.com/api/v10"


async def test_interaction_token_expires_like_discords(fake: FakeDiscord) -> None:
    alice = member_id(fake.add_member(name="alice"))
    async with running_bot(fake, make_bot(fake)), aiohttp.ClientSession() as session:
        command = await fake.send_slash_command("panel", user_id=alice)
        await command.wait_for_callback()
        webhook = discord.Webhook.partial(
            fake.application_id,
            command.token,
            session=session,
        )
        assert command.token_alive
        await webhook.send("still alive", wait=True)
        fake.expire_token(command)
        with pytest.raises(discord.HTTPException) as refused:
            await webhook.send("too late", wait=True)
        fake.interaction_token_lifetime = 0.0  # the setting: every token is past its life
        other = await fake.send_slash_command("panel", user_id=alice)
        await other.wait_for_callback()
        late = discord.Webhook.partial(
            fake.application_id,
            other.token,
            session=session,
        )
        with pytest.raises(discord.HTTPException) as edit_refused:
            await late.fetch_message(int(other.original["id"]))  # type: ignore[index]
    for error in (refused.value, edit_refused.value):
        assert (error.status, error.code, error.text) == (401, 50027, "Invalid Webhook Token")
    assert [m["content"] for m in command.followups] == ["still alive"]


async def test_channel_permission_faults_and_deleted_channels(fake: FakeDiscord) -> None:
    async with running_bot(fake, make_bot(fake)) as bot:
        channel = bot.get_channel(fake.review_channel_id)
        assert isinstance(channel, discord.TextChannel)
        await fake.set_channel_permissions(fake.review_channel_id, deny=ATTACH_FILES)
        await fake.wait_until_bot_sees(
            lambda: not channel.permissions_for(channel.guild.me).attach_files
        )
        with pytest.raises(discord.Forbidden) as no_files:
            await channel.send("log", file=discord.File(io.BytesIO(b"x"), filename="x.txt"))
        await channel.send("text still works")
        await fake.set_channel_permissions(fake.review_channel_id, deny=SEND_MESSAGES)
        with pytest.raises(discord.Forbidden) as no_send:
            await channel.send("no")
        await fake.set_channel_permissions(fake.review_channel_id, deny=VIEW_CHANNEL)
        with pytest.raises(discord.Forbidden) as no_access:
            await channel.send("no")

        await fake.delete_channel(fake.channel_id)
        await fake.wait_until_bot_sees(lambda: bot.get_channel(fake.channel_id) is None)
        with pytest.raises(discord.NotFound) as gone:
            await bot.get_partial_messageable(fake.channel_id).send("anyone?")
        with pytest.raises(discord.NotFound):
            await bot.fetch_channel(fake.channel_id)
    assert (no_files.value.code, no_send.value.code) == (50013, 50013)
    assert no_access.value.code == 50001 and no_access.value.text == "Missing Access"
    assert gone.value.code == 10003
    assert [m["content"] for m in fake.channel_messages[fake.review_channel_id]] == [
        "text still works"
    ]


async def test_closed_dms_and_follow_up_server_errors(fake: FakeDiscord) -> None:
    alice = member_id(fake.add_member(name="alice"))
    fake.dm_closed_users.add(alice)
    clip = fake.add_attachment("clip.wav", CLIP_BYTES)
    fake.fail_followups(status=500, times=1)
    async with running_bot(fake, make_bot(fake)) as bot:
        with pytest.raises(discord.Forbidden) as closed:
            await (await bot.create_dm(discord.Object(alice))).send("hi")
        interaction = await fake.send_slash_command(
            "clone", {"name": "A", "clip": clip}, user_id=alice
        )
        await interaction.wait_for(lambda i: bool(i.followups), timeout=10)
    assert closed.value.code == 50007
    statuses = [r.status for r in fake.requests if r.method == "POST" and "/webhooks/" in r.path]
    assert statuses == [500, 200]  # discord.py retried the 5xx itself


async def test_enforced_nonce_returns_the_first_message_in_that_channel(fake: FakeDiscord) -> None:
    alice = member_id(fake.add_member(name="alice"))
    async with running_bot(fake, make_bot(fake)) as bot:
        general = bot.get_channel(fake.channel_id)
        review = bot.get_channel(fake.review_channel_id)
        assert isinstance(general, discord.TextChannel) and isinstance(review, discord.TextChannel)
        first = await general.send("first", nonce="req-1")
        again = await general.send("second", nonce="req-1")  # discord.py sets enforce_nonce
        elsewhere = await review.send("review", nonce="req-1")
        dm = await bot.create_dm(discord.Object(alice))
        in_dm = await dm.send("dm", nonce="req-1")
        in_dm_again = await dm.send("dm again", nonce="req-1")
        # Without enforce_nonce a repeated nonce is a new message, as on Discord.
        route = discord.http.Route("POST", "/channels/{channel_id}/messages", channel_id=general.id)
        loose = await bot.http.request(route, json={"content": "loose", "nonce": "req-1"})
        third = await general.send("third", nonce="req-1")
    assert (again.id, again.content) == (first.id, "first")
    assert third.id == first.id
    assert in_dm_again.id == in_dm.id and len({first.id, elsewhere.id, in_dm.id}) == 3
    assert int(loose["id"]) not in {first.id, elsewhere.id}
    assert [m["content"] for m in fake.channel_messages[fake.channel_id]] == ["first", "loose"]
    assert [m["content"] for m in fake.dm_messages[alice]] == ["dm"]
    assert fake.message(first.id)["nonce"] == "req-1"


async def test_enforced_nonce_is_forgotten_after_the_window(fake: FakeDiscord) -> None:
    fake.nonce_window = 0.0  # every earlier use is already older than the window
    async with running_bot(fake, make_bot(fake)) as bot:
        channel = bot.get_channel(fake.channel_id)
        assert isinstance(channel, discord.TextChannel)
        first = await channel.send("first", nonce="req-1")
        second = await channel.send("second", nonce="req-1")
    assert first.id != second.id
    assert len(fake.channel_messages[fake.channel_id]) == 2


async def test_a_nonce_longer_than_25_characters_is_refused(fake: FakeDiscord) -> None:
    async with running_bot(fake, make_bot(fake)) as bot:
        channel = bot.get_channel(fake.channel_id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.HTTPException) as refused:
            await channel.send("too long", nonce="n" * 26)
        fits = await channel.send("fits", nonce="n" * 25)
    assert (refused.value.status, refused.value.code) == (400, 50035)
    assert "nonce" in refused.value.text
    assert [m["id"] for m in fake.channel_messages[fake.channel_id]] == [str(fits.id)]


async def test_injected_disconnects_lose_the_answer_before_or_after_acting(
    fake: FakeDiscord,
) -> None:
    posts = r"/channels/\d+/messages"
    async with running_bot(fake, make_bot(fake)) as bot:
        channel = bot.get_channel(fake.channel_id)
        assert isinstance(channel, discord.TextChannel)
        fake.inject_disconnect("POST", posts, when="before")
        with pytest.raises(aiohttp.ServerDisconnectedError):
            await channel.send("never posted")
        fake.inject_disconnect("POST", posts, when="after")
        with pytest.raises(aiohttp.ServerDisconnectedError):
            await channel.send("posted, answer lost")
        fake.inject_disconnect("POST", posts, when="before", reset=True, times=2)
        for _ in range(2):
            with pytest.raises(aiohttp.ClientOSError):
                await channel.send("reset")
        await channel.send("answered")
    assert [m["content"] for m in fake.channel_messages[fake.channel_id]] == [
        "posted, answer lost",
        "answered",
    ]
    outcomes = [(r.status, r.cut) for r in fake.requests if r.method == "POST"]
    assert outcomes == [
        (None, "before"),
        (200, "after"),
        (None, "before"),
        (None, "before"),
        (200, None),
    ]


# ---------------------------------------------------------------- command localizations


def _chat(name: str = "voices", **fields: object) -> dict[str, object]:
    return {"type": 1, "name": name, "description": "The voices", **fields}


def _option(name: str, **fields: object) -> dict[str, object]:
    return {"type": 3, "name": name, "description": "An option", **fields}


_LOCALIZED_OK = [
    _chat(
        name_localizations={"ja": "ボイス", "de": "stimmen", "hi": "आवाज़ें", "th": "เสียง"},
        description_localizations={"ja": "このサーバーでクローンしたボイス", "pt-BR": "As vozes"},
        options=[
            _option(
                "voice",
                name_localizations={"ja": "ボイス", "hi": "आवाज़", "ru": "голос"},
                choices=[{"name": "on", "value": "on", "name_localizations": {"ja": "オン"}}],
            ),
            _option("text", name_localizations={"ja": "テキスト", "fr": "l'énoncé"}),
        ],
    ),
    {
        "type": 3,
        "name": "Speak this message",
        "description": "",
        "name_localizations": {
            "ja": "このメッセージを読み上げる",
            "de": "Diese Nachricht sprechen",
        },
    },
]

#: (a payload breaking one rule, the path of Discord's error, its code)
_REFUSED = {
    "unknown-locale-key": (
        [_chat(name_localizations={"pt_BR": "vozes"})],
        ["0", "name_localizations", "pt_BR"],
        "BASE_TYPE_CHOICES",
    ),
    "unknown-description-locale-key": (
        [_chat(description_localizations={"sv": "Rösterna"})],
        ["0", "description_localizations", "sv"],
        "BASE_TYPE_CHOICES",
    ),
    "command-name-with-space": (
        [_chat(name_localizations={"de": "meine stimmen"})],
        ["0", "name_localizations"],
        "APPLICATION_COMMAND_INVALID_NAME",
    ),
    "command-name-capitalised": (
        [_chat(name_localizations={"de": "Stimmen"})],
        ["0", "name_localizations"],
        "APPLICATION_COMMAND_INVALID_NAME",
    ),
    "option-name-capitalised": (
        [_chat(options=[_option("voice", name_localizations={"ru": "Голос"})])],
        ["0", "options", "0", "name_localizations", "ru"],
        "APPLICATION_COMMAND_INVALID_NAME",
    ),
    "option-name-punctuation": (
        [_chat(options=[_option("voice", name_localizations={"ja": "ボイス。"})])],
        ["0", "options", "0", "name_localizations", "ja"],
        "APPLICATION_COMMAND_INVALID_NAME",
    ),
    "hindi-danda": (
        [_chat(options=[_option("voice", name_localizations={"hi": "आवाज़।"})])],
        ["0", "options", "0", "name_localizations", "hi"],
        "APPLICATION_COMMAND_INVALID_NAME",
    ),
    "name-too-long": (
        [_chat(options=[_option("voice", name_localizations={"de": "s" * 33})])],
        ["0", "options", "0", "name_localizations", "de"],
        "APPLICATION_COMMAND_INVALID_NAME",
    ),
    "name-empty": (
        [_chat(options=[_option("voice", name_localizations={"de": ""})])],
        ["0", "options", "0", "name_localizations", "de"],
        "APPLICATION_COMMAND_INVALID_NAME",
    ),
    "localization-not-a-string": (
        [_chat(description_localizations={"fr": 5})],
        ["0", "description_localizations", "fr"],
        "STRING_TYPE_CONVERT",
    ),
    "description-too-long": (
        [_chat(description_localizations={"fr": "é" * 101})],
        ["0", "description_localizations", "fr"],
        "BASE_TYPE_BAD_LENGTH",
    ),
    "description-empty": (
        [_chat(options=[_option("voice", description_localizations={"fr": ""})])],
        ["0", "options", "0", "description_localizations", "fr"],
        "BASE_TYPE_BAD_LENGTH",
    ),
    "menu-name-too-long": (
        [{"type": 3, "name": "Speak", "description": "", "name_localizations": {"de": "S" * 33}}],
        ["0", "name_localizations", "de"],
        "BASE_TYPE_BAD_LENGTH",
    ),
    "choice-name-too-long": (
        [
            _chat(
                options=[
                    _option(
                        "state",
                        choices=[
                            {"name": "on", "value": "on", "name_localizations": {"ko": "켜" * 101}}
                        ],
                    )
                ]
            )
        ],
        ["0", "options", "0", "choices", "0", "name_localizations", "ko"],
        "BASE_TYPE_BAD_LENGTH",
    ),
    "choice-name-too-long-default": (
        [_chat(options=[_option("state", choices=[{"name": "o" * 101, "value": "on"}])])],
        ["0", "options", "0", "choices", "0", "name"],
        "BASE_TYPE_BAD_LENGTH",
    ),
    "duplicate-localized-option-names": (
        [
            _chat(
                options=[
                    _option("voice", name_localizations={"ja": "ボイス"}),
                    _option("sound", name_localizations={"ja": "ボイス"}),
                ]
            )
        ],
        ["0", "options", "1", "name_localizations", "ja"],
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
    ),
    "localized-option-name-is-a-siblings-default": (
        [_chat(options=[_option("voice"), _option("text", name_localizations={"fr": "voice"})])],
        ["0", "options", "1", "name_localizations", "fr"],
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
    ),
    "duplicate-localized-command-names": (
        [
            _chat("voices", name_localizations={"ja": "ボイス"}),
            _chat("say", name_localizations={"ja": "ボイス"}),
        ],
        ["1"],
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
    ),
    "duplicate-command-names": (
        [_chat("voices"), _chat("voices")],
        ["1"],
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
    ),
}


def _error_at(errors: dict[str, object], path: list[str]) -> list[str]:
    node: object = errors
    for key in path:
        assert isinstance(node, dict), (path, errors)
        node = node.get(key, {})
    assert isinstance(node, dict)
    return [entry["code"] for entry in node.get("_errors", [])]


async def test_command_localizations_discord_accepts(fake: FakeDiscord) -> None:
    async with running_bot(fake, make_bot(fake)) as bot:
        await bot.http.bulk_upsert_guild_commands(fake.application_id, fake.guild_id, _LOCALIZED_OK)
    stored = {c["name"]: c for c in fake.synced_commands[fake.guild_id]}
    assert stored["voices"]["name_localizations"]["hi"] == "आवाज़ें"
    assert stored["Speak this message"]["name_localizations"]["de"] == "Diese Nachricht sprechen"
    assert fake.refused_syncs == []


@pytest.mark.parametrize("rule", list(_REFUSED))
async def test_command_sync_refused_like_discord(fake: FakeDiscord, rule: str) -> None:
    """The whole list is refused (400 50035) and nothing of it stored; the fake records why."""
    payload, path, code = _REFUSED[rule]
    async with running_bot(fake, make_bot(fake)) as bot:
        before = list(fake.synced_commands[fake.guild_id])
        with pytest.raises(discord.HTTPException) as refused:
            await bot.http.bulk_upsert_guild_commands(fake.application_id, fake.guild_id, payload)
    assert (refused.value.status, refused.value.code) == (400, 50035)
    assert fake.synced_commands[fake.guild_id] == before
    [(scope, errors)] = fake.refused_syncs
    assert scope == fake.guild_id
    assert code in _error_at(errors, path), errors


async def test_identify_and_sync_times_are_recorded(fake: FakeDiscord) -> None:
    """benchmarks/footprint.py times start-up from these: each IDENTIFY and each accepted sync
    (the bot syncs in setup_hook, before it connects to the gateway)."""
    before = time.monotonic()
    async with running_bot(fake, make_bot(fake)) as bot:
        with pytest.raises(discord.HTTPException):
            await bot.http.bulk_upsert_guild_commands(
                fake.application_id, fake.guild_id, _REFUSED["name-empty"][0]
            )
    [connection] = fake.connections
    assert connection.identified_at is not None
    assert len(fake.synced_at) == fake.sync_count == 1  # the refused sync is not counted
    assert before <= fake.synced_at[0] <= connection.identified_at <= time.monotonic()
