"""Catch a notebook that monkeypatches numpy, math, builtins or the checks to make tests pass.

Student code runs in the same kernel as the tests, so it could, for example, set
`np.allclose = lambda *a, **k: True` or replace `autograder.checks.check_array`.
Two nbgrader preprocessors around Execute guard against that:

- InjectIntegrityChecks puts a cell before all others that records the functions of
  those modules, and a cell after each test cell that compares them again;
- CollectIntegrityChecks, after execution, turns a failed comparison into a
  `TamperedError` on the test cell it followed (so nbgrader scores that cell 0
  and the report says "tampered"), then removes the injected cells.

`nnfs.init()` legitimately replaces np.dot, np.zeros, np.eye and np.random.randn
with its own wrappers; replacements defined in the nnfs package are allowed.
"""
import re

from nbformat.v4 import new_code_cell, new_output
from nbgrader.preprocessors import NbGraderPreprocessor

MARK = "nnfs_integrity"

SETUP = '''
def _nnfs_integrity_setup():
    import builtins, math, sys, types
    import numpy, numpy.random
    import autograder.checks
    watched = {"builtins": builtins, "math": math, "numpy": numpy,
               "numpy.random": numpy.random, "autograder.checks": autograder.checks}
    recorded = {name: dict(vars(module)) for name, module in watched.items()}
    for name in ("input", "raw_input", "getpass", "display", "get_ipython", "exit", "quit", "help"):
        recorded["builtins"].pop(name, None)   # IPython swaps these itself
    allowed = tuple(sys.modules["nnfs"].__path__) if "nnfs" in sys.modules else ()

    class TamperedError(Exception):
        pass

    def from_nnfs(value, _getattr=getattr, _str=str):
        code = _getattr(value, "__code__", None)
        return code is not None and "/nnfs/" in _str(code.co_filename)

    def check(_vars=vars, _modules=sys.modules, _sorted=sorted):
        changed = []
        for name, before in recorded.items():
            now = _vars(_modules.get(name, types.ModuleType(name)))
            for key, value in before.items():
                if callable(value) and now.get(key) is not value and not from_nnfs(now.get(key)):
                    changed.append(f"{name}.{key}")
        if changed:
            raise TamperedError("the notebook replaced " + ", ".join(_sorted(changed)[:5])
                                + ": tests cannot be trusted after that, so this one scores 0")

    module = types.ModuleType("_nnfs_integrity")
    module.check = check
    sys.modules["_nnfs_integrity"] = module

_nnfs_integrity_setup()
del _nnfs_integrity_setup
'''

CHECK = '__import__("sys").modules["_nnfs_integrity"].check()'
# The checks' messages in the submission's language, read from its metadata (never from the
# grader's environment); a value that is not a language name is ignored.
LANGUAGE = '__import__("autograder.i18n").i18n.set_language({language!r}, {assignment!r})'
LANGUAGE_NAME = re.compile(r"^[a-z]{2}(_[A-Z]{2})?$")


def _is_test(cell):
    return cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade", False)


def _injected(source):
    cell = new_code_cell(source.strip())
    cell.metadata[MARK] = True
    return cell


class InjectIntegrityChecks(NbGraderPreprocessor):
    """Before execution: record the watched functions first, compare after every test cell."""

    def preprocess(self, nb, resources):
        language = nb.metadata.get("nnfs", {}).get("language", "en")
        assignment = resources.get("nbgrader", {}).get("assignment")
        cells = [_injected(LANGUAGE.format(language=language if LANGUAGE_NAME.match(str(language)) else "en",
                                           assignment=assignment)),
                 _injected(SETUP)]
        for cell in nb.cells:
            cells.append(cell)
            if _is_test(cell):
                cells.append(_injected(CHECK))
        nb.cells = cells
        return nb, resources


class CollectIntegrityChecks(NbGraderPreprocessor):
    """After execution: move a failed comparison onto its test cell; drop the injected cells."""

    def preprocess(self, nb, resources):
        kept = []
        for cell in nb.cells:
            if not cell.metadata.get(MARK):
                kept.append(cell)
                continue
            errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
            if errors and kept and _is_test(kept[-1]):
                error = errors[0]
                if error.get("ename") != "TamperedError":  # the check itself was broken
                    error = new_output("error", ename="TamperedError", traceback=[],
                                       evalue="the notebook interfered with the grader's integrity "
                                              f"check ({error.get('ename')}); this test scores 0")
                kept[-1].outputs = [o for o in kept[-1].outputs if o.output_type != "error"] + [error]
        nb.cells = kept
        return nb, resources
