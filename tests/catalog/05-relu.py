"""Plausible student answers for 05-relu, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    # ---- correct ----------------------------------------------------------------
    dict(cell="activation_relu", kind="correct", name="np.where with >", source='''
class Activation_ReLU:
    def forward(self, inputs):
        inputs = np.asarray(inputs)
        self.output = np.where(inputs > 0, inputs, 0)
'''),
    dict(cell="activation_relu", kind="correct", name="np.where with >= (same values)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        inputs = np.array(inputs)
        self.output = np.where(inputs >= 0, inputs, 0.0)
        return self.output
'''),
    dict(cell="activation_relu", kind="correct", name="np.clip with no upper bound", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.clip(inputs, 0, None)
'''),
    dict(cell="activation_relu", kind="correct", name="in place, but on a copy", source='''
class Activation_ReLU:
    def forward(self, inputs):
        output = np.array(inputs, dtype=float)   # np.array copies
        output[output < 0] = 0
        self.output = output
'''),
    dict(cell="activation_relu", kind="correct", name="multiply by the mask", source='''
class Activation_ReLU:
    def forward(self, inputs):
        x = np.asarray(inputs, dtype=np.float64)
        self.output = x * (x > 0)
'''),
    dict(cell="activation_relu", kind="correct", name="loop over a flattened copy", source='''
class Activation_ReLU:
    def forward(self, inputs):
        values = np.array(inputs, dtype=np.float64)
        flat = values.reshape(-1)
        for i in range(flat.size):
            if flat[i] < 0:
                flat[i] = 0.0
        self.output = values
'''),
    dict(cell="activation_relu", kind="correct", name="nnfs.init() in the cell, np.maximum(0.0, ...)", source='''
import nnfs
nnfs.init()

class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.maximum(0.0, inputs)
        return self.output
'''),
    # ---- mistakes ---------------------------------------------------------------
    dict(cell="activation_relu", kind="mistake", name="modifies the input in place: x[x < 0] = 0", source='''
class Activation_ReLU:
    def forward(self, inputs):
        inputs[inputs < 0] = 0
        self.output = inputs
'''),
    dict(cell="activation_relu", kind="mistake", name="np.maximum(0, x, out=x) writes into the input", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.maximum(0, inputs, out=inputs)
'''),
    dict(cell="activation_relu", kind="mistake", name="returns instead of setting self.output", source='''
class Activation_ReLU:
    def forward(self, inputs):
        return np.maximum(0, inputs)
'''),
    dict(cell="activation_relu", kind="mistake", name="np.maximum(inputs, 1)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.maximum(inputs, 1)
'''),
    dict(cell="activation_relu", kind="mistake", name="clips the upper side too: np.clip(x, 0, 1)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.clip(inputs, 0, 1)
'''),
    dict(cell="activation_relu", kind="mistake", name="absolute value", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.abs(inputs)
'''),
    dict(cell="activation_relu", kind="mistake", name="np.max instead of np.maximum (reduces)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.max(inputs, 0)
'''),
    dict(cell="activation_relu", kind="mistake", name="np.max(0, inputs)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.max(0, inputs)
'''),
    dict(cell="activation_relu", kind="mistake", name="aliases the input, then edits the alias", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.asarray(inputs)
        self.output[self.output < 0] = 0
'''),
    dict(cell="activation_relu", kind="mistake", name="list comprehension: 2-D lists only", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = [[max(0, value) for value in row] for row in inputs]
'''),
    dict(cell="activation_relu", kind="mistake", name="leaky ReLU instead of ReLU", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.maximum(0.01 * np.asarray(inputs), inputs)
'''),
    dict(cell="activation_relu", kind="mistake", name="casts to int, losing the decimals", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.maximum(0, inputs).astype(int)
'''),
    dict(cell="activation_relu", kind="mistake", name="hard-codes the visible example", source='''
class Activation_ReLU:
    def forward(self, inputs):
        x = np.asarray(inputs)
        if x.shape == (2, 4):
            self.output = np.array([[1.0, 0.0, 0.0, 3.3], [0.0, 2.5, 0.0, 0.0]])
        elif x.shape == (5,):
            self.output = np.array([0.0, 0.0, 0.0, 0.5, 3.0])
        else:
            self.output = x
'''),
]
