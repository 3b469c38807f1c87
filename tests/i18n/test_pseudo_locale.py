"""Everything the bot tells members, through the real bot, in the pseudo-locale (issue #18).

Every interaction comes with locale ``en-XA`` and the server's language is ``en-XA`` too, so
each message the bot renders by id arrives as accented English inside ``⟦...⟧``
(bot.i18n.catalog.pseudo). The test drives /clone with consent, moderation (approve; reject
with its modal), /voices, /clone-settings, /say and refusals, then reads every text of every
request the bot sent to the fake Discord (contents, embeds, components, modals, follow-ups,
edits, DMs, channel posts, voice channel statuses): once member-written values, ids,
mentions, URLs, code spans, emoji and numbers are removed, no letter may lie outside ``⟦⟧``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.i18n import PSEUDO
from bot.i18n.catalog import pseudo
from tests.e2e.conftest import BotRunner, discord_fake, make_settings, run_bot
from tests.e2e.helpers import buttons, member, moderator
from tests.e2e.test_clone_localized import voice_message
from tests.e2e.test_voices import settled
from tests.fakes.discord_server import FakeDiscord, FakeInteraction, RecordedRequest
from tests.fakes.inworld_server import FakeInworld

__all__ = ["discord_fake", "make_settings", "run_bot"]  # the e2e fixtures, used here

JSON = dict[str, Any]

#: What members typed in this test: shown as they are, never translated.
MEMBER_VALUES = ("Alice", "Aya", "Bobby", "Hello everyone here.", "Not your voice", "notes")
_AUTOCOMPLETE = 8  # interaction callback type: choices are voice names (member-written)


@dataclass(frozen=True)
class Shown:
    area: str
    where: str
    text: str


def texts_of_message(data: JSON, where: str) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for each piece of text of a message, modal or component payload."""
    if isinstance(data.get("content"), str):
        yield f"{where} content", data["content"]
    if isinstance(data.get("title"), str):  # a modal
        yield f"{where} modal title", data["title"]
    for embed in data.get("embeds") or []:
        for key in ("title", "description"):
            if embed.get(key):
                yield f"{where} embed {key}", embed[key]
        for field in embed.get("fields") or []:
            yield f"{where} embed field name", field.get("name") or ""
            yield f"{where} embed field value", field.get("value") or ""
        for key in ("footer", "author"):
            part = embed.get(key) or {}
            shown = part.get("text") or part.get("name")
            if isinstance(shown, str) and shown:
                yield f"{where} embed {key}", shown
    yield from _component_texts(data.get("components") or [], where)


def _component_texts(components: list[JSON], where: str) -> Iterator[tuple[str, str]]:
    for component in components:
        for key in ("label", "placeholder", "content", "description"):
            if isinstance(component.get(key), str):
                yield f"{where} component {key}", component[key]
        if component.get("type") == 4 and component.get("value"):  # a text input's default
            yield f"{where} text input value", component["value"]
        for option in component.get("options") or []:
            yield f"{where} select option", option.get("label") or ""
            if option.get("description"):
                yield f"{where} select option description", option["description"]
        for key in ("components", "component"):
            nested = component.get(key)
            if isinstance(nested, dict):
                nested = [nested]
            yield from _component_texts(nested or [], where)


def texts_sent(request: RecordedRequest) -> Iterator[tuple[str, str]]:
    """The texts of one request from the bot: messages, follow-ups, edits, callbacks,
    DMs, voice channel statuses (not the command sync: the Translator's test covers it)."""
    body = request.body
    if request.method not in ("POST", "PATCH", "PUT") or not isinstance(body, dict):
        return
    where = f"{request.method} {request.path}"
    if request.path.endswith("/commands"):
        return
    if request.path.endswith("/callback"):
        if body.get("type") == _AUTOCOMPLETE:
            return
        yield from texts_of_message(body.get("data") or {}, where)
    elif request.path.endswith("/voice-status"):
        if body.get("status"):
            yield f"{where} status", body["status"]
    else:
        yield from texts_of_message(body, where)


#: Mentions and timestamps, code spans, URLs, and “quoted” speech (what a voice said or
#: will say: a transcription, a preview sentence in the voice's own language).
_MARKUP = re.compile(r"<[^<>]*>|`[^`]*`|https?://\S+|“[^”]*”")
#: Codec names as ffmpeg reports them: the same in every language.
TECHNICAL = frozenset({"opus", "vorbis", "flac", "aac", "mp3", "pcm", "wav"})


