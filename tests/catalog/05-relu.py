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

VARIANTS += [
    dict(cell="activation_relu", kind="mistake", name="np.where on the raw input (a list cannot be compared)",
         source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.where(inputs > 0, inputs, 0)
'''),
    # ---------------------------------------------------------------- sine_network
    dict(cell="sine_network", kind="correct", name="8 even hinges, typed by hand as lists, 2 decimals", source='''
sine_network = {
    "weights1": [[1, 1, 1, 1, 1, 1, 1, 1]],
    "biases1": [[0, -0.125, -0.25, -0.375, -0.5, -0.625, -0.75, -0.875]],
    "weights2": [[5.66], [-3.31], [-4.69], [-3.31], [0], [3.31], [4.69], [3.31]],
    "biases2": [[0]],
}
'''),
    dict(cell="sine_network", kind="correct", name="slopes computed in a loop", source='''
import math

hinge_positions = [k / 8 for k in range(8)]
points = [math.sin(2 * math.pi * k / 8) for k in range(9)]
slopes = [(points[k + 1] - points[k]) * 8 for k in range(8)]
changes = [slopes[0]] + [slopes[k] - slopes[k - 1] for k in range(1, 8)]
sine_network = {
    "weights1": np.array([[1.0] * 8]),
    "biases1": np.array([[-p for p in hinge_positions]]),
    "weights2": np.array([[c] for c in changes]),
    "biases2": np.array([[0.0]]),
}
'''),
    dict(cell="sine_network", kind="correct", name="mirrored hinges (weights -1), output layer by least squares", source='''
x = np.linspace(0, 1, 401).reshape(-1, 1)
corners = 1 - np.arange(8) / 8                      # relu(corner - x): zero right of each corner
hidden = np.maximum(0, -x + corners.reshape(1, 8))
design = np.column_stack([hidden, np.ones(len(x))])
solution = np.linalg.lstsq(design, np.sin(2 * np.pi * x[:, 0]), rcond=None)[0]
sine_network = dict(weights1=-np.ones((1, 8)), biases1=corners.reshape(1, 8),
                    weights2=solution[:8].reshape(8, 1), biases2=solution[8:].reshape(1, 1))
'''),
    dict(cell="sine_network", kind="correct", name="hidden weights of 8 (hinge at -b/w), float32 arrays", source='''
hinges = np.arange(8) / 8
heights = np.sin(2 * np.pi * np.arange(9) / 8)
piece_slopes = (heights[1:] - heights[:-1]) * 8
sine_network = {
    "weights1": np.full((1, 8), 8.0, dtype=np.float32),                 # slope 8 per hinge...
    "biases1": (-8.0 * hinges).reshape(1, 8).astype(np.float32),        # ...so the bias is -8 * position
    "weights2": (np.diff(piece_slopes, prepend=0.0) / 8).reshape(8, 1).astype(np.float32),
    "biases2": np.zeros((1, 1), dtype=np.float32),
}
'''),
    dict(cell="sine_network", kind="mistake", name="output weights are the slopes, not their changes", source='''
hinges = np.linspace(0, 1, 9)
slopes = np.diff(np.sin(2 * np.pi * hinges)) * 8
sine_network = {"weights1": np.ones((1, 8)), "biases1": -hinges[:8].reshape(1, 8),
                "weights2": slopes.reshape(8, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="hinge biases with the wrong sign (+k/8)", source='''
hinges = np.linspace(0, 1, 9)
slopes = np.diff(np.sin(2 * np.pi * hinges)) * 8
sine_network = {"weights1": np.ones((1, 8)), "biases1": hinges[:8].reshape(1, 8),
                "weights2": np.diff(slopes, prepend=0.0).reshape(8, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="weights1 of shape (8, 1)", source='''
hinges = np.linspace(0, 1, 9)
slopes = np.diff(np.sin(2 * np.pi * hinges)) * 8
sine_network = {"weights1": np.ones((8, 1)), "biases1": -hinges[:8].reshape(1, 8),
                "weights2": np.diff(slopes, prepend=0.0).reshape(8, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="16 hidden neurons (more than 8)", source='''
hinges = np.linspace(0, 1, 17)
slopes = np.diff(np.sin(2 * np.pi * hinges)) * 16
sine_network = {"weights1": np.ones((1, 16)), "biases1": -hinges[:16].reshape(1, 16),
                "weights2": np.diff(slopes, prepend=0.0).reshape(16, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="follows sin(x), not sin(2 pi x)", source='''
hinges = np.linspace(0, 1, 9)
slopes = np.diff(np.sin(hinges)) * 8
sine_network = {"weights1": np.ones((1, 8)), "biases1": -hinges[:8].reshape(1, 8),
                "weights2": np.diff(slopes, prepend=0.0).reshape(8, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="only 4 hinges (too coarse)", source='''
hinges = np.linspace(0, 1, 5)
slopes = np.diff(np.sin(2 * np.pi * hinges)) * 4
sine_network = {"weights1": np.ones((1, 4)), "biases1": -hinges[:4].reshape(1, 4),
                "weights2": np.diff(slopes, prepend=0.0).reshape(4, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="height differences not divided by the width 1/8", source='''
hinges = np.linspace(0, 1, 9)
slopes = np.diff(np.sin(2 * np.pi * hinges))
sine_network = {"weights1": np.ones((1, 8)), "biases1": -hinges[:8].reshape(1, 8),
                "weights2": np.diff(slopes, prepend=0.0).reshape(8, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="hinges at 1/8 ... 1 (the first one missing)", source='''
hinges = np.linspace(0, 1, 9)
slopes = np.diff(np.sin(2 * np.pi * hinges)) * 8
sine_network = {"weights1": np.ones((1, 8)), "biases1": -hinges[1:].reshape(1, 8),
                "weights2": np.diff(slopes, prepend=0.0).reshape(8, 1), "biases2": np.zeros((1, 1))}
'''),
    dict(cell="sine_network", kind="mistake", name="the key 'biases2' forgotten", source='''
hinges = np.linspace(0, 1, 9)
slopes = np.diff(np.sin(2 * np.pi * hinges)) * 8
sine_network = {"weights1": np.ones((1, 8)), "biases1": -hinges[:8].reshape(1, 8),
                "weights2": np.diff(slopes, prepend=0.0).reshape(8, 1)}
'''),
    dict(cell="sine_network", kind="mistake", name="follows cos(2 pi x)", source='''
hinges = np.linspace(0, 1, 9)
heights = np.cos(2 * np.pi * hinges)
slopes = np.diff(heights) * 8
sine_network = {"weights1": np.ones((1, 8)), "biases1": -hinges[:8].reshape(1, 8),
                "weights2": np.diff(slopes, prepend=0.0).reshape(8, 1), "biases2": np.array([[heights[0]]])}
'''),
]
