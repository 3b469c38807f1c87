"""Taking down an erased member's posts: what replaces a post the bot may not delete, and the
redacted audit post, are in the server's language."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.i18n import SOURCE, tr
from bot.outbox.takedown import PostRemover
from bot.storage import OutboxMessage

#: What a post the bot could not delete says instead, in English.
REMOVED = tr(SOURCE, "moderation-post-removed")

GUILD = 7


class Post:
    """A partial message whose deletion Discord refuses (403); edits are noted."""

    def __init__(self) -> None:
        self.edits: list[dict[str, Any]] = []

    async def delete(self) -> None:
        response = SimpleNamespace(status=403, reason="Forbidden")
        raise discord.HTTPException(response, {"message": "Missing Permissions", "code": 50013})

    async def edit(self, **changes: Any) -> None:
        self.edits.append(changes)


class Client:
    def __init__(self) -> None:
        self.post = Post()

    def get_partial_messageable(self, channel_id: int) -> Any:
        return SimpleNamespace(get_partial_message=lambda message_id: self.post)


def outbox_message(kind: str, **payload: Any) -> OutboxMessage:
    return OutboxMessage(
        kind=kind,
        guild_id=GUILD,
        record_id=None,
        payload={"channel_id": 1, "message_id": 2, **payload},
    )


async def japanese(guild_id: int) -> str:
    assert guild_id == GUILD
    return "ja"


@pytest.mark.parametrize(("locale_of", "expected"), [(None, REMOVED), (japanese, "ja")])
async def test_a_post_that_cannot_be_deleted_says_so_in_the_servers_language(
    locale_of: Any, expected: str
) -> None:
    client = Client()
    remover = PostRemover(client, locale_of)  # type: ignore[arg-type]
    outcome = await remover.delete(outbox_message("delete_post"))
    assert outcome == {"where": "redacted (deleting was refused)"}
    (edit,) = client.post.edits
    shown = REMOVED if expected == REMOVED else tr("ja", "moderation-post-removed")
    assert edit["content"] == shown
    assert REMOVED == "*(Removed: the member this was about erased their data.)*"


async def test_the_redacted_audit_post_is_in_the_servers_language() -> None:
    client = Client()
    remover = PostRemover(client, japanese)  # type: ignore[arg-type]
    message = outbox_message("redact_post", action="approved", actor_id=None, detail={})
    assert await remover.redact(message) == {"where": "redacted"}
    (edit,) = client.post.edits
    assert edit["embed"].title == tr("ja", "clone-audit-approved") != "Approved"
