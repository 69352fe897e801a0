"""Plausible student answers for 06-softmax, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    # ---------------------------------------------------------------- correct
    dict(cell="activation_softmax", kind="correct", name="the book's version, also returns", source='''
class Activation_Softmax:
    def forward(self, inputs):
        # unnormalized probabilities, shifted so the largest value of each row is 0
        exp_values = np.exp(inputs - np.max(inputs, axis=1, keepdims=True))
        probabilities = exp_values / np.sum(exp_values, axis=1, keepdims=True)
        self.output = probabilities
        return self.output
'''),
    dict(cell="activation_softmax", kind="correct", name="loop over rows with math.exp", source='''
import math

import numpy as np


class Activation_Softmax:
    def forward(self, inputs):
        rows = []
        for row in inputs:
            biggest = max(row)
            exps = [math.exp(value - biggest) for value in row]
            total = sum(exps)
            rows.append([e / total for e in exps])
        self.output = np.array(rows)
'''),
    dict(cell="activation_softmax", kind="correct", name="nnfs.init() in the cell, float32 throughout", source='''
import numpy as np
import nnfs

nnfs.init()


class Activation_Softmax:
    def forward(self, inputs):
        x = np.asarray(inputs, dtype=np.float32)
        exp_values = np.exp(x - x.max(axis=-1, keepdims=True))
        self.output = (exp_values / exp_values.sum(axis=-1, keepdims=True)).astype(np.float32)
'''),
    dict(cell="activation_softmax", kind="correct", name="in-place operations on a copy", source='''
import numpy as np


class Activation_Softmax:
    def forward(self, inputs):
        x = np.array(inputs, dtype=float)        # np.array copies: the caller's array is safe
        x -= x.max(axis=1, keepdims=True)
        np.exp(x, out=x)
        x /= x.sum(axis=1, keepdims=True)
        self.output = x
'''),
    dict(cell="activation_softmax", kind="correct", name="log-sum-exp with np.newaxis", source='''
import numpy as np


class Activation_Softmax:
    def forward(self, inputs):
        x = np.asarray(inputs, dtype=np.float64)
        shifted = x - np.amax(x, axis=1)[:, np.newaxis]
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1))[:, np.newaxis]
        self.output = np.exp(log_probs)
'''),
    dict(cell="activation_softmax", kind="correct", name="apply_along_axis with a row function", source='''
import numpy as np


def softmax_row(row):
    e = np.exp(row - row.max())
    return e / e.sum()


class Activation_Softmax:
    def forward(self, inputs):
        self.output = np.apply_along_axis(softmax_row, 1, np.asarray(inputs))
'''),
    dict(cell="activation_softmax", kind="correct", name="reshape(-1, 1) instead of keepdims", source='''
import numpy as np


class Activation_Softmax:
    def forward(self, inputs):
        inputs = np.array(inputs)
        maxima = inputs.max(axis=1).reshape(-1, 1)
        exp_values = np.exp(inputs - maxima)
        self.output = exp_values / exp_values.sum(axis=1).reshape(-1, 1)
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="activation_softmax", kind="mistake", name="no max-subtraction (overflow for large logits)", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs)
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="subtracts the global max (np.max without axis)", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs))
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="global max with keepdims (np.max(inputs, keepdims=True))", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, keepdims=True))
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="max over columns (axis=0)", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, axis=0, keepdims=True))
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="sums over columns (axis=0)", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, axis=1, keepdims=True))
        self.output = exp_values / np.sum(exp_values, axis=0, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="sum without keepdims", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, axis=1, keepdims=True))
        self.output = exp_values / np.sum(exp_values, axis=1)
'''),
    dict(cell="activation_softmax", kind="mistake", name="max without keepdims", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, axis=1))
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="normalizes by the max instead of the sum", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, axis=1, keepdims=True))
        self.output = exp_values / np.max(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="forgets the exponential (x / sum x)", source='''
class Activation_Softmax:
    def forward(self, inputs):
        inputs = np.asarray(inputs, dtype=float)
        self.output = inputs / np.sum(inputs, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="divides by the sum of the whole batch", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, axis=1, keepdims=True))
        self.output = exp_values / np.sum(exp_values)
'''),
    dict(cell="activation_softmax", kind="mistake", name="modifies the input in place (inputs -= max)", source='''
class Activation_Softmax:
    def forward(self, inputs):
        inputs -= np.max(inputs, axis=1, keepdims=True)
        exp_values = np.exp(inputs)
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="returns instead of setting self.output", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.max(inputs, axis=1, keepdims=True))
        return exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="hard-codes the notebook's expected output", source='''
class Activation_Softmax:
    def forward(self, inputs):
        self.output = np.array([[6.80077638e-01, 1.87690074e-02, 6.07767288e-02, 2.40376625e-01],
                                [9.99253009e-01, 2.23039387e-05, 1.66461373e-04, 5.58225659e-04],
                                [4.12190532e-01, 2.87863296e-01, 1.03284333e-01, 1.96661839e-01]])
'''),
    dict(cell="activation_softmax", kind="mistake", name="stores a list of lists instead of an array", source='''
import math


class Activation_Softmax:
    def forward(self, inputs):
        self.output = []
        for row in inputs:
            exps = [math.exp(value - max(row)) for value in row]
            self.output.append([e / sum(exps) for e in exps])
'''),
    dict(cell="activation_softmax", kind="mistake", name="subtracts the row minimum instead of the maximum", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.min(inputs, axis=1, keepdims=True))
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="subtracts the row mean instead of the maximum", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(inputs - np.mean(inputs, axis=1, keepdims=True))
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
'''),
    dict(cell="activation_softmax", kind="mistake", name="softmax of the first row only", source='''
class Activation_Softmax:
    def forward(self, inputs):
        row = np.asarray(inputs[0], dtype=float)
        exp_values = np.exp(row - np.max(row))
        self.output = exp_values / np.sum(exp_values)
'''),
    dict(cell="activation_softmax", kind="mistake", name="no max-subtraction, float64 cast", source='''
class Activation_Softmax:
    def forward(self, inputs):
        exp_values = np.exp(np.asarray(inputs, dtype=np.float64))
        self.output = exp_values / exp_values.sum(axis=1, keepdims=True)
'''),
]

VARIANTS += [
    # ---------------------------------------------------------------- untrained_choice
    dict(cell="untrained_choice", kind="correct", name='"D"', source='untrained_choice = "D"'),
    dict(cell="untrained_choice", kind="correct", name='lower case, with spaces', source='untrained_choice = " d "'),
    dict(cell="untrained_choice", kind="correct", name="picked by a test of each option, in code", source='''
import numpy as np

options = {
    "A": [[0.3339, 0.3338, 0.3323], [0.3339, 0.3337, 0.3324]],
    "C": [[0.2011, 0.2010, 0.1994], [0.2009, 0.2008, 0.1995]],
    "D": [[0.3333, 0.3333, 0.3333], [0.3332, 0.3332, 0.3337]],
}
# rows of probabilities, and exactly equal at the origin (row 0): zero biases
untrained_choice = [k for k, rows in options.items()
                    if np.allclose(np.sum(rows, axis=1), 1, atol=1e-3) and np.ptp(rows[0]) == 0][0]
'''),
    dict(cell="untrained_choice", kind="correct", name="single quotes, after a comment", source='''
# B is trained (confident), C's rows do not add up to 1, A is not uniform at (0, 0): biases moved.
untrained_choice = 'D'
'''),
    dict(cell="untrained_choice", kind="mistake", name='"A" (near 1/3, but not at the origin)', source='untrained_choice = "A"'),
    dict(cell="untrained_choice", kind="mistake", name='"B" (the trained one)', source='untrained_choice = "B"'),
    dict(cell="untrained_choice", kind="mistake", name='"C" (rows do not add up to 1)', source='untrained_choice = "C"'),
    dict(cell="untrained_choice", kind="mistake", name="the index 3 instead of the letter", source="untrained_choice = 3"),
    dict(cell="untrained_choice", kind="mistake", name="a sentence", source='untrained_choice = "option D"'),
    dict(cell="untrained_choice", kind="mistake", name="a list with the letter", source='untrained_choice = ["D"]'),
    dict(cell="untrained_choice", kind="mistake", name="a letter that is no option", source='untrained_choice = "E"'),
    dict(cell="untrained_choice", kind="mistake", name="left empty", source='untrained_choice = ""'),
    dict(cell="untrained_choice", kind="mistake", name="the name misspelt", source='untrained_choise = "D"'),
]
