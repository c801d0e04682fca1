"""Which figure a total word makes a total: the one it names ("a total of $9 billion", "the
combined $9 billion"), not a part taken out of a whole it names before a comma ("Out of the total
expenditure, Rs 500 crore ..."). Our own sentences."""

from __future__ import annotations

import pytest

CASES = [
    ("Out of the total spending, Rs 4,12,300.50 crore goes to the revenue account.", "Rs 4,12,300.50 crore", None),
    ("Of the total outlay, $3 billion goes to defence.", "$3 billion", None),
    ("Out of its combined budget, €40 million is set aside for schools.", "€40 million", None),
    ("Acme put $2 billion of the combined $9 billion into Bolt.", "$9 billion", "combined"),
    ("Acme put $2 billion of the combined $9 billion into Bolt.", "$2 billion", None),
    ("Acme and Bolt invested a total of $9 billion in Cirrus.", "$9 billion", "total"),
    ("The total cost was $4 billion.", "$4 billion", "total"),
]


@pytest.mark.parametrize(("text", "mention", "total"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_total_word(money_claim, text, mention, total):
    assert money_claim(text, mention).context.total == total
