"""The shared vocabulary below every stage: amounts, currencies, names, relations, folding."""