def outside_pseudo(text: str, member_values: tuple[str, ...]) -> str:
    """What of ``text`` lies outside ``⟦...⟧`` (nested too), once member-written values,
    mentions, timestamps, code spans and URLs are out; '' when nothing but digits, emoji,
    punctuation or ids (tokens with a digit or ``_``) is left."""
    out: list[str] = []
    depth = 0
    for char in text:
        if char == "⟦":
            depth += 1
        elif char == "⟧" and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    rest = _MARKUP.sub(" ", "".join(out)).replace("\\", "")  # markdown escapes: EN\\_US
    for value in sorted(member_values, key=len, reverse=True):
        rest = rest.replace(value, " ")
    tokens = [t for t in rest.split() if not re.search(r"[\d_]", t)]  # ids, numbers, sizes
    words = [w for t in tokens for w in re.findall(r"[^\W\d_][\w'-]*", t)]
    return " ".join(w for w in words if w.lower() not in TECHNICAL)


def offenders(shown: list[Shown], member_values: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for item in shown:
        left = outside_pseudo(item.text, member_values)
        if left:
            found.append(f"[{item.area}] {item.where}: {item.text!r}  (outside ⟦⟧: {left!r})")
    return found


def _report(found: list[str]) -> str:
    by_area: defaultdict[str, int] = defaultdict(int)
    for line in found:
        by_area[line[1 : line.index("]")]] += 1
    summary = ", ".join(f"{area}: {n}" for area, n in sorted(by_area.items()))
    return "\n".join([f"{len(found)} text(s) not in the pseudo-locale ({summary}):", *found])


# ------------------------------------------------------------------ driving the bot


def said(message: JSON, value: str) -> bool:
    """Whether a member-written ``value`` is in ``message``, as typed or accented in ⟦⟧."""
    return value in str(message) or pseudo(value)[1:-1] in str(message)


class Script:
    """The bot driven as members whose Discord is in ``en-XA``; every request the bot sent
    is filed under the area of the step that caused it."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.areas: list[tuple[int, str]] = []

    def step(self, area: str) -> None:
        self.areas.append((len(self.fake.requests), area))

    def shown(self) -> list[Shown]:
        found: list[Shown] = []
        audit = f"/channels/{self.fake.audit_channel_id}/"
        for index, request in enumerate(list(self.fake.requests)):
            area = next((a for start, a in reversed(self.areas) if start <= index), "startup")
            if request.path.startswith(audit):
                area = f"audit log ({area})"
            found += [Shown(area, where, text) for where, text in texts_sent(request)]
        return found

    async def command(
        self, command: str, user_id: int, subcommand: str | None = None, **options: Any
    ) -> FakeInteraction:
        attachments = options.pop("attachments", None)
        interaction = await self.fake.send_slash_command(
            command,
            options,
            subcommand=subcommand,
            user_id=user_id,
            attachments=attachments,
            locale=PSEUDO,
        )
        await interaction.wait_for_callback(timeout=5)
        await interaction.wait_for(settled, timeout=30)
        return interaction

    async def clone(self, user_id: int, name: str, *, approval: bool) -> FakeInteraction:
        sample = self.fake.add_attachment("voice-message.ogg", voice_message())
        interaction = await self.fake.send_slash_command(
            "clone", {"name": name}, user_id=user_id, attachments={"sample": sample}, locale=PSEUDO
        )
        await interaction.wait_for_callback(timeout=5)

        def prompted(i: FakeInteraction) -> bool:
            return any("consent:yes" in b.get("custom_id", "") for b in buttons(i.original or {}))

        await interaction.wait_for(prompted, timeout=30)
        prompt = dict(interaction.original or {})
        confirm = next(b for b in buttons(prompt) if b["custom_id"].startswith("consent:yes"))
        click = await self.fake.click_button(
            prompt, confirm["custom_id"], user_id=user_id, locale=PSEUDO
        )
        await click.wait_for_callback()
        if not approval:
            await interaction.wait_for(lambda i: not buttons(i.original or {}), timeout=30)
        return interaction

    async def posted(self, messages: list[JSON], before: int) -> JSON:
        """The next message of ``messages`` (a channel's, or a member's DMs) after
        ``before`` of them (member-written names are accented in ⟦⟧: counts, not texts)."""
        await self.fake.wait_until_bot_sees(lambda: len(messages) > before, timeout=30)
        return messages[before]

    async def press(self, message: JSON, prefix: str, user_id: int) -> FakeInteraction:
        button = next(b for b in buttons(message) if b["custom_id"].startswith(prefix))
        click = await self.fake.click_button(
            message, button["custom_id"], user_id=user_id, locale=PSEUDO
        )
        await click.wait_for_callback(timeout=5)
        return click


async def test_every_text_a_member_reads_is_rendered_by_id(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    fake.guilds[fake.guild_id].locale = PSEUDO  # GUILD_CREATE's preferred_locale
    script = Script(fake)
    async with run_bot(rename_cooldown_seconds=0, guild_cooldown_seconds=0):
        mod, alice, bob = moderator(fake), member(fake, "alice"), member(fake, "bob")

        script.step("settings")
        await script.command(
            "clone-settings",
            mod,
            "approval",
            required=True,
            review_channel=fake.review_channel_id,
        )
        await script.command("clone-settings", mod, "audit-channel", channel=fake.audit_channel_id)
        await script.command("clone-settings", mod, "show")

        reviews = fake.channel_messages[fake.review_channel_id]
        dms = fake.dm_messages[alice]
        script.step("clone")
        await script.clone(alice, "Alice", approval=True)
        script.step("moderation")
        review = await script.posted(reviews, 0)
        await script.press(review, "review:approve", mod)
        await script.posted(dms, 0)  # approved: the member hears of it
        (voice_id,) = fake_inworld.voices

        script.step("clone")
        await script.clone(alice, "Bobby", approval=True)
        script.step("moderation")
        review = await script.posted(reviews, 1)
        click = await script.press(review, "review:reject", mod)
        modal_id = click.callbacks[0].data["custom_id"]
        submit = await fake.submit_modal(
            modal_id, {"reason": "Not your voice"}, user_id=mod, message=review, locale=PSEUDO
        )
        await submit.wait_for(lambda i: bool(i.callbacks), timeout=10)
        await fake.wait_for_dm(alice, lambda m: said(m, "Not your voice"), timeout=30)

        script.step("voices")
        await script.command("voices", alice, "list")
        await script.command("voices", alice, "info", voice=voice_id)
        await script.command("voices", alice, "rename", voice=voice_id, name="Aya")
        await script.command("voices", alice, "preview", voice=voice_id)

        script.step("speech")
        await script.command("say", alice, text="Hello everyone here.")

        script.step("consent/errors")
        await script.command("voices", bob, "info", voice=voice_id)  # another member's voice
        await script.command("say", alice, text="```code only```")  # nothing to say aloud
        notes = fake.add_attachment("notes.txt", b"not a recording at all\n" * 20)
        await script.command("clone", alice, name="Aya", attachments={"sample": notes})

    shown = script.shown()
    assert {s.area for s in shown} >= {"settings", "clone", "moderation", "voices", "speech"}
    ids = (*fake_inworld.voices, voice_id, str(alice), str(bob), str(mod))
    found = offenders(shown, (*MEMBER_VALUES, *ids))
    print(_report(found))
    assert found == [], _report(found)


# ------------------------------------------------------------------ the checker itself


def test_pseudo_text_passes_and_english_is_caught() -> None:
    from bot.i18n import tr

    values = ("Alice",)
    rendered = tr(PSEUDO, "clone-stage-processing")
    assert rendered.startswith("⟦") and outside_pseudo(rendered, values) == ""
    assert outside_pseudo("✅ ⟦Vöîçé **Alice** çréàţéð⟧ <@123> `v_1` 42 🎙️", values) == ""
    assert outside_pseudo("Alice · `workspace__alice` · <t:1700000000:R>", values) == ""
    assert outside_pseudo("⟦Öûţéŕ ⟦îññéŕ⟧ ŵöŕð⟧ Voice created", values) == "Voice created"
    assert outside_pseudo("⟦Làbél⟧: Approved", values) == "Approved"
    assert outside_pseudo("⟦Hééàrð⟧: “Hello there” opus EN\\_US", values) == ""


def test_every_text_of_a_request_is_read() -> None:
    message = {
        "content": "c",
        "embeds": [
            {
                "title": "t",
                "description": "d",
                "fields": [{"name": "fn", "value": "fv"}],
                "footer": {"text": "f"},
                "author": {"name": "a"},
            }
        ],
        "components": [
            {
                "type": 1,
                "components": [
                    {"type": 2, "label": "b", "custom_id": "x"},
                    {"type": 3, "placeholder": "p", "options": [{"label": "o", "value": "v"}]},
                ],
            }
        ],
    }
    modal = {"title": "m", "components": [{"type": 18, "label": "l", "component": {"type": 4}}]}
    requests = [
        RecordedRequest("POST", "/channels/1/messages", {}, 0.0, body=message),
        RecordedRequest(
            "POST", "/interactions/1/t/callback", {}, 0.0, body={"type": 9, "data": modal}
        ),
        RecordedRequest("PUT", "/channels/2/voice-status", {}, 0.0, body={"status": "s"}),
        RecordedRequest("PUT", "/applications/1/commands", {}, 0.0, body={"content": "no"}),
    ]
    got = {text for r in requests for _, text in texts_sent(r)}
    assert got == {"c", "t", "d", "fn", "fv", "f", "a", "b", "p", "o", "m", "l", "s"}
