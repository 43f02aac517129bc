import app.core


def test_public_api_is_pinned():
    assert app.core.__all__ == sorted(
        [
            "Analysis",
            "AnalysisOptions",
            "Cancelled",
            "DateFact",
            "DedupResult",
            "Document",
            "Fact",
            "Facts",
            "InitiativeFact",
            "KeyfactsError",
            "LoadError",
            "LoadedText",
            "METHODS",
            "Paragraph",
            "QuoteFact",
            "Removal",
            "Sentence",
            "SummaryError",
            "SummaryLength",
            "analyze",
            "analyze_path",
            "load_bytes",
            "load_path",
            "loaded_from_text",
            "method_names",
            "remove_duplicates",
            "resummarize",
            "summarize",
        ]
    )


def test_every_public_name_resolves():
    for name in app.core.__all__:
        assert getattr(app.core, name) is not None, name
