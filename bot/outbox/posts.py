"""What the senders posted: the channel and message id of each post, stored in the outbox
message's ``outcome["posts"]`` so that erasing the member takes the posts down."""

from __future__ import annotations

import discord

from ..delivery import Letter, Route
from ..delivery.chain import Sent
from ..delivery.routes import SentMessage

#: ``{"channel_id": ..., "message_id": ...}`` (JSON, as stored).
Post = dict[str, int]


def post_of(message: discord.Message | discord.WebhookMessage) -> Post | None:
    """The ids of a posted message; None for an ephemeral one (only its member ever saw it,
    and no one can reach it once the interaction's token is gone)."""
    if message.flags.ephemeral:
        return None
    return {"channel_id": message.channel.id, "message_id": message.id}


def post_of_sent(sent: Sent | None) -> Post | None:
    """The ids of what a delivery route sent (routes return a :class:`SentMessage`)."""
    return post_of(sent.message) if isinstance(sent, SentMessage) else None


class RecordingRoute:
    """A route that notes the ids of each message it posts in ``posts``."""

    def __init__(self, route: Route, posts: list[Post]) -> None:
        self.route = route
        self.posts = posts

    @property
    def name(self) -> str:
        return self.route.name

    async def send(self, letter: Letter) -> Sent | None:
        sent = await self.route.send(letter)
        post = post_of_sent(sent)
        if post is not None:
            self.posts.append(post)
        return sent
