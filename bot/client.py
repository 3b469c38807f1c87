"""The bot: owns the shared resources and loads the cogs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any

import aiohttp
import discord
import yarl
from discord.ext import commands

from .audio import AudioPipeline
from .cloning import CloneService
from .desk import CloneDesk
from .inworld import InworldClient
from .notifier import DiscordNotifier
from .observability import BotMetrics, HealthServer
from .ratelimit import CloneRateLimiter
from .settings import Settings
from .storage import CloneStore, Database, normalize_database_url
from .tree import BotTree

log = logging.getLogger(__name__)

INITIAL_EXTENSIONS: tuple[str, ...] = (
    "cogs.clone",
    "cogs.review",
    "cogs.clone_settings",
    "cogs.voices",
)


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached or migrated at start-up."""


def point_discord_at(api_url: str | None, gateway_url: str | None) -> None:
    """Send REST calls and the gateway connection elsewhere (a proxy, or a test double)."""
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


class CloneBot(commands.Bot):
    """One aiohttp session, database, Inworld client, audio pipeline and clone desk, shared by
    every cog."""

    session: aiohttp.ClientSession
    inworld: InworldClient
    pipeline: AudioPipeline
    clones: CloneService
    database: Database
    store: CloneStore
    notifier: DiscordNotifier
    desk: CloneDesk

    def __init__(self, settings: Settings) -> None:
        # The bot never joins voice channels: no warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=BotTree,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.settings = settings
        self._background: set[asyncio.Task[None]] = set()
        #: The bot's own Prometheus registry (never the process-wide default one).
        self.metrics = BotMetrics()
        #: GET /healthz and /metrics, when HEALTH_PORT is set.
        self.health: HealthServer | None = None

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run work that outlives an interaction; it is cancelled when the bot closes."""
        task = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def setup_hook(self) -> None:
        settings = self.settings
        self.session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=settings.inworld_timeout_seconds),
            headers={"User-Agent": "voiceclone-bot (+https://github.com/)"},
        )
        self.inworld = InworldClient(
            self.session,
            api_key=settings.inworld_api_key.get_secret_value(),
            base_url=settings.inworld_api_url,
            timeout=settings.inworld_timeout_seconds,
            connect_timeout=settings.inworld_connect_timeout_seconds,
            retry=settings.retry_policy,
            metrics=self.metrics,
        )
        self.pipeline = AudioPipeline(
            settings.audio_limits,
            max_concurrency=settings.audio_concurrency,
            ffmpeg=settings.ffmpeg_path,
        )
        self.clones = CloneService(
            session=self.session,
            pipeline=self.pipeline,
            inworld=self.inworld,
            max_attachment_bytes=settings.max_attachment_bytes,
            download_timeout=settings.download_timeout_seconds,
            metrics=self.metrics,
        )
        self.database = Database(
            normalize_database_url(settings.database_url, settings.sqlite_path)
        )
        try:
            await self.database.connect()
            await self.database.migrate()
        except Exception as exc:
            # The driver's message may quote the URL; name only the backend and the error.
            raise DatabaseUnavailable(
                f"could not open the {self.database.backend} database ({type(exc).__name__})"
            ) from exc
        self.store = CloneStore(self.database, settings.policy_defaults)
        self.notifier = DiscordNotifier(self)
        self.desk = CloneDesk(
            store=self.store,
            clones=self.clones,
            limiter=CloneRateLimiter(
                settings.clones_per_minute, period=settings.clone_rate_period_seconds
            ),
            notifier=self.notifier,
            default_language=settings.default_language,
            default_remove_noise=settings.default_remove_noise,
            max_sample_seconds=settings.max_sample_seconds,
            consent_timeout=timedelta(seconds=settings.consent_timeout_seconds),
            approval_timeout=timedelta(hours=settings.approval_timeout_hours),
            metrics=self.metrics,
        )
        if settings.health_port is not None:
            # Before the cogs load (and resume requests): a taken port fails start-up at once.
            self.health = HealthServer.for_bot(
                self,
                host=settings.health_host,
                port=settings.health_port,
                metrics=self.metrics,
                database=self.database,
            )
            await self.health.start()
        for extension in INITIAL_EXTENSIONS:
            await self.load_extension(extension)
        await self.sync_commands()

    async def sync_commands(self) -> None:
        """Sync to DISCORD_GUILD_IDS when set (instant), else globally (may take a while)."""
        guild_ids = self.settings.discord_guild_ids
        if guild_ids:
            for guild_id in guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to guild %s", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d global commands", len(synced))

    async def on_ready(self) -> None:
        log.info(
            "ready as %s (%s) in %d guilds",
            self.user,
            getattr(self.user, "id", "?"),
            len(self.guilds),
        )

    async def close(self) -> None:
        if self.health is not None:
            await self.health.stop()  # first: no "healthy" answer while shutting down
        for extension in list(self.extensions):
            try:
                await self.unload_extension(extension)  # stops the cogs' loops cleanly
            except Exception:
                log.exception("unloading %s failed", extension)
        for task in list(self._background):
            task.cancel()
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        await super().close()
        if hasattr(self, "session"):
            await self.session.close()
        if hasattr(self, "database"):
            await self.database.close()
