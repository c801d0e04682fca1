"""Money mentions of other extractors' public English test suites, read by factcheck's grammar.

    python bench/peer_money.py [--recognizers PATH/CurrencyModel.json]

Suites are read from where they are installed or downloaded, never copied into this project:
- quantulum3: its test data installed with the package (`_lang/en_US/tests/quantities.json`),
  the expectations whose unit is a currency;
- Microsoft Recognizers-Text: `Specs/NumberWithUnit/English/CurrencyModel.json` of its public
  repository, when a path to a downloaded copy is given (skipped otherwise).
A mention is read right when factcheck finds a mention over the expected surface with the expected
value (cents as whole currency units: "50 cents" is 0.5). Misses are printed by suite, so the
failing constructions can be fixed by construction, with test sentences of our own.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINOR = {"cent", "cents", "penny", "pence", "pennies"}


def quantulum_cases() -> list[tuple[str, str, Decimal]] | None:
    try:
        import quantulum3
    except ImportError:
        return None
    path = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"
    if not path.exists():
        return None
    from quantulum3 import load

    names = load.units("en_US").names
    currency_units = {name for name, unit in names.items() if unit.entity.name == "currency"}
    cases = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        for expected in item["res"]:
            if expected["unit"] in currency_units:
                value = Decimal(str(expected["value"]))
                cases.append((item["req"], expected["surface"], value / 100 if expected["unit"] in MINOR else value))
    return cases


def recognizers_cases(path: Path | None) -> list[tuple[str, str, Decimal]] | None:
    if path is None or not path.exists():
        return None
    cases = []
    for item in json.loads(path.read_text(encoding="utf-8-sig")):
        for expected in item.get("Results", []):
            resolution = expected.get("Resolution") or {}
            if expected.get("TypeName") != "currency" or "value" not in resolution:
                continue
            value = Decimal(str(resolution["value"]))
            unit = str(resolution.get("unit", "")).lower()
            cases.append((item["Input"], expected["Text"], value / 100 if unit in MINOR else value))
    return cases


def read_right(text: str, surface: str, value: Decimal) -> bool:
    from factcheck.normalize.money import find_money

    at = text.lower().find(surface.lower())
    for mention in find_money(text):
        over = at < 0 or (mention.start < at + len(surface) and at < mention.end)
        if over and mention.value is not None and (mention.value == value or mention.high == value):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recognizers", type=Path, help="a downloaded Recognizers-Text English CurrencyModel.json")
    parser.add_argument("--details", action="store_true", help="print every miss")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    suites = {"quantulum3 (installed test data)": quantulum_cases(), "Recognizers-Text CurrencyModel (English)": recognizers_cases(args.recognizers)}
    total_right = total = 0
    print(f"{'suite':<44} {'mentions':>8} {'read right':>10}")
    for name, cases in suites.items():
        if cases is None:
            print(f"{name:<44} {'skipped (not installed / no path given)':>20}")
            continue
        right = [read_right(*case) for case in cases]
        total_right, total = total_right + sum(right), total + len(cases)
        print(f"{name:<44} {len(cases):8d} {sum(right) / len(cases) if cases else 0:10.3f}")
        if args.details:
            for (_text, surface, value), ok in zip(cases, right, strict=True):
                if not ok:
                    print(f"    missed {surface!r} = {value}")  # the surface only: the suites' sentences stay theirs
    if total:
        print(f"{'all':<44} {total:8d} {total_right / total:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
