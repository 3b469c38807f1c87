"""Routes and clocks for delivery tests without Discord."""

from __future__ import annotations

from bot.delivery import DeliveryError, Fault, Letter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Notice:
    def __init__(self, route: ScriptedRoute, letter: Letter) -> None:
        self.route = route
        self.content = letter.content
        self.edits: list[str] = []

    async def edit(self, content: str) -> None:
        self.edits.append(content)
        self.content = content


class ScriptedRoute:
    """Fails with the scripted faults in order, then delivers; records every attempt."""

    def __init__(self, name: str, *faults: Fault, always: Fault | None = None) -> None:
        self.name = name
        self.faults = list(faults)
        self.always = always
        self.attempts: list[Letter] = []
        self.delivered: list[Letter] = []
        self.notices: list[Notice] = []

    async def send(self, letter: Letter) -> Notice:
        self.attempts.append(letter)
        if self.faults:
            raise DeliveryError(self.faults.pop(0))
        if self.always is not None:
            raise DeliveryError(self.always)
        self.delivered.append(letter)
        notice = Notice(self, letter)
        self.notices.append(notice)
        return notice


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
