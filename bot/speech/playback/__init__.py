"""Per-guild voice playback on discord.py's VoiceClient (see bot.speech.player)."""
