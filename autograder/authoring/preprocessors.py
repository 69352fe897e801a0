"""nbgrader preprocessors that the course adds to nbgrader's own."""
import re

from nbgrader.preprocessors import ClearSolutions
from traitlets import Dict

from .. import i18n
from ..i18n import _

DEF_OR_CLASS = re.compile(r"^(\s*)(?:async\s+)?(def|class)\s+([A-Za-z_]\w*)")


def code_stub(language):
    """The stub in `language` (a release in another language sets it as ClearSolutionsWithHint.code_stub)."""
    with i18n.speaking(language):
        comment = _("YOUR CODE HERE")
        message = _("{name} is not written yet: replace this line with your code.").replace('"', "'")
    return {"python": f'# {comment}\nraise NotImplementedError("{message}")'}


class ClearSolutionsWithHint(ClearSolutions):
    """ClearSolutions whose stub names what the student has to write.

    nbgrader's stub is one fixed text for every exercise; here `{name}` in the
    stub becomes the function or method the solution region sits in
    (`neuron_output`, `Layer_Dense.forward`), so the error a student sees says
    which piece is missing. A region outside any def or class (an exercise answered with a
    value, such as `n_parameters = 250`) is named by its cell's grade_id, the variable's name.
    """

    code_stub = Dict(
        code_stub(i18n.ENGLISH),         # the module's function: the English stub
        help="The code snippet that replaces a solution; {name} is the enclosing function",
    ).tag(config=True)

    def _replace_solution_region(self, cell, language):
        if cell.cell_type != "code":
            return super()._replace_solution_region(cell, language)
        # Split the cell at each BEGIN marker and let nbgrader replace one region
        # at a time, with the stub formatted for the definition that encloses it.
        stub = self.code_stub
        lines = cell.source.split("\n")
        done, replaced = [], False
        while lines:
            begin = next((i for i, line in enumerate(lines)
                          if self.begin_solution_delimeter in line), None)
            if begin is None:
                done += lines
                break
            end = next((i for i, line in enumerate(lines)
                        if i > begin and self.end_solution_delimeter in line), len(lines) - 1)
            name = (enclosing_name(done + lines[:begin])
                    or cell.metadata.get("nbgrader", {}).get("grade_id") or "this exercise")
            part = cell.copy()
            part.source = "\n".join(lines[: end + 1])
            self.code_stub = {**stub, language: stub[language].replace("{name}", name)}
            try:
                replaced |= super()._replace_solution_region(part, language)
            finally:
                self.code_stub = stub
            done += part.source.split("\n")
            lines = lines[end + 1:]
        cell.source = "\n".join(done)
        return replaced


def enclosing_name(lines):
    """Qualified name of the innermost def/class that the next line would sit in."""
    stack = []  # (indent, name)
    for line in lines:
        match = DEF_OR_CLASS.match(line)
        if match:
            indent = len(match.group(1))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            stack.append((indent, match.group(3)))
    return ".".join(name for _, name in stack)

