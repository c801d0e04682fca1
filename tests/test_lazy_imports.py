"""Modules a one-article run does not need stay unimported until used (the cold start, issue 19)."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_exclusions_import_pathspec_only_when_they_match() -> None:
    code = (
        "import sys\n"
        "from factcheck.exclude import Exclusions\n"
        "rules = Exclusions(extend=('drafts/',))\n"
        "before = 'pathspec' in sys.modules\n"
        "print(before, rules.excluded('drafts', True), rules.excluded('.git', True), rules.excluded('a.txt', False))\n"
    )
    assert _run(code) == "False True True False"


def test_exclusions_still_compare_and_pickle_by_their_fields() -> None:
    code = (
        "import pickle\n"
        "from factcheck.exclude import Exclusions\n"
        "a = Exclusions(extend=('x',)); a.excluded('x', False)\n"
        "b = pickle.loads(pickle.dumps(a))\n"
        "print(a == Exclusions(extend=('x',)), b.excluded('x', False), hash(a) == hash(Exclusions(extend=('x',))))\n"
    )
    assert _run(code) == "True True True"


def test_dollar_countries_wait_for_an_article_that_names_a_dollar() -> None:
    code = (
        "from factcheck.normalize import currencies, dollars\n"
        "from factcheck.normalize.money import find_money\n"
        "text = 'The startup raised $40 million from two funds.'\n"
        "reading = dollars.read_article(text, find_money(text))\n"
        "loaded = 'dollar_countries' in vars(currencies.currency_tables())\n"
        "named = 'It paid A$12 million, or $8 million, for the site.'\n"
        "again = dollars.read_article(named, find_money(named))\n"
        "print(reading.readings['$'].currency, loaded, again.readings['$'].currency, 'AUD' in currencies.currency_tables().dollar_countries)\n"
    )
    assert _run(code) == "USD False USD True"
