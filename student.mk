# The student's commands: `make lab` and `make validate` (and `make env`, which they run first).
#
# The course repository's Makefile includes this file; a student handout (`make handout`)
# ships it as its Makefile, so both work the same way. Everything runs in .venv, created
# from requirements.txt (exact pins): a fresh copy needs nothing but Python >= 3.10 and make.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# nbgrader runs `alembic` from PATH; the venv's tools must come first.
export PATH := $(CURDIR)/$(BIN):$(PATH)

LAB_ARGS ?=
LAB_DIR  ?= notebooks
NB       ?= notebooks

.PHONY: help env lab lab-pt-BR validate clean

help::
	@echo "make lab         open the course in JupyterLab (creates .venv first if needed)"
	@echo "make validate    run the visible tests of your notebooks (NB=notebooks/01-neuron for one)"
	@echo "make lab-pt-BR   o curso em português no JupyterLab (make validate NB=notebooks/pt-BR para testar)"
	@echo "make env         create or update .venv from requirements.txt"

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

# The student's JupyterLab: nbgrader's Validate button, none of its instructor tools (autograder/lab.py).
# Jupyter refuses to run as root (containers, CI) unless told it may.
lab: env
	$(BIN)/python -m autograder.lab --ServerApp.root_dir="$(LAB_DIR)" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# The course in Brazilian Portuguese: its notebooks, and JupyterLab's menus in Portuguese.
lab-pt-BR: env
	$(BIN)/python -m autograder.lab --language pt_BR --ServerApp.root_dir="$(LAB_DIR)/pt-BR" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

validate: env
	$(BIN)/python -m autograder.validate $(NB)

clean::
	rm -rf $(VENV)
