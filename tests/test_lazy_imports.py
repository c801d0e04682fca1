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
