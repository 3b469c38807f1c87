"""What the policy needs to know about the member behind an interaction."""

from __future__ import annotations

import discord

from .policy import PolicyView, Requester, is_moderator


def role_ids(user: discord.abc.User) -> frozenset[int]:
    """The member's role ids (none for a user outside a guild)."""
    return frozenset(role.id for role in getattr(user, "roles", []))


def requester_of(interaction: discord.Interaction) -> Requester:
    return Requester(
        user_id=interaction.user.id,
        channel_id=interaction.channel_id or 0,
        role_ids=role_ids(interaction.user),
    )


def moderates(policy: PolicyView, user: discord.abc.User) -> bool:
    """Manage Server, or one of the guild's moderator roles."""
    permissions = getattr(user, "guild_permissions", None)
    return is_moderator(
        policy,
        manage_guild=bool(permissions and permissions.manage_guild),
        role_ids=role_ids(user),
    )


def manages_guild(interaction: discord.Interaction) -> bool:
    """Manage Server (Administrator and the owner included) as Discord resolved it for this
    interaction: fresh, unlike cached roles, and whatever command permissions a server set
    (those say who may run a command, not what the member may change)."""
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def moderates_here(policy: PolicyView, interaction: discord.Interaction) -> bool:
    """The member behind ``interaction`` moderates: Manage Server, or a moderator role."""
    return is_moderator(
        policy, manage_guild=manages_guild(interaction), role_ids=role_ids(interaction.user)
    )
