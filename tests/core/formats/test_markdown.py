from app.core.formats.markdown import extract_markdown, strip_inline

SOURCE = """# Canal reopens

The canal reopened on **Monday** after a
two-year [restoration](https://example.org/canal), and the first
boats passed the new lock.

![a photo](photo.jpg)

## What changed

- The lock gates were _replaced_.
- A towpath was `resurfaced`.

> Volunteers did most of the work.

---

Setext heading
--------------

```
code stays as text
```
"""


def test_syntax_stripped_headings_kept_and_soft_breaks_joined():
    extracted = extract_markdown(SOURCE)
    assert extracted.title == "Canal reopens"
    assert extracted.text.split("\n") == [
        "Canal reopens",
        "The canal reopened on Monday after a two-year restoration, and the first boats passed "
        "the new lock.",
        "What changed",
        "The lock gates were replaced.",
        "A towpath was resurfaced.",
        "Volunteers did most of the work.",
        "Setext heading",
        "code stays as text",
    ]


def test_inline_markup():
    assert strip_inline(r"a ***b*** c \*d\* <span>e</span> [f][1]") == "a b c *d* e f"
    assert strip_inline("snake_case_name stays") == "snake_case_name stays"
