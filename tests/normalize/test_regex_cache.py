"""The on-disk cache of compiled expressions gives what re.compile gives, and never a wrong pattern."""

from __future__ import annotations

import re

import pytest

from factcheck.normalize import regex_cache

# (pattern, flags, texts to search): named groups, classes, look-arounds, flags inline and global.
CASES = [
    (r"(?<![\w])(?P<q>up to|nearly|about)[ \t]+\$(?P<num>\d+(?:\.\d+)?)(?P<scale>bn|billion)?", re.IGNORECASE, ["Up to $5bn", "nearly $10 billion", "$4"]),
    (r"(?-i:[A-Z]{3})(?P<n>\d+)", re.IGNORECASE, ["UAH7", "uah7", "USD 5"]),
    (r"^(?:per|a)(?:[ \t]+|-)(?P<unit>[A-Za-z][\w-]*)$", re.MULTILINE, ["per share", "a-year\nper day", "each"]),
    (r"(?>\d{1,3}(?:,\d{3})+|\d++)(?:\.\d++)?", 0, ["1,234,567.89", "12", "x"]),
    (r"[€£¥₹]\s*(?P<v>\d+)", 0, ["€ 45", "₹3", "$3"]),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str], texts: list[str]) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    for text in texts:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "texts"), CASES)
def test_first_and_cached_compile_match_re_compile(cache, pattern, flags, texts):
    first = regex_cache.compile(pattern, flags)
    assert len(list(cache.glob("re-*.marshal"))) == 1
    again = regex_cache.compile(pattern, flags)  # read back from the file
    for compiled in (first, again):
        _same(compiled, re.compile(pattern, flags), texts)
        assert compiled == re.compile(pattern, flags)  # same opcodes


def test_a_cached_pattern_is_not_compiled_again(cache, monkeypatch):
    regex_cache.compile(CASES[0][0], CASES[0][1])

    def never(*args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex_cache, "_compiled_parts", never)
    assert regex_cache.compile(CASES[0][0], CASES[0][1]).search("about $3 billion")


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", None])
def test_a_damaged_or_foreign_file_means_compiling_as_usual(cache, damage):
    pattern, flags, texts = CASES[1]
    regex_cache.compile(pattern, flags)
    (path,) = cache.glob("re-*.marshal")
    if damage is None:  # a file whose stored expression is another one (a hash collision)
        import marshal

        other = marshal.loads(path.read_bytes())
        path.write_bytes(marshal.dumps(("something else", *other[1:])))
    else:
        path.write_bytes(damage)
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags), texts)


def test_opcodes_that_do_not_fit_the_pattern_are_refused(cache):
    """The engine validates the code it is given: a file with the opcodes of another expression
    (under this one's name) raises inside the cache, and the expression is compiled anew."""
    import marshal

    pattern, flags, texts = CASES[0]
    regex_cache.compile(pattern, flags)
    (path,) = cache.glob("re-*.marshal")
    stored = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((stored[0], stored[1], stored[2], stored[3][: len(stored[3]) // 2], *stored[4:])))
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags), texts)


def test_off_and_unwritable_directories_compile_as_usual(tmp_path, monkeypatch):
    pattern, flags, texts = CASES[2]
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "off")
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags), texts)
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocked / "cache"))
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags), texts)


def test_grammars_compile_the_same_through_the_cache(cache):
    """Every expression of the money, percent and quantity grammars, built on an empty cache and
    again from it, equals re.compile's (a Pattern's equality compares its opcodes too)."""
    from factcheck.normalize import money, percent, quantity
    from factcheck.normalize.wordlists import pattern_data

    for module, data in ((money, (money.lexicon(),)), (percent, (pattern_data("percent"), money.lexicon())), (quantity, (pattern_data("quantity"), money.lexicon()))):
        first, second = module._Grammar(*data), module._Grammar(*data)
        for name, value in vars(first).items():
            if isinstance(value, re.Pattern):
                assert value == getattr(second, name) == re.compile(value.pattern, value.flags), f"{module.__name__}.{name}"
