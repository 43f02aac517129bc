"""Fetching an article from an http(s) address, as the CLI and the GUI's drop and paste do.

The standard library's urllib does the work, held to what an article needs:

- only `http://` and `https://` addresses, and redirects only to those (at most
  `MAX_REDIRECTS`); nothing else is opened (no file:, ftp: or data: handlers are installed);
- a timeout for connecting and for each read, and a limit on the whole download;
- at most `loading.MAX_BYTES`, refused from the Content-Length header when it says more, and
  cut off (and refused) when the body runs past it;
- the body is only read, never run: pages go through the same readers as saved files, which
  parse HTML without scripts or network access.

The response's content type chooses the reader (a web page, a PDF, a Word file, plain text);
the charset it declares is honoured. Every failure is a `LoadError` with one plain line
("no network, or the name 'x' cannot be found", "the server answered 404 Not Found", ...).
Proxies set in the environment (http_proxy, https_proxy, no_proxy) are used.
"""

from __future__ import annotations

import codecs
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from app.core.loading import MAX_BYTES, LoadedText, LoadError, load_bytes

TIMEOUT_SECONDS = 20.0
# The whole download may take this many times the timeout (a server that drips bytes).
_TOTAL_TIMEOUTS = 3
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_USER_AGENT = "Keyfacts/1.0 (article summariser; +https://pypi.org/project/keyfacts/)"
_SUFFIX_BY_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "text/markdown": ".md",
    "text/plain": ".txt",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded body and what the server said about it."""

    data: bytes
    url: str
    content_type: str
    charset: str | None


def is_url(text: str) -> bool:
    """Whether `text` is one http(s) address and nothing else (a drop, a paste, an argument)."""
    text = text.strip()
    if not text or any(char.isspace() for char in text):
        return False
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def load_url(url: str, timeout: float = TIMEOUT_SECONDS) -> LoadedText:
    """Fetch an address and read it as the article it holds; `meta.url` is where it ended up.

    Raises:
        LoadError: not an http(s) address, no network, an HTTP error, too large, or a body that
            no reader can use; the message is one line without the address.
    """
    fetched = fetch(url, timeout)
    data = fetched.data
    if fetched.charset and not fetched.content_type.endswith(("pdf", "document", "rtf")):
        data = _as_utf8(data, fetched.charset)
    suffix = _SUFFIX_BY_TYPE.get(fetched.content_type, _suffix_of(fetched.url))
    loaded = load_bytes(data, url, suffix)
    meta = loaded.meta.replace(url=fetched.url)
    return LoadedText(
        text=loaded.text,
        source=url,
        title=loaded.title,
        encoding=loaded.encoding,
        format=loaded.format,
        published=loaded.published,
        meta=meta,
    )


def fetch(url: str, timeout: float = TIMEOUT_SECONDS) -> Fetched:
    """Download an http(s) address within the limits of the module docstring.

    Raises:
        LoadError: with a one-line reason.
    """
    if not is_url(url):
        raise LoadError("only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(
        url.strip(),
        headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "identity", "Accept": "*/*"},
    )
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _Redirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    try:
        with opener.open(request, timeout=timeout) as response:
            data = _read_limited(response, timeout)
            headers: Message = response.headers
            final_url = str(response.geturl())
    except LoadError:
        raise
    except urllib.error.HTTPError as error:
        raise LoadError(f"the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise LoadError(_reason(error.reason)) from None
    except TimeoutError:
        raise LoadError(f"no answer within {timeout:g} seconds") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise LoadError(_reason(error)) from None
    return Fetched(
        data=data,
        url=final_url,
        content_type=headers.get_content_type().lower(),
        charset=headers.get_content_charset(),
    )


def _check_redirect(url: str) -> None:
    """Raises LoadError when a redirect's target `url` is not an http(s) address."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise LoadError("the page redirects to an address that is not http(s)")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects, at most MAX_REDIRECTS of them and only to http(s)."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        _check_redirect(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def http_error_302(  # the one place urllib counts redirects; a loop gets a plain message
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> Any:
        target = headers.get("Location") or headers.get("URI") or ""
        _check_redirect(urljoin(req.full_url, target))
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as error:
            if "redirect" in str(error.reason).lower():
                raise LoadError(f"too many redirects (more than {MAX_REDIRECTS})") from None
            raise

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _read_limited(response: Any, timeout: float) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > MAX_BYTES:
        raise LoadError(_too_large())
    deadline = time.monotonic() + _TOTAL_TIMEOUTS * timeout
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > MAX_BYTES:
            raise LoadError(_too_large())
        if time.monotonic() > deadline:
            raise LoadError(f"the download took longer than {_TOTAL_TIMEOUTS * timeout:g} seconds")
        chunks.append(chunk)
    if not chunks:
        raise LoadError("the server sent an empty page")
    return b"".join(chunks)


def _too_large() -> str:
    megabytes = MAX_BYTES // (1024 * 1024)
    return f"too large (more than {megabytes} MB); the limit is {megabytes} MB"


def _reason(reason: object) -> str:
    """One plain line for a network failure."""
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer in time from the server (timed out)"
    if isinstance(reason, socket.gaierror):
        return "no network, or the server's name cannot be found"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "the server's security certificate could not be verified"
    if isinstance(reason, ssl.SSLError):
        return "the secure connection failed"
    if isinstance(reason, ConnectionError):
        return "the connection was broken"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror[:1].lower() + reason.strerror[1:]
    text = " ".join(str(reason).split())
    return text or "the address could not be fetched"


def _as_utf8(data: bytes, charset: str) -> bytes:
    """The body re-encoded as UTF-8 with a BOM, so the readers honour the server's charset."""
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return data  # an unknown charset: let the readers guess
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    return codecs.BOM_UTF8 + data.decode(codec, "replace").encode("utf-8")


def _suffix_of(url: str) -> str:
    path = urlsplit(url).path.lower()
    name = path.rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""
