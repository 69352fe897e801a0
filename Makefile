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
NB       ?= notebooks
SUBMISSIONS ?=
OUT      ?= grading-output
JOBS     ?=
TEST_ARGS ?=

.PHONY: help env lab test validate release grade benchmark browser-deps clean

help:
	@echo "make lab         open the course in JupyterLab (creates .venv first if needed)"
	@echo "make test        run every check: notebooks, release, grading (what CI runs)"
	@echo "make validate    run the visible tests of your notebooks (NB=notebooks/01-neuron for one)"
	@echo "make env         create or update .venv from requirements.txt"
	@echo "make release     regenerate notebooks/ from solutions/ (instructors)"
	@echo "make grade SUBMISSIONS=<folder or zip> OUT=<folder> [JOBS=n]   grade a class (instructors)"
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

lab: env
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks $(LAB_ARGS)

test: env
	$(BIN)/python -m pytest $(TEST_ARGS)

validate: env
	$(BIN)/python -m autograder.validate $(NB)

release: env
	$(BIN)/python -m autograder.release

grade: env
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade SUBMISSIONS=<folder or zip> OUT=<folder> [JOBS=n]"; exit 2; }
	$(BIN)/python -m autograder.grade "$(SUBMISSIONS)" --out "$(OUT)" $(if $(JOBS),--jobs $(JOBS))

benchmark: env
	$(BIN)/python -m autograder.benchmark

clean:
	rm -rf $(VENV) build grading-output
