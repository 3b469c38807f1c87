"""Start a child that reads untrusted bytes with least privilege.

* **Environment**: only ``PATH`` and ``LC_ALL``; the bot's secrets (``DISCORD_TOKEN``,
  ``INWORLD_API_KEY``, a database URL with its password) never reach the child.
* **Limits**, set before the child's program starts and inherited across ``exec``: address
  space, CPU seconds (soft; the kernel kills the child one second later), file size 0 (the child
  writes only to pipes), open files, no core dumps. util-linux ``prlimit`` applies them where it
  exists; elsewhere a short Python trampoline does (``resource``, then ``os.execv``). Not
  ``preexec_fn``: it is unsafe in a process with threads, and the bot has them.
* **No network** where the platform allows it without root: ``unshare --user --net`` gives the
  child a network namespace of its own whose only interface is a loopback that is down. Whether
  that works is probed once per process; where it does not (no ``unshare``, unprivileged user
  namespaces disabled, a container's seccomp profile refusing them) the child runs on the host's
  network and the caller's protocol allow-list remains the guard.
"""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: All the child gets of an environment (no locale files needed, messages stay parseable).
CHILD_ENV: dict[str, str] = {"PATH": os.defpath, "LC_ALL": "C"}

_PROBE_TIMEOUT = 5.0

#: Run by ``python -I -S -c`` where ``prlimit`` is missing: argv is the limits as
#: ``kind:soft:hard`` triples, ``--``, then the program and its arguments.
_TRAMPOLINE = """\
import os, resource, sys
split = sys.argv.index("--")
for spec in sys.argv[1:split]:
    kind, soft, hard = spec.split(":")
    try:
        resource.setrlimit(getattr(resource, "RLIMIT_" + kind), (int(soft), int(hard)))
    except (AttributeError, OSError, ValueError):
        pass  # a limit this platform does not have or refuses
os.execv(sys.argv[split + 1], sys.argv[split + 1 :])
"""


@dataclass(frozen=True)
class ChildLimits:
    """Resource caps for one child (soft limits; CPU's hard limit is one second more)."""

    memory_bytes: int
    cpu_seconds: int
    open_files: int = 64
    file_bytes: int = 0

    def __post_init__(self) -> None:
        if self.memory_bytes <= 0 or self.cpu_seconds <= 0 or self.open_files <= 0:
            raise ValueError("memory, CPU and open-file limits must be positive")
        if self.file_bytes < 0:
            raise ValueError("file_bytes cannot be negative")

    def rlimits(self) -> list[tuple[str, int, int]]:
        """``(name, soft, hard)`` for each limit, never above what this process may grant."""
        wanted = (
            ("AS", self.memory_bytes, self.memory_bytes),
            ("CPU", self.cpu_seconds, self.cpu_seconds + 1),
            ("FSIZE", self.file_bytes, self.file_bytes),
            ("NOFILE", self.open_files, self.open_files),
            ("CORE", 0, 0),
        )
        return [(name, *_clamp(name, soft, hard)) for name, soft, hard in wanted]


def _clamp(name: str, soft: int, hard: int) -> tuple[int, int]:
    """An unprivileged process cannot raise a hard limit: stay within the inherited one."""
    _, current_hard = resource.getrlimit(getattr(resource, f"RLIMIT_{name}"))
    if current_hard != resource.RLIM_INFINITY:
        hard = min(hard, current_hard)
    return min(soft, hard), hard


class Sandbox:
    """Builds the command line that runs a program under :class:`ChildLimits`.

    ``prlimit`` and ``unshare`` are paths to the util-linux tools (``None``: not used, the
    Python trampoline sets the limits / no network isolation); :meth:`from_path` finds them.
    """

    def __init__(
        self, *, prlimit: str | None, unshare: str | None, python: str = sys.executable
    ) -> None:
        self.prlimit = prlimit
        self.unshare = unshare
        self.python = python
        self._isolates: bool | None = None if unshare else False

    @classmethod
    def from_path(cls) -> Sandbox:
        """The util-linux tools found on ``PATH``, if any."""
        return cls(prlimit=shutil.which("prlimit"), unshare=shutil.which("unshare"))

    async def isolates_network(self) -> bool:
        """Whether children get a network namespace of their own (probed once, then cached)."""
        if self._isolates is None:
            assert self.unshare is not None
            self._isolates, reason = await probe_network_isolation(self.unshare)
            if self._isolates:
                log.info("Children that read uploads run without network (user namespace)")
            else:
                log.warning(
                    "Children that read uploads share the host's network (%s); ffmpeg's "
                    "protocol allow-list still keeps it off the network",
                    reason,
                )
        return self._isolates

    async def command(self, argv: Sequence[str], limits: ChildLimits) -> list[str]:
        """``argv`` (``argv[0]`` an absolute path) wrapped in the limits and, where possible,
        a network namespace. Every wrapper ``exec``s the next, so the pid is the program's."""
        if not Path(argv[0]).is_absolute():
            raise ValueError("the sandboxed program must be given by absolute path")
        program = list(argv)
        if await self.isolates_network():
            assert self.unshare is not None
            program = [self.unshare, "--user", "--net", "--", *program]
        rlimits = limits.rlimits()
        if self.prlimit is not None:
            flags = [f"--{name.lower()}={soft}:{hard}" for name, soft, hard in rlimits]
            return [self.prlimit, *flags, "--", *program]
        specs = [f"{name}:{soft}:{hard}" for name, soft, hard in rlimits]
        return [self.python, "-I", "-S", "-c", _TRAMPOLINE, *specs, "--", *program]


async def probe_network_isolation(unshare: str) -> tuple[bool, str]:
    """Run ``unshare --user --net`` on ``unshare --version``: did it work, and if not, why."""
    try:
        proc = await asyncio.create_subprocess_exec(
            unshare,
            "--user",
            "--net",
            "--",
            unshare,
            "--version",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
            env=CHILD_ENV,
        )
    except OSError as exc:
        return False, f"{unshare} could not be run: {exc.strerror}"
    try:
        _, err = await asyncio.wait_for(proc.communicate(), _PROBE_TIMEOUT)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        return False, f"{unshare} did not answer within {_PROBE_TIMEOUT:g} s"
    if proc.returncode == 0:
        return True, ""
    message = err.decode("utf-8", "replace").strip().splitlines()
    return False, (message[-1][:200] if message else f"{unshare} exited {proc.returncode}")


#: The sandbox every ffmpeg run uses unless a caller passes its own.
DEFAULT_SANDBOX = Sandbox.from_path()
