"""RTF: striprtf turns the control words into plain text, one paragraph per line.

RTF is 7-bit text with escapes for everything else, so the bytes are read as cp1252 (what
`\\ansi` documents use) and striprtf decodes the `\\'xx` and `\\u` escapes. The title is the
`{\\info{\\title ...}}` field, when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.formats import Extracted, FormatError, with_title

_TITLE = re.compile(r"\{\\title\s+([^{}]*)\}")


def extract_rtf(data: bytes) -> Extracted:
    """The text of an RTF document.

    Raises:
        FormatError: not RTF, or no text in it.
    """
    from striprtf.striprtf import rtf_to_text as untyped

    rtf_to_text: Callable[..., str] = untyped
    source = data.decode("cp1252", "replace")
    if not source.lstrip().startswith("{\\rtf"):
        raise FormatError("the file is not RTF (it does not start with {\\rtf)")
    try:
        text = rtf_to_text(source, errors="replace")
    except Exception:  # striprtf's escape decoding can fail on damaged files
        raise FormatError("the RTF file is damaged and cannot be read") from None
    match = _TITLE.search(source)
    title = rtf_to_text(match.group(1), errors="replace").strip() if match else None
    return with_title(text.replace("\r", "\n").split("\n"), title or None)
