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


def test_yaml_front_matter_is_metadata_not_text():
    import datetime

    source = (
        "---\n"
        'title: "Allotment waiting list closes"\n'
        "authors:\n"
        "  - Ana Ruiz\n"
        "  - Tom Reed\n"
        "date: 2026-10-02T09:00:00Z\n"
        "tags: [gardens]\n"
        "---\n\n"
        "The town's allotment waiting list will close next month, the society said.\n"
    )
    extracted = extract_markdown(source)
    assert extracted.text.split("\n") == [
        "Allotment waiting list closes",
        "The town's allotment waiting list will close next month, the society said.",
    ]
    assert extracted.meta is not None
    assert extracted.meta.authors == ("Ana Ruiz", "Tom Reed")
    assert extracted.published == extracted.meta.published == datetime.date(2026, 10, 2)


def test_toml_front_matter_and_a_heading_title():
    source = (
        '+++\ntitle = "Notes"\nauthor = "Ana Ruiz"\n+++\n\n# Allotments\n\n'
        "The waiting list will close next month.\n"
    )
    extracted = extract_markdown(source)
    assert extracted.text.split("\n") == ["Allotments", "The waiting list will close next month."]
    assert extracted.meta is not None and extracted.meta.authors == ("Ana Ruiz",)


def test_a_rule_that_does_not_open_the_document_is_no_front_matter():
    # A guard: "---" later in the text is a rule, and a text without a block has no meta.
    extracted = extract_markdown("Intro line.\n\n---\n\ntitle: not a field\n")
    assert extracted.meta is None
    assert "title: not a field" in extracted.text
