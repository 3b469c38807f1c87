"""Moderator review of clone requests: persistent Approve/Reject buttons, expiry, recovery."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any, cast

import discord
from discord.ext import commands, tasks

from bot.cloning import Stage
from bot.desk import AlreadyHandled
from bot.errors import UserFacingError
from bot.handoff import hand_off
from bot.i18n import Msg, Text, tr
from bot.inworld import InworldError
from bot.members import moderates_here
from bot.review_origin import pressed_on_review_post
from bot.shutdown import finish_or_cancel
from bot.storage import CloneRecord
from bot.tree import member_locale, report_error

if TYPE_CHECKING:
    from bot.client import CloneBot

log = logging.getLogger(__name__)

_NOT_A_MODERATOR = Msg("moderation-not-a-moderator")
#: Unloaded outside a shutdown: how long an expiry pass under way may take to end.
UNLOAD_SECONDS = 5.0


class ReviewButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"review:(?P<action>approve|reject):(?P<id>[0-9]+)",
):
    """Keyed by the stored request, so it keeps working after a restart. Its label is in the
    review post's language (the server's); a press rebuilds it without one being shown."""

    def __init__(self, action: str, record_id: int, locale: str | None = None) -> None:
        approve = action == "approve"
        super().__init__(
            discord.ui.Button(
                label=tr(
                    locale, "moderation-button-approve" if approve else "moderation-button-reject"
                ),
                style=discord.ButtonStyle.success if approve else discord.ButtonStyle.danger,
                custom_id=f"review:{action}:{record_id}",
            )
        )
        self.action = action
        self.record_id = record_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> ReviewButton:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = cast(commands.Bot, interaction.client).get_cog(ReviewCog.__cog_name__)
        assert isinstance(cog, ReviewCog)
        await cog.on_review_button(interaction, self.action, self.record_id)


def review_view(record_id: int, locale: str | None = None) -> discord.ui.View:
    """The review post's buttons; ``locale``: the server's language."""
    view = discord.ui.View(timeout=None)
    view.add_item(ReviewButton("approve", record_id, locale))
    view.add_item(ReviewButton("reject", record_id, locale))
    return view


class RejectModal(discord.ui.Modal):
    """Asks the moderator for the reason, in the moderator's language."""

    def __init__(self, cog: ReviewCog, record_id: int, locale: str | None = None) -> None:
        super().__init__(
            title=tr(locale, "moderation-reject-title"),
            custom_id=f"review:reject-reason:{record_id}",
            timeout=900,
        )
        self.reason: discord.ui.TextInput[RejectModal] = discord.ui.TextInput(
            label=tr(locale, "moderation-reject-reason"),
            custom_id="reason",
            style=discord.TextStyle.paragraph,
            min_length=3,
            max_length=500,
            placeholder=tr(locale, "moderation-reject-reason-placeholder"),
        )
        self.add_item(self.reason)
        self.cog = cog
        self.record_id = record_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.cog.finish_reject(interaction, self.record_id, self.reason.value.strip())

    async def on_error(  # type: ignore[override]
        self, interaction: discord.Interaction, error: Exception, /
    ) -> None:
        await report_error(interaction, error)


def record_guild(interaction: discord.Interaction) -> int:
    """The request's server: the press was checked to come from it."""
    assert interaction.guild_id is not None
    return interaction.guild_id


def progress_line(approver: Msg, stage: Stage, detail: Text | None) -> Msg:
    """An approved request's progress on its review post."""
    shown = Msg(f"moderation-stage-{stage.name.lower()}")
    if detail:
        return Msg(
            "moderation-approved-progress-detail", approver=approver, stage=shown, detail=detail
        )
    return Msg("moderation-approved-progress", approver=approver, stage=shown)


