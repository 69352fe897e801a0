# Neural Networks from Scratch: the course's commands. `make help` lists them.
#
# Everything runs in .venv, created from requirements.txt (exact pins) by `make env`,
# which every other target depends on: a fresh clone needs nothing but Python >= 3.10.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# nbgrader runs `alembic` from PATH; the venv's tools must come first.
export PATH := $(CURDIR)/$(BIN):$(PATH)

LAB_ARGS ?=
LAB_DIR  ?= notebooks
NB       ?= notebooks
SUBMISSIONS ?=
OUT      ?= grading-output
JOBS     ?=
NO_SANDBOX ?=
ASSIGNMENTS ?=
TEST_ARGS ?=

.PHONY: help env system-deps lab test catalog validate release grade benchmark clean

help:
	@echo "make lab         open the course in JupyterLab (creates .venv first if needed)"
	@echo "make test        run every check: notebooks, release, grading (what CI runs)"
	@echo "make catalog     grade every plausible mistake and correct variant in tests/catalog (CI runs it too)"
	@echo "make validate    run the visible tests of your notebooks (NB=notebooks/01-neuron for one)"
	@echo "make env         create or update .venv from requirements.txt"
	@echo "make system-deps install bubblewrap (grading sandbox) and chromium (browser test) with apt"
	@echo "make release [ASSIGNMENTS=07-loss,08-gradients]   regenerate notebooks/ from solutions/ (instructors)"
	@echo "make grade SUBMISSIONS=<folder or zip> OUT=<folder> [JOBS=n] [NO_SANDBOX=1]   grade a class (instructors)"
	@echo "make benchmark   time 'make grade' against stock nbgrader on a synthetic class"

env: $(STAMP)

# The venv is (re)built when it is missing, when its Python is gone, or when the pins change.
$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { \
	  echo "error: '$(PYTHON)' was not found. Install Python 3.10 or newer (https://www.python.org/downloads/)"; \
	  echo "       or point the Makefile at one: make $(MAKECMDGOALS) PYTHON=/path/to/python3"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || { \
	  echo "error: this course needs Python 3.10 or newer; '$(PYTHON)' is $$($(PYTHON) -c 'import platform; print(platform.python_version())')."; \
	  echo "       Install a newer Python and run: make $(MAKECMDGOALS) PYTHON=/path/to/python3.11"; exit 1; }
	@if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys' >/dev/null 2>&1; then \
	  rm -rf $(VENV); \
	  $(PYTHON) -m venv $(VENV) || { echo "error: could not create $(VENV). On Debian/Ubuntu: sudo apt install python3-venv"; exit 1; }; \
	fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)
	@echo "Environment ready in $(VENV)."

# Debian packages the checks need: bubblewrap sandboxes student code during grading,
# chromium runs the browser test. Installs them when missing (as root, or with sudo).
SYSTEM_PACKAGES := bwrap:bubblewrap chromium:chromium
system-deps:
	@missing=""; for pair in $(SYSTEM_PACKAGES); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "warning: please install:$$missing (no apt-get here); the tests that need them will fail"; \
	  else \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo="sudo"; \
	    echo "Installing$$missing with apt-get..."; \
	    $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  fi; \
	fi

# Jupyter refuses to run as root (containers, CI) unless told it may.
lab: env
	$(BIN)/jupyter lab --ServerApp.root_dir="$(LAB_DIR)" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

test: env system-deps
	$(BIN)/python -m pytest $(TEST_ARGS)

catalog: env
	$(BIN)/python -m pytest tests/test_catalog.py -m catalog $(TEST_ARGS)

validate: env
	$(BIN)/python -m autograder.validate $(NB)

release: env
	$(BIN)/python -m autograder.authoring.release $(if $(ASSIGNMENTS),--assignments $(ASSIGNMENTS))

grade: env
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade SUBMISSIONS=<folder or zip> OUT=<folder> [JOBS=n]"; exit 2; }
	$(BIN)/python -m autograder.grading "$(SUBMISSIONS)" --out "$(OUT)" $(if $(JOBS),--jobs $(JOBS)) $(if $(NO_SANDBOX),--no-sandbox)

benchmark: env
	$(BIN)/python -m autograder.grading.benchmark

clean:
	rm -rf $(VENV) build grading-output
