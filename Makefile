# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint browser bench bench-extraction bench-speed bench-mutations bench-arithmetic bench-inputs bench-hostile bench-server bench-archive archive-sample fuzz corpus-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	@echo "installing factcheck with its model, test, bench and server extras into $(VENV) (pip)"
	$(BIN)/python -m pip install --quiet -e '.[model,test,bench,server]'
	touch $(STAMP)

# The archive extra (Dask, pyarrow): `make test` installs it so the archive tests run.
ARCHIVE_STAMP := $(VENV)/.archive-installed
$(ARCHIVE_STAMP): pyproject.toml $(STAMP)
	@echo "installing the archive extra (dask, pyarrow) into $(VENV) (pip)"
	$(BIN)/python -m pip install --quiet -e '.[model,test,bench,server,archive]'
	touch $(ARCHIVE_STAMP)

# A demonstration, not a gate: show the report and exit 0 even with findings.
run: $(STAMP)
	$(BIN)/factcheck --sources sources --exit-zero claims/

# `make test` (and CI) also runs the pre-commit hook under the real pre-commit (marker `install`).
# It installs nothing outside $(VENV): the browser test skips, saying why, without chromium
# (`make browser` installs it; .ci/run does).
test: $(STAMP) $(ARCHIVE_STAMP)
	$(BIN)/python -m pytest -m "not fuzz"

# The lint extra: ruff, mypy, import-linter, radon (pyproject's [tool.ruff], [tool.mypy], [tool.importlinter]).
LINT_STAMP := $(VENV)/.lint-installed
$(LINT_STAMP): pyproject.toml $(STAMP)
	@echo "installing the lint extra (ruff, mypy, import-linter, radon, PyYAML stubs) into $(VENV) (pip)"
	$(BIN)/python -m pip install --quiet -e '.[model,test,bench,server,lint]'
	touch $(LINT_STAMP)

# Every check runs and the first failure's status is kept, so one run shows all findings.
# mypy runs twice: with pyproject's [tool.mypy] (the pydantic plugin, strict on the contracts) and
# with default settings (`--config-file=`, issue 15). The plugin knows pydantic better than the
# defaults do (a default given positionally, `Field(3)`, makes a field optional only to the
# plugin), so neither run covers the other; the second has its own cache so they do not thrash.
lint: $(LINT_STAMP)
	@status=0; \
	echo "ruff check src tests bench tools"; $(BIN)/ruff check src tests bench tools || status=1; \
	echo "mypy (src/factcheck)"; $(BIN)/mypy || status=1; \
	echo "mypy with default settings (src/factcheck)"; $(BIN)/mypy --config-file= --cache-dir .mypy_cache/defaults src/factcheck || status=1; \
	echo "lint-imports (layers, no spaCy after extract)"; $(BIN)/lint-imports --no-cache || status=1; \
	echo "complexity (radon, at most 15 a function)"; $(BIN)/python tools/complexity.py || status=1; \
	exit $$status

# The HTML report's browser test drives Debian's chromium (playwright comes with the test
# extra). Installs it with apt-get, saying so; if that is impossible the test skips and says why.
browser:
	@if [ ! -x $(CHROMIUM) ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium for the HTML report's browser test (apt-get)"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
		( $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium ) >/dev/null 2>&1 \
			|| echo "note: could not install chromium; the browser test will be skipped"; \
	fi

# The long fuzzing session: 15,750 hypothesis examples and the full-size inputs (about 17 minutes).
fuzz: $(STAMP)
	FACTCHECK_FUZZ=1 $(BIN)/python -m pytest -m "fuzz or not fuzz" tests/test_fuzz.py tests/normalize/test_money_properties.py tests/hostile/test_hostile_cli.py

# Every article in reach (repository and ../shared/corpus/dev): no crash, every claim span exact.
corpus-check: $(STAMP)
	$(BIN)/python bench/corpus_check.py

bench: bench-extraction bench-speed bench-mutations bench-server

bench-extraction: $(STAMP)
	$(BIN)/python bench/extraction.py

bench-speed: $(STAMP)
	$(BIN)/python bench/speed.py

# The language server re-checking a 1,000-word draft after an edit (target: under 0.2 s).
bench-server: $(STAMP)
	$(BIN)/python bench/server.py

bench-mutations: $(STAMP)
	$(BIN)/python bench/mutations.py

# Arithmetic: plant one error in each checkable relation of the dev corpus gold; caught, real errors, false alarms.
bench-arithmetic: $(STAMP)
	$(BIN)/python bench/arithmetic.py

# Markdown and HTML renderings of the dev corpus: same claims at the same source lines?
bench-inputs: $(STAMP)
	$(BIN)/python -W ignore bench/inputs.py

# Throughput of 1 process, --jobs 2 and Dask, flat memory, projected core-hours (issue 18).
bench-archive: $(ARCHIVE_STAMP)
	$(BIN)/python bench/archive.py

# Install the archive extra and check the bundled sample archive on a local Dask cluster.
archive-sample: $(ARCHIVE_STAMP)
	$(BIN)/factcheck archive samples/archive.jsonl --workers 2 --partition-size 2 --output-dir archive-out --exit-zero

# Hostile HTML/Markdown shapes at n, 2n, 4n: each doubling should about double the time.
bench-hostile: $(STAMP)
	$(BIN)/python bench/hostile.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
