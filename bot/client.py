"""The bot: owns the shared resources and loads the cogs."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

import aiohttp
import discord
import yarl
from discord.ext import commands

from .audio import AudioPipeline, heap
from .cloning import CloneService
from .consent.recognizer import SentenceRecognizer
from .consent.verifier import ConsentVerifier
from .delivery import safe_name
from .desk import CloneDesk
from .i18n import catalogue_for
from .i18n.translator import FluentTranslator
from .inflight import InFlight
from .inworld import InworldClient
from .leases import LeaseKeeper
from .notifier import DiscordNotifier
from .observability import BotMetrics, HealthServer
from .observability.loop_lag import LoopLagMonitor
from .outbox import LiveRequests, OutboxDispatcher
from .outbox.senders import DiscordSender
from .ratelimit import CloneRateLimiter, RateLimiter, SharedRateLimiter
from .reconcile import OrphanSweep, SweepRunner
from .settings import Settings, describe_shards
from .shutdown import (
    CANCEL_SECONDS,
    CLOSE_SECONDS,
    DATABASE_CLOSE_SECONDS,
    EXIT_MARGIN_SECONDS,
    STEP_SECONDS,
    Deadline,
    LoopOwner,
    StopStep,
    exit_by,
    stop_budget,
)
from .speech.player import PlaybackConfig, VoiceHub
from .speech.posting import ChannelPoster
from .speech.service import SpeechConfig, SpeechService
from .storage import Database, normalize_database_url
from .storage.policy_cache import CachingStore
from .tree import BotTree
from .voices import PreviewConfig, PreviewService, VoiceLibrary
from .voices.result import ResultPreviews

log = logging.getLogger(__name__)

INITIAL_EXTENSIONS: tuple[str, ...] = (
    "cogs.clone",
    "cogs.review",
    "cogs.clone_settings",
    "cogs.voices",
    "cogs.speech",
)


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached or migrated at start-up."""


def point_discord_at(api_url: str | None, gateway_url: str | None) -> None:
    """Send REST calls and the gateway connection elsewhere (a proxy, or a test double)."""
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


