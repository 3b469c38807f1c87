"""The invite URL: exactly the scopes and channel permissions the bot's code needs.

Interaction replies, follow-ups and edits go through the interaction webhook and need no
channel permission. What does need one is the bot posting on its own (bot/notifier.py):
review posts (embed + processed audio + buttons) and audit posts (embed) in the channels set
with /clone-settings, and the outcome told in the channel where a member asked, which may be
a thread. /say (bot/speech/) joins a member's voice channel and speaks there, showing what it
says as the channel's status, or, outside voice, posts a voice message (an Ogg Opus attachment).
Nothing reads channel history, reacts, pins or deletes others' messages.
"""

from __future__ import annotations

import discord

SCOPES = ("bot", "applications.commands")

#: (discord.Permissions flag, name in Discord's UI), in bit order.
PERMISSIONS: tuple[tuple[str, str], ...] = (
    ("view_channel", "View Channel"),  # fetch and post in channels, see voice channels
    ("send_messages", "Send Messages"),  # review, audit and outcome posts; /say's messages
    ("embed_links", "Embed Links"),  # every post is an embed
    ("attach_files", "Attach Files"),  # processed audio; /say's voice message file
    ("send_messages_in_threads", "Send Messages in Threads"),  # outcome when asked in a thread
    ("connect", "Connect"),  # /say: join the member's voice channel
    ("speak", "Speak"),  # /say: play the cloned voice there
    ("send_voice_messages", "Send Voice Messages"),  # /say outside voice: a voice message
    ("set_voice_channel_status", "Set Voice Channel Status"),  # what the bot is saying
)


def required_permissions() -> discord.Permissions:
    return discord.Permissions(**{flag: True for flag, _ in PERMISSIONS})


def permission_names() -> list[str]:
    bits = {flag: value for flag, value in discord.Permissions.VALID_FLAGS.items()}
    return [name for flag, name in sorted(PERMISSIONS, key=lambda p: bits[p[0]])]


def invite_url(client_id: int) -> str:
    """The OAuth2 URL that adds the bot (the client id is the application id)."""
    return discord.utils.oauth_url(client_id, permissions=required_permissions(), scopes=SCOPES)
