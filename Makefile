# The operator's interface (see README.md): `make run`, `make test`, `make lint`.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: install messages messages-update run bench lighthouse test lint security format lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install whenever the declared dependencies or the pinned versions change.
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# The Khmer catalogue is kept as source (locale/km/LC_MESSAGES/django.po) and compiled here (polib, no gettext).
messages: install
	$(MANAGE) compile_catalogue

# After changing template or code strings: refresh the catalogue, then translate what is new.
messages-update: install
	$(MANAGE) makemessages -l km --no-obsolete --ignore=.venv --ignore=var --ignore=node_modules

run: messages
	mkdir -p var/mail var/broker/processed
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) seed_demo
	$(MANAGE) demo_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/  (mail is written to var/mail/)"
	@trap 'kill 0' INT TERM EXIT; \
	DJANGO_SETTINGS_MODULE=ccpcr.settings.dev $(BIN)/celery -A ccpcr worker --beat --loglevel=info --concurrency=2 \
		--schedule=var/celerybeat-schedule & \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: messages
	DJANGO_SETTINGS_MODULE=ccpcr.settings.test $(BIN)/pytest

# Figures, not assertions: server times and query counts at small and large sizes (see bench/). The public
# site's part needs Redis, wrk, and chromium with npm for Lighthouse. Every part empties BENCH_DATABASE_URL.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/ccpcr_bench
bench: messages
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/careers.py
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/volunteers.py
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/public_site.py

# Lighthouse (mobile preset) on a Khmer article served by gunicorn with production settings (see bench/).
lighthouse: messages
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/public_site.py --lighthouse

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

# Known-dangerous calls (pickle, mark_safe, shell, weak hashes...) in our code; settings in [tool.bandit].
security: install
	$(BIN)/bandit -q -r pages careers volunteers notifications accounts private_files audit safeguarding jobs site \
		-c pyproject.toml

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# Re-pin every dependency in a clean environment: `make lock`, then commit constraints.txt.
lock:
	rm -rf var/lock-venv
	$(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet --upgrade pip
	var/lock-venv/bin/pip install --quiet -e '.[dev]'
	var/lock-venv/bin/pip freeze --exclude-editable > constraints.txt
	rm -rf var/lock-venv

clean:
	rm -rf $(VENV) var/static var/test-media var/test-private
