"""Stage 5, the analysis the rules call: the claims in context (`context`) and their registry
verdicts (`matching`). The engine that runs the rules is `factcheck.engine`."""