class CloneBot(commands.AutoShardedBot):
    """One aiohttp session, database, Inworld client, audio pipeline and clone desk, shared by
    every cog.

    Sharded: the process runs SHARD_IDS of SHARD_COUNT shards (unset: every shard of the count
    Discord recommends); it receives events and interactions only for the guilds of its shards.
    """

    session: aiohttp.ClientSession
    inworld: InworldClient
    pipeline: AudioPipeline
    clones: CloneService
    database: Database
    store: CachingStore
    notifier: DiscordNotifier
    desk: CloneDesk
    sweeper: SweepRunner
    library: VoiceLibrary
    previews: PreviewService
    speech: SpeechService
    outbox: OutboxDispatcher

    def __init__(self, settings: Settings) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        # Who is in which voice channel: /say speaks there, and the bot leaves an empty one.
        intents.voice_states = True
        if settings.read_aloud_enabled:
            # Read-aloud reads members' messages: the privileged MESSAGE_CONTENT intent, which
            # the bot's owner must enable in the Developer Portal (see the README).
            intents.guild_messages = True
            intents.message_content = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=BotTree,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=settings.shard_count,
            # None (every shard) is discord.py's default, though its options type says list.
            shard_ids=None if settings.shard_ids is None else list(settings.shard_ids),  # type: ignore[arg-type]
        )
        self.settings = settings
        #: Every request in flight (consent clicks, approvals, resumed requests): tracked,
        #: given SHUTDOWN_GRACE_SECONDS at shutdown, then left for recovery.
        self.inflight = InFlight()
        self._shutdown: asyncio.Task[None] | None = None
        #: The bot's own Prometheus registry (never the process-wide default one).
        self.metrics = BotMetrics()
        #: GET /healthz and /metrics, when HEALTH_PORT is set.
        self.health: HealthServer | None = None

    @property
    def accepting(self) -> bool:
        """False once shutdown has begun: handlers refuse new requests."""
        return self.inflight.accepting

    def spawn(self, coro: Coroutine[Any, Any, None], *, name: str | None = None) -> bool:
        """Run work that outlives an interaction as owned work (see :class:`InFlight`): at
        shutdown it gets the grace period, then is cancelled. False (and ``coro`` is closed)
        once shutdown has begun."""
        return self.inflight.start(coro, name=name)

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
            reconcile=settings.reconcile_limits,
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
        self.store = CachingStore(
            self.database, settings.policy_defaults, retry_seconds=settings.database_retry_seconds
        )
        try:
            await self.store.load_policies()  # interaction handlers defer before reading one
        except Exception as exc:
            raise DatabaseUnavailable(
                f"could not read the {self.database.backend} database ({type(exc).__name__})"
            ) from exc
        self.notifier = DiscordNotifier(self, is_private=self._guild_is_private)
        self.leases = LeaseKeeper(self.store, settings.lease_seconds)
        self.desk = CloneDesk(
            store=self.store,
            clones=self.clones,
            limiter=self._limiter(
                "clone",
                settings.clones_per_minute,
                settings.clone_rate_period_seconds,
                max_waiting=settings.clone_queue_max,
                max_waiting_per_group=settings.clone_queue_max_per_guild,
            ),
            leases=self.leases,
            notifier=self.notifier,
            default_language=settings.default_language,
            default_remove_noise=settings.default_remove_noise,
            max_sample_seconds=settings.max_sample_seconds,
            consent_timeout=timedelta(seconds=settings.consent_timeout_seconds),
            approval_timeout=timedelta(hours=settings.approval_timeout_hours),
            metrics=self.metrics,
        )
        self.desk.opened_limits = settings.opened_request_limits
        self.desk.verifier = ConsentVerifier(
            self.store,
            SentenceRecognizer(timeout=settings.recognizer_timeout_seconds),
            audit=self.desk.audit_event,
            timeout=timedelta(seconds=settings.challenge_timeout_seconds),
            max_attempts=settings.challenge_max_attempts,
            route=settings.consent_recognizer,
        )
        # Posts and notices written for later are rendered in the server's language.
        self.desk.guild_locale = self.guild_locale
        self.notifier.guild_locale = self.guild_locale
        self.outbox = self._outbox(self.desk.live)
        self.desk.lifecycle.on_moved = self.outbox.kick
        self.leases.start()
        self.library, self.previews = self._voice_services()
        self.notifier.add_preview = ResultPreviews(self.previews)
        self.speech = self._speech_service()
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
        #: Event-loop lag (voiceclone_event_loop_lag_*), in /metrics when HEALTH_PORT is set.
        self.loop_lag = LoopLagMonitor(self.metrics)
        self.loop_lag.start()
        self.sweeper = self._reconcile_sweeper()
        # Command names and descriptions in every language of bot/i18n, synced with them.
        await self.tree.set_translator(FluentTranslator())
        for extension in INITIAL_EXTENSIONS:
            await self.load_extension(extension)
        self.sweeper.start()  # its first pass settles what a restart left behind
        self.outbox.start()  # what a restart left undelivered goes out first
        await self.sync_commands()
        # Start-up's garbage (imports, the schema check, the command tree and its sync) is
        # freed by now; its pages go back to the system (idle memory, issue #19).
        heap.trim()

    def _outbox(self, live: LiveRequests) -> OutboxDispatcher:
        """The dispatcher of every Discord side effect of a state change (bot.outbox)."""
        return OutboxDispatcher(
            self.store,
            DiscordSender(self.notifier, self.store),
            owner=self.leases.owner,
            live=live,
            poll_seconds=self.settings.outbox_poll_seconds,
        )

    def _voice_services(self) -> tuple[VoiceLibrary, PreviewService]:
        """The voice library (/voices) and spoken previews, with their own TTS limiter."""
        settings = self.settings
        library = VoiceLibrary(
            store=self.store,
            inworld=self.inworld,
            post_audit=self._posted,
            page_size=settings.voices_page_size,
            rename_limits=settings.rename_limits,
        )
        previews = PreviewService(
            inworld=self.inworld,
            limiter=self._limiter(
                "tts",
                settings.tts_per_minute,
                settings.tts_rate_period_seconds,
                max_waiting=settings.tts_queue_max,
                max_waiting_per_group=settings.tts_queue_max_per_guild,
            ),
            library=library,
            store=self.store,
            post_audit=self._posted,
            config=PreviewConfig(
                model_id=settings.tts_model_id,
                encoding=settings.tts_audio_encoding,
                enabled=settings.preview_enabled,
                max_chars=settings.preview_max_chars,
                cooldown_seconds=settings.preview_cooldown_seconds,
            ),
            limits=settings.preview_limits,
        )
        return library, previews

    def _speech_service(self) -> SpeechService:
        """/say, "Speak this message" and read-aloud: voice channels and voice messages,
        through the previews' TTS limiter (one account limit for every TTS call)."""
        settings = self.settings
        hub = VoiceHub.for_client(
            self,
            PlaybackConfig(
                queue_max=settings.speech_queue_max_per_guild,
                idle_seconds=settings.voice_idle_minutes * 60,
            ),
        )
        return SpeechService(
            store=self.store,
            inworld=self.inworld,
            limiter=self.previews.limiter,
            hub=hub,
            poster=ChannelPoster(self),
            config=SpeechConfig(
                model_id=settings.speech_model_id,
                max_chars=settings.speech_max_chars,
                speech_member_daily_chars=settings.speech_member_daily_chars,
                speech_guild_daily_chars=settings.speech_guild_daily_chars,
                read_aloud_enabled=settings.read_aloud_enabled,
            ),
            audited=self._posted,
            metrics=self.metrics,
        )

    async def _posted(self, *_: Any) -> None:
        """An audit event was stored with its post (bot.storage.outbox): send it now."""
        self.outbox.kick()

    @property
    def shares_database(self) -> bool:
        """PostgreSQL: other processes may work on the same requests (leases, shared limits).
        A SQLite file belongs to this one process."""
        return self.database.backend != "sqlite"

    def _limiter(
        self,
        name: str,
        per_period: int,
        period: float,
        *,
        max_waiting: int,
        max_waiting_per_group: int | None = None,
    ) -> RateLimiter:
        """The account's limit for one API: shared by every process through PostgreSQL,
        else (SQLite: one process) kept in memory."""
        if self.database.backend == "postgresql":
            shared = SharedRateLimiter(
                self.database,
                name,
                per_period,
                period,
                owner=self.leases.owner,
                max_waiting=max_waiting,
                max_waiting_per_group=max_waiting_per_group,
                lease_seconds=self.settings.lease_seconds,
            )
            shared.start()
            return shared
        return CloneRateLimiter(
            per_period,
            period=period,
            max_waiting=max_waiting,
            max_waiting_per_group=max_waiting_per_group,
        )

    def _reconcile_sweeper(self) -> SweepRunner:
        """The orphan sweep (bot.reconcile): requests whose clone answer was lost. With
        PostgreSQL only requests whose lease expired are taken over."""
        settings = self.settings
        sweep = OrphanSweep(
            store=self.store,
            lister=self.inworld,
            lifecycle=self.desk.lifecycle,
            limits=settings.sweep_limits,
            is_running=self.desk.is_running,
            respect_leases=self.shares_database,
            show_name=safe_name,
            delete_voice=self.inworld.delete_voice,
            locale_of=self.guild_locale,
        )
        self.desk.reconciles = True
        return SweepRunner(sweep, settings.reconcile_sweep_seconds)

    async def guild_locale(self, guild_id: int) -> str:
        """The language of posts everyone in a server reads (review, audit, public results):
        the server's choice (``/clone-settings language``), else Discord's community language
        of the server, else English."""
        policy = await self.store.get_policy(guild_id)
        chosen = getattr(policy, "locale", None)
        if chosen:
            return catalogue_for(chosen)
        guild = self.get_guild(guild_id)
        return catalogue_for(guild.preferred_locale if guild is not None else None)

    async def _guild_is_private(self, guild_id: int) -> bool:
        return (await self.store.get_policy(guild_id)).ephemeral

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

    @property
    def shard_plan(self) -> str:
        """The shards this process runs: "shards 1,3 of 4", "all 2 shards (automatic)"."""
        return describe_shards(
            self.shard_count, self.shard_ids, automatic=self.settings.shard_count is None
        )

    async def launch_shard(
        self, gateway: yarl.URL, shard_id: int, *, initial: bool = False
    ) -> None:
        if initial:  # the first shard of this process: the shard count is known by now
            log.info("gateway: this process runs %s", self.shard_plan)
        if self.settings.discord_gateway_url:
            # Automatic sharding would use the URL GET /gateway/bot names, not the proxy.
            gateway = yarl.URL(self.settings.discord_gateway_url)
        await super().launch_shard(gateway, shard_id, initial=initial)

    async def on_shard_ready(self, shard_id: int) -> None:
        guilds = sum(1 for guild in self.guilds if guild.shard_id == shard_id)
        log.info("shard %d of %s ready in %d guilds", shard_id, self.shard_count, guilds)

    async def on_ready(self) -> None:
        log.info(
            "ready as %s (%s) in %d guilds on %s",
            self.user,
            getattr(self.user, "id", "?"),
            len(self.guilds),
            self.shard_plan,
        )

    async def close(self) -> None:
        """Shut down once, however often it is called (SIGTERM, then ``async with``'s exit)."""
        if self._shutdown is None:
            self._shutdown = asyncio.create_task(self._shut_down(), name="bot-shutdown")
        await asyncio.shield(self._shutdown)

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

    def terminate(self) -> None:
        """SIGTERM: shut down (:meth:`close`), and end the process within the promised
        SHUTDOWN_GRACE_SECONDS + 5 s even if something outside the stop sequence would hold
        it (see :func:`bot.shutdown.exit_by`)."""
        exit_by(stop_budget(self.settings.shutdown_grace_seconds) + EXIT_MARGIN_SECONDS / 2)
        asyncio.get_running_loop().create_task(self.close())

    async def _shut_down(self) -> None:
        """Refuse new work at once; give requests in flight, and a sweep or expiry pass under
        way, the grace period side by side (the gateway, HTTP session and database stay open
        for them), cancel what is left, then close everything. One deadline bounds it all
        (see bot.shutdown): a step that overruns its share is cancelled."""
        grace = self.settings.shutdown_grace_seconds
        deadline = Deadline(stop_budget(grace))
        self._stop_starting()
        if len(self.inflight):
            log.info("shutdown: waiting up to %g s for %d request(s)", grace, len(self.inflight))
        await asyncio.gather(
            *(deadline.close(name, close, cap=STEP_SECONDS) for name, close in self._closers()),
            *(
                deadline.step(name, stop, cap=grace + CANCEL_SECONDS, reserve=CLOSE_SECONDS)
                for name, stop in self._draining()
            ),
        )
        if hasattr(self, "outbox"):
            # The message under way; the rest stays stored for the next process.
            await deadline.step(
                "outbox", self.outbox.stop, cap=STEP_SECONDS, reserve=CLOSE_SECONDS - STEP_SECONDS
            )
        await asyncio.gather(self._close_storage(deadline), self._close_discord(deadline))
        log.info("shutdown: done, %.1f s before the deadline", deadline.left())

    def _loop_owners(self) -> list[LoopOwner]:
        return [cog for cog in self.cogs.values() if isinstance(cog, LoopOwner)]

    def _stop_starting(self) -> None:
        """Nothing new starts: no request, no sweep or expiry pass."""
        self.inflight.stop_accepting()
        if hasattr(self, "sweeper"):
            self.sweeper.halt()
        for owner in self._loop_owners():
            owner.halt_loops()

    def _closers(self) -> list[tuple[str, Callable[[], Awaitable[object]]]]:
        """Closed at once: no "healthy" answer, and no API call for a waiter in a queue (its
        wait ends as a cancellation)."""
        closers: list[tuple[str, Callable[[], Awaitable[object]]]] = []
        if self.health is not None:
            closers.append(("health endpoint", self.health.stop))
        if hasattr(self, "loop_lag"):
            closers.append(("loop lag monitor", self.loop_lag.stop))
        if hasattr(self, "desk"):
            closers.append(("clone queue", self.desk.limiter.close))
        if hasattr(self, "previews"):
            closers.append(("TTS queue", self.previews.limiter.close))
        if hasattr(self, "speech"):
            # Speech in voice channels stops at once; the voice connections close.
            closers.append(("voice channels", self.speech.hub.close))
        return closers

    def _draining(self) -> list[tuple[str, StopStep]]:
        """What gets the grace period, side by side, before it is cancelled."""
        steps: list[tuple[str, StopStep]] = [("requests in flight", self.inflight.stop)]
        if hasattr(self, "sweeper"):
            steps.append(("reconcile sweep", self.sweeper.stop))
        steps += [(f"{type(o).__name__} loops", o.stop_loops) for o in self._loop_owners()]
        return steps

    async def _close_storage(self, deadline: Deadline) -> None:
        """Leases released (what is left unfinished, another process takes at once), then
        the database closed; what is still waiting for it, recovery at the next start
        settles."""
        keep = DATABASE_CLOSE_SECONDS  # for the database's own close, whatever comes first
        if hasattr(self, "leases"):
            await deadline.step("lease release", self.leases.stop, cap=STEP_SECONDS, reserve=keep)
        if hasattr(self, "store"):
            settle = self.store.stop_settling
            await deadline.close("database retries", settle, cap=STEP_SECONDS, reserve=keep)
        if hasattr(self, "database"):
            await deadline.close("database", self.database.close, cap=CLOSE_SECONDS)

    async def _close_discord(self, deadline: Deadline) -> None:
        """The cogs unloaded, then the gateway and Discord's HTTP client, then ours."""
        for extension in list(self.extensions):
            unload = functools.partial(self.unload_extension, extension)
            await deadline.close(f"unloading {extension}", unload, cap=STEP_SECONDS)
        await deadline.close("Discord", super().close, cap=CLOSE_SECONDS)
        if hasattr(self, "session"):
            await deadline.close("HTTP session", self.session.close, cap=STEP_SECONDS)
