"""Rules about the article text itself, not its figures (FC9xx)."""
