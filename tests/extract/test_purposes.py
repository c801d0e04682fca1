"""What a budget's money is for when "worth" hangs on the verb above the noun it measures (issue
13): "The budget was $5 billion that included new schemes worth $2 billion" — the noun right before
"worth" is what is worth the figure; and a part named in a relative clause of inclusion ("which
included ...") is spent by the whole's frame. Our own sentences; (text, mention, purpose)."""

from __future__ import annotations

import pytest

WORTH_AFTER_NOUN = [
    ("The city's budget for 2023-24 came to Rs 5.10 lakh crore that included welfare schemes worth Rs 21,500 crore.", "Rs 21,500 crore", "welfare schemes"),
    ("The state's budget last year was Rs 4.2 lakh crore and included fresh projects worth Rs 9,000 crore.", "Rs 9,000 crore", "fresh projects"),
    ("Last year's budget of Rs 4.2 lakh crore included new schemes worth Rs 9,000 crore.", "Rs 9,000 crore", "new schemes"),
    ("The county's budget for 2022 was $3.3 billion that included new grants worth $825 million.", "$825 million", "new grants"),
    # the part in a relative clause of inclusion: its frame is the whole's, the budget
    ("The county's budget was $3.3 billion, which included new programmes worth $825 million.", "$825 million", "new programmes"),
    ("The region's budget for 2021-22 stood at Rs 2.8 lakh crore that included new works worth Rs 7,100 crore.", "Rs 7,100 crore", "new works"),
]


@pytest.mark.parametrize(("text", "mention", "purpose"), WORTH_AFTER_NOUN, ids=[c[0][:60] for c in WORTH_AFTER_NOUN])
def test_noun_before_worth_is_the_purpose(checker, text, mention, purpose):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.relation, claim.object, claim.purpose) == ("spends_on", None, purpose)
