"""Drive /clone through the fake Discord the way a member would."""

from __future__ import annotations

import base64
from typing import Any

from tests.fakes.discord_server import FakeDiscord, FakeInteraction, MessageFlags


def member(fake: FakeDiscord, name: str = "alice", roles: tuple[int, ...] = ()) -> int:
    payload = fake.add_member(name=name, roles=[fake.member_role_id, *roles])
    return int(payload["user"]["id"])


def is_finished(interaction: FakeInteraction) -> bool:
    """The reply reached its final line: an error, or the result (sent before the ✅ line)."""
    content = (interaction.original or {}).get("content") or ""
    return content.startswith(("❌", "✅"))


def content_of(interaction: FakeInteraction) -> str:
    """Everything the member can read: original, follow-ups, embeds."""
    parts: list[str] = []
    for message in [interaction.original or {}, *interaction.followups]:
        parts.append(message.get("content") or "")
        for embed in message.get("embeds") or []:
            parts.append(embed.get("title") or "")
            parts.append(embed.get("description") or "")
            for field in embed.get("fields") or []:
                parts.append(f"{field['name']}: {field['value']}")
    return "\n".join(parts)


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message.get("components") or [] for c in row.get("components") or []]


async def confirm_consent(
    fake: FakeDiscord, interaction: FakeInteraction, user_id: int, timeout: float = 30
) -> None:
    """Wait for the consent prompt on the reply and press its confirm button."""

    def prompt(i: FakeInteraction) -> bool:
        return any("consent" in b.get("custom_id", "") for b in buttons(i.original or {}))

    await interaction.wait_for(lambda i: prompt(i) or is_finished(i), timeout=timeout)
    if is_finished(interaction):
        return
    message = interaction.original
    assert message is not None
    confirm = next(b for b in buttons(message) if b["custom_id"].startswith("consent:yes"))
    click = await fake.click_button(message, confirm["custom_id"], user_id=user_id)
    await click.wait_for_callback()


async def run_clone(
    fake: FakeDiscord,
    user_id: int,
    samples: dict[str, tuple[str, bytes]],
    *,
    consent: bool = True,
    timeout: float = 30,
    **options: Any,
) -> FakeInteraction:
    """/clone with attachments ({option: (filename, bytes)}); returns once it has finished."""
    attachments = {opt: fake.add_attachment(name, data) for opt, (name, data) in samples.items()}
    interaction = await fake.send_slash_command(
        "clone", options, user_id=user_id, attachments=attachments
    )
    await interaction.wait_for_callback(timeout=3)
    if consent:
        await confirm_consent(fake, interaction, user_id, timeout)
    await interaction.wait_for(is_finished, timeout=timeout)
    return interaction


def decoded_samples(request_body: dict[str, Any]) -> list[bytes]:
    return [base64.b64decode(s["audioData"]) for s in request_body["voiceSamples"]]


def moderator(fake: FakeDiscord, name: str = "mod") -> int:
    payload = fake.add_member(name=name, roles=[fake.member_role_id, fake.moderator_role_id])
    return int(payload["user"]["id"])


async def configure(fake: FakeDiscord, user_id: int, subcommand: str, **options: Any) -> str:
    """Run /clone-settings <subcommand>; return the reply's text (content and embeds)."""
    interaction = await fake.send_slash_command(
        "clone-settings", options, subcommand=subcommand, user_id=user_id
    )
    # The reply is deferred first (loading), then edited with the answer.
    await interaction.wait_for(
        lambda i: i.original is not None and not i.original["flags"] & MessageFlags.LOADING,
        timeout=10,
    )
    return content_of(interaction)


async def start_clone(
    fake: FakeDiscord, user_id: int, samples: dict[str, tuple[str, bytes]], **options: Any
) -> FakeInteraction:
    """/clone up to the consent prompt (or an early refusal); does not confirm."""
    attachments = {opt: fake.add_attachment(name, data) for opt, (name, data) in samples.items()}
    interaction = await fake.send_slash_command(
        "clone", options, user_id=user_id, attachments=attachments
    )
    await interaction.wait_for_callback(timeout=3)
    await interaction.wait_for(
        lambda i: bool(buttons(i.original or {})) or is_finished(i), timeout=30
    )
    return interaction
