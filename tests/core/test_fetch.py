import datetime as dt

import pytest

from app.core import fetch
from app.core.fetch import fetch as fetch_url
from app.core.fetch import is_url, load_url
from app.core.loading import LoadError
from tests.fixtures.web_server import closed_port, serve, silent_server, standard_routes


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def base():
    with serve(standard_routes()) as address:
        yield address


def test_is_url():
    assert is_url("https://example.org/a?b=c")
    assert is_url("  HTTP://example.org  ")
    assert not is_url("ftp://example.org/file")
    assert not is_url("file:///etc/passwd")
    assert not is_url("https://example.org/a b")
    assert not is_url("see https://example.org")
    assert not is_url("https://")


def test_a_web_page_is_read_as_one_without_its_scripts(base):
    loaded = load_url(base + "/story")
    assert loaded.format == "html"
    assert loaded.source == base + "/story"
    assert loaded.title == "Ferry timetable changes"
    assert "twice a day" in loaded.text
    assert "script ran" not in loaded.text and "Copyright" not in loaded.text
    assert loaded.meta.url == base + "/story"
    assert loaded.meta.authors == ("Ana Ruiz",)
    assert loaded.meta.site == "Harwick Gazette"
    assert loaded.meta.published == dt.date(2024, 3, 12)


def test_a_redirect_is_followed_and_the_final_address_kept(base):
    loaded = load_url(base + "/moved")
    assert loaded.source == base + "/moved"
    assert loaded.meta.url == base + "/story"


def test_plain_text_by_content_type_and_the_declared_charset(base):
    assert load_url(base + "/notes.txt").format == "text"
    assert "café on the quay" in load_url(base + "/latin").text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "404"),
        ("/loop", "too many redirects"),
        ("/to-file", "not http(s)"),
        ("/huge", "too large"),
    ],
)
def test_failures_are_one_plain_line(base, path, reason):
    with pytest.raises(LoadError, match=r"^[^\n]+$") as caught:
        load_url(base + path)
    assert reason in str(caught.value)


def test_a_body_longer_than_the_limit_is_cut_off_and_refused(monkeypatch):
    monkeypatch.setattr(fetch, "MAX_BYTES", 1000)
    routes = {"/big": (200, {"Content-Type": "text/plain"}, b"x" * 5000)}
    with serve(routes) as address, pytest.raises(LoadError, match="too large"):
        fetch_url(address + "/big")


def test_a_closed_port_and_a_silent_server():
    with pytest.raises(LoadError, match="refused"):
        fetch_url(closed_port())
    with silent_server() as address, pytest.raises(LoadError, match="no answer"):
        fetch_url(address, timeout=0.5)


def test_only_http_addresses_are_fetched():
    with pytest.raises(LoadError, match="only http"):
        fetch_url("file:///etc/passwd")
