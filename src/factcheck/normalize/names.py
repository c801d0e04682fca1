"""Names as the article writes them, reduced to the form the registry is matched on."""

from __future__ import annotations

import re

_SUFFIXES = re.compile(
    r"(?:[’']s?|,?\s+(?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|PLC|plc|PBC|Co\.?|Group|Holdings|S\.A\.|AG|SE))+$"
)


def normalize_name(text: str) -> str:
    """"Nvidia's" -> "Nvidia", "Microsoft Corp." -> "Microsoft", "the startup" stays."""
    text = re.sub(r"\s+", " ", text.strip().strip("\"“”()[]:;,.•"))
    text = re.sub(r"^(?:the|The)\s+", "", text)
    stripped = _SUFFIXES.sub("", text).strip(" ,")
    return stripped or text
