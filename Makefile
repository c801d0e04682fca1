# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test browser bench bench-extraction bench-speed bench-mutations bench-inputs bench-hostile fuzz corpus-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[model,test,bench]'
	touch $(STAMP)

# A demonstration, not a gate: show the report and exit 0 even with findings.
run: $(STAMP)
	$(BIN)/factcheck --sources sources --exit-zero claims/

test: $(STAMP) browser
	$(BIN)/python -m pytest

# The HTML report's browser test drives Debian's chromium (playwright comes with the test
# extra). Try to install the browser; if that is impossible the test skips and says why.
browser:
	@if [ ! -x $(CHROMIUM) ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium for the HTML report's browser test (apt-get)"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
		( $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium ) >/dev/null 2>&1 \
			|| echo "note: could not install chromium; the browser test will be skipped"; \
	fi

# The long fuzzing session: 15,750 hypothesis examples and the full-size inputs (about 17 minutes).
fuzz: $(STAMP)
	FACTCHECK_FUZZ=1 $(BIN)/python -m pytest -m "fuzz or not fuzz" tests/test_fuzz.py tests/normalize/test_money_properties.py

# Every article in reach (repository and ../shared/corpus/dev): no crash, every claim span exact.
corpus-check: $(STAMP)
	$(BIN)/python bench/corpus_check.py

bench: bench-extraction bench-speed bench-mutations

bench-extraction: $(STAMP)
	$(BIN)/python bench/extraction.py

bench-speed: $(STAMP)
	$(BIN)/python bench/speed.py

bench-mutations: $(STAMP)
	$(BIN)/python bench/mutations.py

# Markdown and HTML renderings of the dev corpus: same claims at the same source lines?
bench-inputs: $(STAMP)
	$(BIN)/python -W ignore bench/inputs.py

# Hostile HTML/Markdown shapes at n, 2n, 4n: each doubling should about double the time.
bench-hostile: $(STAMP)
	$(BIN)/python bench/hostile.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
