"""No English sentence a member reads is left in code (issue #18): every one is a message id.

The scan (tests/i18n/literals.py) reads bot/ and cogs/ (not bot/check/, which talks to the
operator) for string literals of two words or more that reach Discord: error messages shown
to members, message contents, embeds, components, modals, lifecycle notices, directly or
through a name. Each finding prints as ``file:line: 'text' (where it goes)``.
"""

from __future__ import annotations

from collections import defaultdict
from textwrap import dedent

import pytest

from tests.i18n.literals import ROOT, Finding, is_prose, scan, scan_sources

#: (file, literal) -> why it may stay English. Keep it short: a finding belongs in a .ftl file.
ALLOWED: dict[tuple[str, str], str] = {
    ("cogs/clone.py", "Clone this voice"): (
        "discord.py needs a class-level Modal title; __init__ passes title=tr(locale, ...)"
    ),
}


def _report(findings: list[Finding]) -> str:
    by_file: defaultdict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_file[finding.path].append(finding)
    lines = [f"{len(findings)} English literal(s) a member would read:"]
    for path, found in sorted(by_file.items()):
        lines.append(f"  {path} ({len(found)})")
        lines += [f"    {f}" for f in found]
    return "\n".join(lines)


def test_no_english_literal_reaches_a_member() -> None:
    found = [f for f in scan() if (f.path, f.text) not in ALLOWED]
    print(_report(found))
    assert found == [], _report(found)


def test_every_allowance_is_still_needed() -> None:
    seen = {(f.path, f.text) for f in scan()}
    stale = [key for key in ALLOWED if key not in seen]
    assert stale == [], f"remove these from ALLOWED: {stale}"


def test_the_scan_covers_the_code() -> None:
    found = scan_sources({"cogs/x.py": (ROOT / "cogs" / "voices.py").read_text("utf-8")})
    assert isinstance(found, list)
    assert (ROOT / "bot" / "check").is_dir()  # left out on purpose: operator output


# ------------------------------------------------------------------ the scan itself

ERRORS = """
class UserFacingError(Exception):
    def __init__(self, user_message): ...
class PolicyRefusal(UserFacingError): ...
class RecordingRefused(PolicyRefusal): ...
class QueueFull(UserFacingError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"The queue is full ({limit} requests).")
class AudioError(Exception):
    default_message = "That file is not usable."
    def __init__(self, user_message=None, *, detail=None): ...
class NotAudio(AudioError):
    def __init__(self, kind: str, user_message=None): ...
class InworldError(Exception):
    member_message = "Inworld is not answering."
class VoiceMayExist(InworldError):
    user_message = "Inworld may have made your voice."
class Internal(Exception):
    def __init__(self, message): ...
"""


