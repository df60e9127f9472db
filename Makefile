# livewell — every set-up step is here, so a fresh Debian 12 machine needs only
# `make run` (serve the app) and `make test` (run every check).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run serve setup install install-dev migrate starter-data test test-postgres fuzz lint typecheck pytest bench screenshot clean chromium

$(VENV)/.base-installed: requirements/base.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.dev-installed: requirements/dev.txt requirements/base.txt $(VENV)/.base-installed
	$(PIP) install --quiet -r requirements/dev.txt
	touch $@

install: $(VENV)/.base-installed
install-dev: $(VENV)/.dev-installed

## make run: install, migrate, load starter data, serve on http://$(HOST):$(PORT) with gunicorn
run: setup serve

setup: install migrate starter-data
	$(PY) manage.py collectstatic --noinput --verbosity 0

migrate: install
	$(PY) manage.py migrate --noinput --verbosity 0
	@echo "Database is up to date."

starter-data: install
	$(PY) manage.py load_starter_data

serve:
	@echo "livewell is at http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	$(VENV)/bin/gunicorn livewell.wsgi:application --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--access-logfile - --graceful-timeout 5

## make test: lint, format check, type check and every test, including browser tests
test: install-dev chromium lint typecheck pytest

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install-dev
	$(VENV)/bin/mypy livewell tests bench scripts

pytest: install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

## make test-postgres: the pytest suite on PostgreSQL ($(POSTGRES_URL))
test-postgres: install-dev chromium
	DATABASE_URL=$(POSTGRES_URL) $(PY) -m pytest $(PYTEST_ARGS)

## make fuzz: the API property tests with a fresh random seed and FUZZ_EXAMPLES cases per operation, on PostgreSQL
FUZZ_EXAMPLES ?= 300
fuzz: install-dev
	DATABASE_URL=$(POSTGRES_URL) LIVEWELL_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/api/test_schemathesis.py

## make bench: every benchmark in bench/, figures printed and written to docs/benchmarks.md
bench: install-dev
	$(PY) -m bench

## make screenshot: retake the README screenshot with the browser harness
screenshot: install-dev chromium
	UPDATE_SCREENSHOT=1 $(PY) -m pytest tests/e2e/test_screenshot.py -q

clean:
	rm -rf $(VENV) var .mypy_cache .pytest_cache .ruff_cache