class ReviewCog(commands.Cog):
    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot
        self.expiry_loop.change_interval(seconds=bot.settings.expiry_check_seconds)
        self._sweeping = False

    async def cog_load(self) -> None:
        self.bot.notifier.review_view = review_view
        # One process owns a SQLite file: everything unfinished at start-up was interrupted.
        # With PostgreSQL, others may be working: only requests whose lease expired are taken.
        await self.recover(respect_leases=self.bot.shares_database)
        self.expiry_loop.start()

    async def recover(self, *, respect_leases: bool = True) -> None:
        """Periodically, only requests whose lease expired: this process's own live ones
        carry its lease, renewed, whatever the database."""
        for record in await self.bot.desk.recover(respect_leases=respect_leases):
            log.info("resuming approved request #%s", record.id)
            self.bot.spawn(self.run_approved(record, resumed=True))

    async def cog_unload(self) -> None:
        await self.stop_loops(UNLOAD_SECONDS)  # at shutdown the bot stopped them already

    def halt_loops(self) -> None:
        """Start no new expiry/recovery pass: a pass under way ends the loop once it is
        over; between passes the loop only sleeps, so it is cancelled (stop() would still
        let it run one more pass when it wakes)."""
        if self._sweeping:
            self.expiry_loop.stop()
        else:
            self.expiry_loop.cancel()

    async def stop_loops(self, timeout: float) -> None:
        """Halt; a pass under way may finish (cancelling it mid-query strands a database
        connection) until the last CANCEL_SECONDS of ``timeout``, then it is cancelled."""
        self.halt_loops()
        task = self.expiry_loop.get_task()
        if task is not None and await finish_or_cancel([task], timeout):
            log.warning("the expiry pass under way was cancelled at shutdown")

    @tasks.loop(seconds=60)
    async def expiry_loop(self) -> None:
        self._sweeping = True
        try:
            expired = await self.bot.desk.expire_due()
            await self.recover()
        except Exception:
            log.exception("expiry sweep failed")
            return
        finally:
            self._sweeping = False
        if expired:
            log.info("expired %d request(s)", len(expired))

    async def _check_press(self, interaction: discord.Interaction, record_id: int) -> None:
        """The press came from the request's own review post, in its server, by one of that
        server's moderators; else a UserFacingError (nothing changed)."""
        message = interaction.message
        await pressed_on_review_post(
            self.bot.store.get_record,
            record_id,
            guild_id=interaction.guild_id,
            message_id=message.id if message is not None else None,
        )
        assert interaction.guild_id is not None  # checked with the origin
        policy = await self.bot.desk.policy(interaction.guild_id)
        if not moderates_here(policy, interaction):
            raise UserFacingError(_NOT_A_MODERATOR)

    def _known_not_moderator(self, interaction: discord.Interaction) -> bool:
        """True only if the policy this process last saw says the member does not moderate
        (no database read: used before the first answer, which must come at once)."""
        policy = self.bot.store.policies.get(interaction.guild_id or 0)
        return policy is not None and not moderates_here(policy, interaction)

    async def on_review_button(
        self, interaction: discord.Interaction, action: str, record_id: int
    ) -> None:
        """Answer at once (Reject: the modal; Approve: defer), then check and act as owned
        work; the moderator check reads the database only after that answer."""
        try:
            if action == "reject":
                if self._known_not_moderator(interaction):
                    raise UserFacingError(_NOT_A_MODERATOR)
                self.bot.inflight.check_accepting()
                # Checked again from the database when the modal is submitted.
                modal = RejectModal(self, record_id, member_locale(interaction))
                await interaction.response.send_modal(modal)
                return
            await interaction.response.defer()
            work = self._approve(interaction, record_id)
            hand_off(self.bot.inflight, interaction, work, what=f"approval of #{record_id}")
        except Exception as exc:
            await report_error(interaction, exc)

    async def _approve(self, interaction: discord.Interaction, record_id: int) -> None:
        try:
            await self._check_press(interaction, record_id)
            locale = await self.bot.desk.server_locale(record_guild(interaction))
            record = await self.bot.desk.approve(record_id, interaction.user.id, locale=locale)
            await interaction.edit_original_response(
                content=tr(
                    locale, "moderation-approved-queued", moderator_id=str(interaction.user.id)
                ),
                view=None,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            self.bot.spawn(self.run_approved(record))
        except Exception as exc:
            await report_error(interaction, exc)

    async def finish_reject(
        self, interaction: discord.Interaction, record_id: int, reason: str
    ) -> None:
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
            work = self._reject(interaction, record_id, reason)
            hand_off(self.bot.inflight, interaction, work, what=f"rejection of #{record_id}")
        except Exception as exc:
            await report_error(interaction, exc)

    async def _reject(self, interaction: discord.Interaction, record_id: int, reason: str) -> None:
        try:
            await self._check_press(interaction, record_id)  # the modal carries the post
            locale = await self.bot.desk.server_locale(record_guild(interaction))
            await self.bot.desk.reject(record_id, interaction.user.id, reason, locale=locale)
            done = tr(member_locale(interaction), "moderation-rejected-done")
            await interaction.edit_original_response(content=done)
        except Exception as exc:
            await report_error(interaction, exc)

    async def run_approved(self, record: CloneRecord, *, resumed: bool = False) -> None:
        """Clone an approved request in the background. Its outcome (result, review post)
        was written to the outbox with the state change: sent now, with the full outcome."""
        desk = self.bot.desk
        approver = (
            Msg("moderation-approver", moderator_id=str(record.decided_by))
            if record.decided_by
            else Msg("moderation-approver-unknown")
        )
        desk.live.open(record.id)
        try:
            locale = await desk.server_locale(record.guild_id)  # the review post's

            async def progress(stage: Stage, detail: Text | None) -> None:
                line = progress_line(approver, stage, detail).render(locale)
                await self.bot.notifier.show_on_review(record, line)

            try:
                await desk.execute(record.id, progress, resumed=resumed)
            except AlreadyHandled:
                log.info("request #%s is handled elsewhere", record.id)
                return
            except (UserFacingError, InworldError) as exc:
                log.info("approved request #%s did not clone: %s", record.id, exc)
            except Exception:
                log.exception("approved request #%s failed", record.id)
            await self.bot.outbox.flush(record.id)
        finally:
            desk.live.close(record.id)


async def setup(bot: CloneBot) -> None:
    bot.add_dynamic_items(ReviewButton)
    await bot.add_cog(ReviewCog(bot))
