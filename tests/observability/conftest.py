"""The end-to-end harness (real CloneBot against the loopback fakes) for these tests too."""

from tests.e2e.conftest import discord_fake, make_settings, run_bot

__all__ = ["discord_fake", "make_settings", "run_bot"]
