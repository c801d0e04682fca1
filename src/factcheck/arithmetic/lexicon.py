"""The arithmetic lexicon (lexicon.json), loaded once."""

from __future__ import annotations

import json
from pathlib import Path

LEXICON: dict = json.loads((Path(__file__).with_name("lexicon.json")).read_text(encoding="utf-8"))
