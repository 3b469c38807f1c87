"""Per-guild voice playback: the public API (the code lives in bot.speech.playback).

One VoiceHub per bot (``VoiceHub.for_client(client, config)``) owns a GuildSpeaker per guild:
a bounded FIFO of Utterances played through discord.py's VoiceClient from a StreamingPcmSource
fed with PCM s16le mono 48 kHz chunks as the TTS stream delivers them.
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
from bot.speech.playback.source import FRAME_BYTES, StreamingPcmSource

__all__ = [
    "FRAME_BYTES",
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
    "StreamingPcmSource",
    "Utterance",
    "VoiceHub",
    "VoiceLink",
    "clean_name",
    "status_text",
]
