# Two commands on a fresh machine: `make run` (demo) and `make test` (whole suite).
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install run demo test lint system-deps messages bench bench-deps

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo

run: demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Debian packages the suite needs: Chromium for the browser tests, Noto fonts (Arabic,
# Tifinagh) and Pango for WeasyPrint's PDFs, poppler to read PDFs back in tests.
SYSTEM_PACKAGES := chromium fonts-noto-core poppler-utils libpango-1.0-0 libpangoft2-1.0-0 \
	libharfbuzz-subset0
system-deps:
	@if [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null \
	    || ! fc-list | grep -qi "Noto Naskh Arabic" || ! ldconfig -p | grep -q libpangoft2; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	      --no-install-recommends $(SYSTEM_PACKAGES); \
	  else echo "Missing Debian packages ($(SYSTEM_PACKAGES)): run as root to install"; fi; \
	fi

test: install system-deps
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Translators: refresh catalogues after changing strings, then commit the .po and .mo files.
messages: install
	$(PY) manage.py makemessages -l ar -l fr -l zgh -l en --ignore=.venv/* --ignore=var/*
	$(PY) manage.py compilemessages --ignore=.venv

# Benchmarks (bench/run.py): gunicorn + PostgreSQL + Redis on loopback, wrk against the
# public pages and nginx's ceiling; seeds its own database `bench` the first time.
bench-deps: system-deps
	@if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -q --no-install-recommends wrk nginx-light; \
	  else echo "Missing Debian packages (wrk nginx-light): run as root to install"; fi; \
	fi

bench: install bench-deps
	$(PY) -m bench.run $(BENCH_ARGS)
