# The two commands of the README: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve run test test-postgres lint format setup bench load clean admin chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when the dependency lists change, so a second `make run` is quick.
$(VENV)/.installed-run: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml constraints.txt $(VENV)/.installed-run
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

setup: $(VENV)/.installed-run
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py sync_content

run: setup
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The production way on one machine: gunicorn's sync workers (WORKERS, default 2 per core + 1), DEBUG off,
# static files collected for WhiteNoise (hashed names, compressed, cached for a year), the same database as
# `make run` (or DATABASE_URL). SECRET_KEY comes from the environment, or from .secret_key (made once, kept
# out of git). Cookies are sent over plain HTTP only when serving on loopback; behind an HTTPS proxy see the
# README.
WORKERS ?= $(or $(WEB_CONCURRENCY),$(shell echo $$(( $$(nproc) * 2 + 1 ))))
SERVE_SECURE_COOKIES ?= $(if $(filter 127.0.0.1 localhost ::1,$(HOST)),0,1)
serve: $(VENV)/.installed-run
	@test -n "$$SECRET_KEY" || test -s .secret_key || \
	  (umask 077; $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > .secret_key)
	export SECRET_KEY="$${SECRET_KEY:-$$(cat .secret_key)}" DEBUG=0 \
	  SECURE_COOKIES="$${SECURE_COOKIES:-$(SERVE_SECURE_COOKIES)}"; \
	$(BIN)/python manage.py migrate --noinput && \
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0 && \
	$(BIN)/python manage.py sync_content && \
	WEB_CONCURRENCY=$(WORKERS) exec $(BIN)/gunicorn cps_prep.wsgi:application \
	  --config cps_prep/gunicorn.conf.py --bind $(HOST):$(PORT)

# A staff account for the admin (/admin/): asks for a username, an email address and a password.
admin: setup
	DEBUG=1 $(BIN)/python manage.py createsuperuser

# The browser tests drive Debian's Chromium: install it when missing (as root), or say how.
CHROMIUM ?= /usr/bin/chromium
chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "$(CHROMIUM) is missing: run 'sudo apt-get install chromium', then 'make test' again."; exit 1; \
	  fi; \
	fi

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: chromium lint
	$(BIN)/python -m pytest

# The database tests against PostgreSQL: `make test-postgres DATABASE_URL=postgres://...` (.ci/run does).
test-postgres: $(VENV)/.installed-dev
	@case "$(DATABASE_URL)" in postgres*) ;; *) echo "Set DATABASE_URL=postgres://..."; exit 2;; esac
	DATABASE_URL=$(DATABASE_URL) $(BIN)/python -m pytest --ignore=tests/browser

$(VENV)/.installed-bench: pyproject.toml constraints.txt $(VENV)/.installed-dev
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	for script in bench/*.py; do DEBUG=1 $(BIN)/python $$script || exit 1; done

# The load bench alone: `make load ARGS="--seconds 60 --users 4 --workers 2"`.
load: $(VENV)/.installed-bench
	$(BIN)/python bench/load.py $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles
