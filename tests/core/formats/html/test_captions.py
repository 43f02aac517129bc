"""Photo captions, which the extractors drop, come back under the paragraph their figure
follows, marked as captions."""

from __future__ import annotations

from app.core.analysis import analyze
from app.core.formats.html import extract_html
from app.core.loading import load_bytes

PARAGRAPHS = [
    "The harbour board has approved a new sea wall along the east quay after two winters of "
    "flooding in the old town.",
    "Work on the wall will start in the spring and is expected to take eighteen months, the "
    "board said in a statement on its website.",
    "Shopkeepers on the quay welcomed the news but said they had waited far too long for it, "
    "and asked for help with the cost of cleaning up.",
]
CAPTION = "Waves break over the east quay during the January storm. Photo: Harbour Board"


def _page(figure: str) -> str:
    first, second, third = (f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        "<html><head><title>Sea wall approved for east quay</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>Sea wall approved for east quay</h1>{first}{figure}{second}{third}"
        "</article></main><footer>Contact us</footer></body></html>"
    )


def test_a_caption_comes_back_under_the_paragraph_before_its_figure() -> None:
    page = _page(f'<figure><img src="w.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>')
    lines = extract_html(page).text.split("\n")
    assert lines[lines.index(PARAGRAPHS[0]) + 1] == CAPTION
    assert lines.index(PARAGRAPHS[1]) == lines.index(CAPTION) + 1


def test_the_caption_is_dimmed_furniture_and_never_summarised() -> None:
    page = _page(f'<figure><img src="w.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>')
    analysis = analyze(load_bytes(page.encode(), "page.html", ".html"))
    text = analysis.document.text
    start = text.index(CAPTION)
    assert any(
        f.start <= start < f.end and f.kind == "caption" for f in analysis.document.furniture
    )
    assert all(CAPTION not in s.text for s in analysis.summary)


def test_a_figure_with_no_caption_or_a_one_word_caption_adds_nothing() -> None:
    # A guard: nothing else is added.
    page = _page('<figure><img src="w.jpg" alt=""><figcaption>Storm</figcaption></figure>')
    assert extract_html(page).text.split("\n")[1:] == PARAGRAPHS
