"""The last policy seen per guild, for the decisions made before any database read.

Discord must be answered within 3 s, before the database is asked anything; a few of those
answers depend on the guild's policy: whether /clone's reply is ephemeral, and whether a
member clicking Reject is a moderator (a modal must be the first answer). They use the policy
this process last read or wrote (refreshed by every read and write through the store; all
of them are loaded at start-up), and the safe choice when it has none: an ephemeral reply, and
the modal (the moderator check is then done on submit, from the database).

With several processes on one PostgreSQL database another process's change is seen here at
the next read: the first /clone after it may defer with the old setting (the result itself
always follows the policy read from the database).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from .models import GuildPolicy
from .resilient import ResilientStore


class PolicyCache:
    def __init__(self) -> None:
        self._policies: dict[int, GuildPolicy] = {}
        #: Set once every stored policy was loaded: a guild missing then has none, so it
        #: gets the bot-wide default (GUILD_EPHEMERAL_REPLIES).
        self.default_ephemeral: bool | None = None

    def remember(self, policy: GuildPolicy) -> GuildPolicy:
        self._policies[policy.guild_id] = policy
        return policy

    def get(self, guild_id: int) -> GuildPolicy | None:
        return self._policies.get(guild_id)

    def ephemeral(self, guild_id: int | None) -> bool:
        """Whether the guild's replies are ephemeral, as last seen; True when unknown."""
        policy = self._policies.get(guild_id) if guild_id is not None else None
        if policy is not None:
            return bool(policy.ephemeral)
        return (
            True if self.default_ephemeral is None or guild_id is None else self.default_ephemeral
        )


class CachingStore(ResilientStore):
    """The bot's store: bounded retries, and every policy read or written is remembered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.policies = PolicyCache()

    async def load_policies(self) -> int:
        """Remember every stored policy (at start-up); returns how many there are."""

        async def load() -> list[GuildPolicy]:
            async with self.database.session() as session:
                return list(await session.scalars(select(GuildPolicy)))

        policies = await self._retry("load_policies", load, repeatable=True)
        for policy in policies:
            self.policies.remember(policy)
        self.policies.default_ephemeral = bool(self.policy_defaults.get("ephemeral", True))
        return len(policies)

    async def get_policy(self, guild_id: int) -> GuildPolicy:
        return self.policies.remember(await super().get_policy(guild_id))

    async def update_policy(
        self, guild_id: int, actor_id: int | None, /, **changes: Any
    ) -> GuildPolicy:
        return self.policies.remember(await super().update_policy(guild_id, actor_id, **changes))
