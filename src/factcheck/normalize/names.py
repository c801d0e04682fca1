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


_COMPANY_SUFFIX = re.compile(r"\s+(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|LLC|PLC|plc|Co)\.?$")
SHORT_NAME = 2  # letters a name needs, alone, to be taken for a party (extract.entities.Mention.is_party)


def party_name(text: str) -> str:
    """`normalize_name`, except that a name of two letters keeps its company suffix: "3M Co." or
    "GE Inc." says it is a company, where "3M" or "MN" alone would be a code or a state."""
    name = normalize_name(text)
    whole = re.sub(r"\s+", " ", text.strip().strip("\"“”()[]:;,•"))
    if len(name) <= SHORT_NAME and _COMPANY_SUFFIX.search(whole):
        return re.sub(r"^(?:the|The)\s+", "", whole)
    return name
