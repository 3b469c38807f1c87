"""A test certificate authority for loopback TLS fakes (the fake voice server's ``wss://``).

discord.py hard-codes ``wss://{endpoint}/?v=8`` for the voice gateway, so a loopback fake
must serve TLS with a certificate the bot trusts. :func:`loopback_ca` makes one CA per test
process (``trustme``) and a server certificate for ``127.0.0.1``; nothing is committed and
the private keys live only in this process's memory and a private temporary directory.

How a bot trusts it:

- **Subprocess bot** (``python -m bot``): pass :meth:`LoopbackCA.subprocess_env` in its
  environment. ``SSL_CERT_FILE`` points at a bundle of the system CAs (and certifi's, when
  installed) plus the test CA, so the bot still trusts the real world's CAs. OpenSSL reads
  the variable when aiohttp builds its default context at import, which in a fresh process
  is after the variable is set.
- **In-process bot**: aiohttp builds its verified default context
  (``aiohttp.connector._SSL_CONTEXT_VERIFIED``) once, at import, and discord.py's
  ``HTTPClient`` uses a plain ``TCPConnector`` whose ``ssl=True`` resolves to that context at
  connect time; setting ``SSL_CERT_FILE`` in a running test process therefore changes
  nothing. :meth:`LoopbackCA.trusted_in_process` swaps that module global for a context that
  trusts the default CAs plus the test CA, and restores it on exit (no other process and
  no later test is affected). A bot built with ``discord.Client(connector=...)`` can use
  :meth:`LoopbackCA.client_ssl_context` instead.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import importlib.util
import shutil
import ssl
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import aiohttp.connector
import trustme

__all__ = ["LoopbackCA", "loopback_ca"]

#: The host the fakes serve on; the server certificate names exactly this IP address.
LOOPBACK_HOST = "127.0.0.1"


def _system_ca_pem() -> bytes:
    """The default CA bundle (OpenSSL's file, certifi's if installed), best effort."""
    chunks: list[bytes] = []
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate and Path(candidate).is_file():
            chunks.append(Path(candidate).read_bytes())
            break
    if importlib.util.find_spec("certifi") is not None:  # optional; not a dependency
        certifi = importlib.import_module("certifi")
        chunks.append(Path(certifi.where()).read_bytes())
    return b"\n".join(chunks)


@dataclass(frozen=True)
class LoopbackCA:
    """One test CA and a server certificate for ``127.0.0.1`` signed by it."""

    ca: trustme.CA
    server_cert: trustme.LeafCert
    directory: Path

    @property
    def ca_pem_path(self) -> Path:
        """PEM file of the test CA alone."""
        return self.directory / "test-ca.pem"

    @property
    def ca_bundle_path(self) -> Path:
        """PEM bundle: the system CAs (and certifi's when installed) plus the test CA."""
        return self.directory / "ca-bundle.pem"

    def server_ssl_context(self) -> ssl.SSLContext:
        """A server-side context presenting the ``127.0.0.1`` certificate."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server_cert.configure_cert(context)
        return context

    def client_ssl_context(self) -> ssl.SSLContext:
        """A verifying client context trusting the default CAs and the test CA."""
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context

    def subprocess_env(self) -> dict[str, str]:
        """Environment entries making a child process trust the test CA (and the usual)."""
        return {"SSL_CERT_FILE": str(self.ca_bundle_path)}

    @contextlib.contextmanager
    def trusted_in_process(self) -> Iterator[ssl.SSLContext]:
        """Make aiohttp's default verified context (the one discord.py uses) trust the CA.

        See the module docstring for why the module global is swapped rather than
        ``SSL_CERT_FILE`` set. Restores the original context on exit.
        """
        original = aiohttp.connector._SSL_CONTEXT_VERIFIED
        context = self.client_ssl_context()
        context.set_alpn_protocols(("http/1.1",))
        aiohttp.connector._SSL_CONTEXT_VERIFIED = context
        try:
            yield context
        finally:
            aiohttp.connector._SSL_CONTEXT_VERIFIED = original


@cache
def loopback_ca() -> LoopbackCA:
    """The process-wide test CA (made once; its files are removed at interpreter exit)."""
    ca = trustme.CA(organization_name="VoiceClone test CA")
    server_cert = ca.issue_cert(LOOPBACK_HOST, "localhost")
    directory = Path(tempfile.mkdtemp(prefix="voiceclone-test-ca-"))
    atexit.register(shutil.rmtree, directory, True)
    result = LoopbackCA(ca=ca, server_cert=server_cert, directory=directory)
    ca.cert_pem.write_to_path(str(result.ca_pem_path))
    result.ca_bundle_path.write_bytes(_system_ca_pem() + b"\n" + ca.cert_pem.bytes())
    return result
