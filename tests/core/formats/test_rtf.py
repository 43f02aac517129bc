import pytest

from app.core.formats import FormatError
from app.core.formats.rtf import extract_rtf

RTF = (
    rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}{\info{\title Market day}}"
    rb"\f0 The market returns to the square on Thursday.\par "
    rb"Stalls will sell cheese, bread and caf\'e9 cr\'e8me.\par "
    rb"{\b Parking} is free after six.\par}"
)


def test_paragraphs_title_and_escapes():
    extracted = extract_rtf(RTF)
    assert extracted.title == "Market day"
    assert extracted.text.split("\n") == [
        "Market day",
        "The market returns to the square on Thursday.",
        "Stalls will sell cheese, bread and café crème.",
        "Parking is free after six.",
    ]


def test_not_rtf():
    with pytest.raises(FormatError, match="not RTF"):
        extract_rtf(b"plain words")


def test_rtf_without_text():
    with pytest.raises(FormatError):
        extract_rtf(rb"{\rtf1\ansi{\fonttbl{\f0 Times;}}}")
