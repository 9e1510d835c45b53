# newsbrief: two commands do all the set-up on a fresh machine with Python 3.11 and make.
#   make run    venv + locked install + migrate + load data/ + serve on 127.0.0.1:8000
#   make test   the same venv with the dev extras + the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
PYTEST_ARGS ?=

.PHONY: run test install install-dev lint typecheck lock clean serve load train-ner

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The pinned pip of requirements-bootstrap.lock goes in before anything else, whatever pip the
# machine's Python bundles.
$(VENV)/.pip: requirements-bootstrap.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes \
	  -r requirements-bootstrap.lock
	touch $@

# Installs are stamped, so a second `make run` starts at once; a changed lock reinstalls.
$(VENV)/.runtime: requirements.lock pyproject.toml $(VENV)/.pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: requirements-dev.lock pyproject.toml $(VENV)/.pip
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

run: install
	$(BIN)/newsbrief db upgrade
	$(BIN)/newsbrief load data/
	$(BIN)/newsbrief serve --host $(HOST) --port $(PORT) --no-migrate

test: install-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check app tests benchmarks migrations
	$(BIN)/ruff format --check app tests benchmarks migrations

typecheck: install-dev
	$(BIN)/mypy app

# Re-pin every dependency (with hashes) after changing pyproject.toml; needs `pip install uv`.
lock:
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 --no-header -o requirements.lock
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 --no-header -o requirements-dev.lock

# Re-train the shipped name recogniser (app/extract/models/names) from ../shared/eval's training
# splits: about an hour on one core; see scripts/train_ner.py.
train-ner: install-dev
	OMP_NUM_THREADS=1 nice -n 10 $(BIN)/python scripts/train_ner.py \
	  --out app/extract/models/names --max-minutes 65 --eval-every 100 --seed 0

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache newsbrief.db newsbrief.db-* test-artifacts
