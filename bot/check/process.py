"""Run a short command without blocking the event loop, bounded in time and output."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass

#: More than any ``ffmpeg -demuxers`` listing; a runaway program cannot fill memory.
MAX_OUTPUT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Completed:
    returncode: int
    stdout: str
    stderr: str


class ProcessTimeout(Exception):
    """The command ran longer than allowed (it was killed)."""


async def _read_capped(stream: asyncio.StreamReader) -> bytes:
    kept = bytearray()
    while chunk := await stream.read(65536):
        if len(kept) < MAX_OUTPUT_BYTES:
            kept += chunk[: MAX_OUTPUT_BYTES - len(kept)]
    return bytes(kept)


async def run_command(*argv: str, timeout: float) -> Completed:
    """Run ``argv`` with no stdin; raise OSError if it cannot start, ProcessTimeout if slow."""
    proc = await asyncio.create_subprocess_exec(
        *argv,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    try:
        out, err, returncode = await asyncio.wait_for(
            asyncio.gather(_read_capped(proc.stdout), _read_capped(proc.stderr), proc.wait()),
            timeout,
        )
    except TimeoutError:
        raise ProcessTimeout(f"no answer within {timeout:g} s") from None
    finally:
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
    return Completed(returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))
