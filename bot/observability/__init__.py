"""Health and Prometheus metrics: the bot's metric objects and the optional HTTP endpoint."""

from .health import DatabaseProbe, DiscordGateway, HealthServer, HealthServerError
from .metrics import BotMetrics

__all__ = ["BotMetrics", "DatabaseProbe", "DiscordGateway", "HealthServer", "HealthServerError"]
