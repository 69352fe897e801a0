# Neural Networks from Scratch: the course's commands. `make help` lists them.
#
# The student's commands (env, lab, validate) live in student.mk, which a student handout
# ships as its Makefile; the instructor's and CI's commands follow.

include student.mk

SUBMISSIONS ?=
OUT      ?= grading-output
JOBS     ?=
NO_SANDBOX ?=
SCHEDULER ?=
WORKERS  ?= $(shell nproc 2>/dev/null || echo 2)
ASSIGNMENTS ?=
TEST_ARGS ?=
BENCHMARK_ARGS ?=
ROSTER   ?=
DEADLINE ?=
LATE_PENALTY ?=
GRADE_ARGS ?=

.PHONY: system-deps test catalog release handout grade rewrite lab-instructor benchmark scheduler worker translations

help::
	@echo "make test        run every check: notebooks, release, grading (what CI runs)"
	@echo "make catalog     grade every plausible mistake and correct variant in tests/catalog (CI runs it too)"
	@echo "make system-deps install bubblewrap (grading sandbox) and chromium (browser test) with apt"
	@echo "make release [ASSIGNMENTS=07-loss,08-gradients]   regenerate notebooks/ and notebooks/pt-BR/ from solutions/ and locale/"
	@echo "make translations   update locale/pt_BR/LC_MESSAGES/*.po after a change to solutions/ and list what to translate"
	@echo "make handout OUT=<folder or .zip> [ASSIGNMENTS=01-neuron,02-layer]   the students' copy, without solutions"
	@echo "make grade SUBMISSIONS=<folder or zip> OUT=<folder> [ROSTER=<csv>] [DEADLINE=<time>] [LATE_PENALTY=<%/day>]"
	@echo "                 [JOBS=n | SCHEDULER=tcp://host:8786] [NO_SANDBOX=1]"
	@echo "                 grade a class, here or on a Dask cluster: CSVs, feedback, Canvas and Moodle files,"
	@echo "                 nbgrader's gradebook (instructors)"
	@echo "make lab-instructor [OUT=<folder>]   JupyterLab with nbgrader's instructor tools, formgrader on OUT's gradebook"
	@echo "make rewrite OUT=<folder>   re-write OUT's CSVs, feedback and LMS files after a change in formgrader"
	@echo "make scheduler   start a Dask scheduler for grading on a cluster (port 8786)"
	@echo "make worker SCHEDULER=tcp://host:8786 [WORKERS=n]   start grading workers on this machine"
	@echo "make benchmark   time 'make grade' (local and on a Dask cluster) against stock nbgrader on a synthetic class"

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

test: env system-deps
	$(BIN)/python -m pytest -n auto --dist loadfile $(TEST_ARGS)

catalog: env
	$(BIN)/python -m pytest tests/test_catalog.py -m catalog $(TEST_ARGS)

release: env
	$(BIN)/python -m autograder.authoring.release $(if $(ASSIGNMENTS),--assignments $(ASSIGNMENTS))

# After a change to solutions/: bring locale/*/LC_MESSAGES/*.po in line (new strings empty,
# changed ones fuzzy), translate those with a PO editor, then `make release`.
translations: env
	$(BIN)/python -m autograder.authoring.translate update
	$(BIN)/python -m autograder.authoring.translate check || true

handout: env
	@test -n "$(OUT)" -a "$(OUT)" != grading-output || { echo "usage: make handout OUT=<folder or .zip> [ASSIGNMENTS=01-neuron,02-layer]"; exit 2; }
	$(BIN)/python -m autograder.authoring.handout "$(OUT)" $(if $(ASSIGNMENTS),--assignments $(ASSIGNMENTS))

grade: env
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade SUBMISSIONS=<folder or zip> OUT=<folder> [ROSTER=<csv>] [DEADLINE=<time>] [JOBS=n]"; exit 2; }
	$(BIN)/python -m autograder.grading "$(SUBMISSIONS)" --out "$(OUT)" $(if $(JOBS),--jobs $(JOBS)) $(if $(NO_SANDBOX),--no-sandbox) \
	  $(if $(SCHEDULER),--scheduler $(SCHEDULER)) \
	  $(if $(ROSTER),--roster "$(ROSTER)") $(if $(DEADLINE),--deadline "$(DEADLINE)") \
	  $(if $(LATE_PENALTY),--late-penalty $(LATE_PENALTY)) $(GRADE_ARGS)

rewrite: env
	$(BIN)/python -m autograder.grading.rewrite "$(OUT)"

lab-instructor: env
	$(BIN)/python -m autograder.grading.instructor_lab "$(OUT)" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# A Dask cluster for grading: one scheduler, and on each grading machine (with this checkout
# and its .venv) one single-threaded worker process per core. Protect the scheduler with
# Dask's TLS settings anywhere but on a trusted network (see the README).
scheduler: env
	$(BIN)/dask scheduler --port 8786

worker: env system-deps
	@test -n "$(SCHEDULER)" || { echo "usage: make worker SCHEDULER=tcp://host:8786 [WORKERS=n]"; exit 2; }
	OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \
	  $(BIN)/dask worker "$(SCHEDULER)" --nworkers $(WORKERS) --nthreads 1 --no-dashboard

benchmark: env
	$(BIN)/python -m autograder.grading.benchmark --dask $(BENCHMARK_ARGS)

clean::
	rm -rf build grading-output