def _found(code: str) -> list[str]:
    sources = {"bot/errors.py": ERRORS, "cogs/sample.py": dedent(code)}
    return [f.text for f in scan_sources(sources) if f.path == "cogs/sample.py"]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # (a) errors a member reads, subclasses found through the project's classes
        ('raise PolicyRefusal("You are blocked here.")', "You are blocked here."),
        ('raise RecordingRefused(f"Say it {n} times.")', "Say it {…} times."),
        ('raise NotAudio("a text file", "Not an audio file.")', "Not an audio file."),
        ('raise UserFacingError(user_message="Try again later.")', "Try again later."),
        # (b) embeds, components, modals, footers
        ('discord.Embed(title="Your voices", colour=1)', "Your voices"),
        ('embed.add_field(name="Created at", value=when)', "Created at"),
        ('embed.add_field(name=n, value="No voices yet")', "No voices yet"),
        ('embed.set_footer(text="Only you see this")', "Only you see this"),
        ('discord.ui.Button(label="Delete it", custom_id="v:del")', "Delete it"),
        ('discord.SelectOption(label=x, description="A server voice")', "A server voice"),
        ('discord.ui.TextInput(label=x, placeholder="Why was it refused")', "Why was it refused"),
        ('discord.ui.Modal(title="Reject the request")', "Reject the request"),
        ("class Ask(discord.ui.Modal, title='Name the voice'): pass", "Name the voice"),
        # (c) message contents
        (
            'await interaction.response.send_message("Voice deleted.", ephemeral=True)',
            "Voice deleted.",
        ),
        ('await interaction.followup.send(f"Voice **{name}** renamed.")', "Voice **{…}** renamed."),
        ('await message.reply("Speaking now in your channel")', "Speaking now in your channel"),
        ('await interaction.edit_original_response(content="All done here")', "All done here"),
        ('await post.edit(content="✅ Approved by a moderator")', "✅ Approved by a moderator"),
        ('await channel.send(content="New request " + name)', "New request "),
        ('await ctx.send("No voice yet" if empty else other)', "No voice yet"),
        ('await ctx.send("\\n".join(["First line here", x]))', "First line here"),
        ('await ctx.send(TEXTS[kind])\nTEXTS = {"a": "Voice is gone"}', "Voice is gone"),
        ('{"content": "Review this voice", "flags": 64}', "Review this voice"),
        ('Said(notice=f"<@{uid}> your voice was deleted")', "<@{…}> your voice was deleted"),
        # (e) through names: module constants, locals, a project function's text parameter
        (
            'DONE = "Voice created."\nasync def f(i):\n    await i.followup.send(DONE)',
            "Voice created.",
        ),
        (
            'async def f(i):\n    text = "Nothing to skip."\n    await i.followup.send(text)',
            "Nothing to skip.",
        ),
        ('def post(where, content): ...\npost(ch, "A new voice is ready")', "A new voice is ready"),
    ],
)
def test_a_member_facing_literal_is_found(code: str, text: str) -> None:
    assert text in _found(code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # (d) error classes' own messages
        (ERRORS, "The queue is full ({…} requests)."),
        (ERRORS, "That file is not usable."),
        (ERRORS, "Inworld is not answering."),
        (ERRORS, "Inworld may have made your voice."),
    ],
)
def test_an_error_classes_message_is_found(code: str, text: str) -> None:
    assert text in [f.text for f in scan_sources({"bot/errors.py": code})]


@pytest.mark.parametrize(
    "code",
    [
        'log.info("voice %s deleted by %s", a, b)',
        'logger.warning(f"could not post the review for {x}")',
        '"""A docstring with many words."""',
        'raise Internal("the queue is closed for now")',
        'raise NotAudio("a text file")',  # the kind: an English key, mapped to a message
        '@app_commands.command(name="list", description="Your voices and the server voices.")\n'
        "async def f(i): ...",
        '@app_commands.describe(voice="The voice to rename")\nasync def f(i): ...',
        'app_commands.Choice(name="English (US)", value="EN_US")',
        'discord.ui.Button(label=tr(loc, "x"), custom_id="voice delete confirm")',
        'await session.execute(text("select id from voices where guild_id = :g"))',
        'x = {"Voice name here": tr(loc, "x")}',
        'await interaction.response.send_message(tr(locale, "voices-deleted", name=n))',
        'await interaction.response.send_message("✅ 🎙️")',
        'await interaction.followup.send(f"<@{user_id}> <#{channel_id}>")',
        'await interaction.followup.send("`/clone` https://discord.com/x")',
        'embed.add_field(name="ID", value=voice_id)',
        'REQUESTS = Counter("clone requests total", "Clone requests that ended.")',
    ],
)
def test_what_is_not_member_facing_prose_is_left(code: str) -> None:
    assert _found(code) == []


def test_a_literal_slipped_into_the_real_code_is_found() -> None:
    """A scratch copy of a converted cog with one English reply put back."""
    path = "cogs/voices.py"
    source = (ROOT / path).read_text("utf-8")
    scratch = source + dedent(
        """

        async def _scratch(interaction):
            await interaction.response.send_message("That voice is not yours.", ephemeral=True)
        """
    )
    before = {f.text for f in scan_sources({path: source})}
    after = {f.text for f in scan_sources({path: scratch})}
    assert after - before == {"That voice is not yours."}


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Voice created.", True),
        ("It's done", True),
        ("✅ Done.", False),
        ("speech_seconds", False),
        ("consent:yes:123", False),
        ("cogs.clone", False),
        ("<@123> <#456>", False),
        ("`/clone name`", False),
        ("https://example.com/some/path", False),
    ],
)
def test_what_counts_as_prose(text: str, prose: bool) -> None:
    assert is_prose(text) is prose
