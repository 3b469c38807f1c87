"""Per-guild voice playback: the public API (the code lives in bot.speech.playback).

One VoiceHub per bot (``VoiceHub.for_client(client, config)``) owns a GuildSpeaker per guild:
a bounded FIFO of Utterances played through discord.py's VoiceClient from a StreamingPcmSource
fed with PCM s16le mono 48 kHz chunks as the TTS stream delivers them.

The source itself is in bot.speech.playback.source, not re-exported: it loads numpy, which the
idle bot does not need (memory, issue #19).
"""

from bot.speech.playback.discord_glue import DiscordConnector, DiscordStatusBoard, DiscordVoiceLink
from bot.speech.playback.guild import GuildSpeaker, PlaybackConfig
from bot.speech.playback.hub import VoiceHub
from bot.speech.playback.model import (
    BusyElsewhere,
    ChannelLike,
    ConnectFailed,
    Connector,
    HubClosed,
    NotYourUtterance,
    Outcome,
    PlaybackError,
    QueueFull,
    QueueSnapshot,
    Skipped,
    StatusBoard,
    Utterance,
    VoiceLink,
    clean_name,
    status_text,
)

__all__ = [
    "BusyElsewhere",
    "ChannelLike",
    "ConnectFailed",
    "Connector",
    "DiscordConnector",
    "DiscordStatusBoard",
    "DiscordVoiceLink",
    "GuildSpeaker",
    "HubClosed",
    "NotYourUtterance",
    "Outcome",
    "PlaybackConfig",
    "PlaybackError",
    "QueueFull",
    "QueueSnapshot",
    "Skipped",
    "StatusBoard",
    "Utterance",
    "VoiceHub",
    "VoiceLink",
    "clean_name",
    "status_text",
]
