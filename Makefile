# Two commands on a fresh machine: `make run` (demo) and `make test` (whole suite).
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install run demo test lint browser-deps messages

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

# Browser tests drive Debian's Chromium; install it when we can (root, apt).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list | grep -qi "Noto Naskh Arabic"; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	      --no-install-recommends chromium fonts-noto-core; \
	  else echo "Chromium missing: browser tests will be skipped (run as root to install)"; fi; \
	fi

test: install browser-deps
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Translators: refresh catalogues after changing strings, then commit the .po and .mo files.
messages: install
	$(PY) manage.py makemessages -l ar -l fr -l zgh -l en --ignore=.venv/* --ignore=var/*
	$(PY) manage.py compilemessages --ignore=.venv
