"""Plausible student answers for 04-layer-dense, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    # ---- correct ----------------------------------------------------------------
    dict(cell="layer_dense", kind="correct", name="@ on np.asarray, returns the output too", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = np.random.randn(n_inputs, n_neurons) * 0.1
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.asarray(inputs) @ self.weights + self.biases
        return self.output
'''),
    dict(cell="layer_dense", kind="correct", name="np.matmul, np.random.normal(0, 0.1)", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        # same legacy random stream as randn: loc + scale * standard normal
        self.weights = np.random.normal(0, 0.1, size=(n_inputs, n_neurons))
        self.biases = np.zeros(shape=(1, n_neurons))

    def forward(self, inputs):
        inputs = np.array(inputs, dtype=float)
        self.output = np.matmul(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="correct", name="nnfs.init() at the top, float32, np.dot on np.array", source='''
import nnfs
nnfs.init()

class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(np.array(inputs), self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="correct", name="explicit float32 casts", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = (0.10 * np.random.randn(n_inputs, n_neurons)).astype(np.float32)
        self.biases = np.zeros((1, n_neurons), dtype=np.float32)

    def forward(self, inputs):
        inputs = np.asarray(inputs, dtype=np.float32)
        self.output = inputs @ self.weights + self.biases
'''),
    dict(cell="layer_dense", kind="correct", name="forward with loops over samples and neurons", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.1 * np.random.standard_normal((n_inputs, n_neurons))
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        n_inputs, n_neurons = self.weights.shape
        rows = []
        for sample in inputs:
            row = []
            for j in range(n_neurons):
                total = self.biases[0][j]
                for i in range(n_inputs):
                    total += sample[i] * self.weights[i][j]
                row.append(total)
            rows.append(row)
        self.output = np.array(rows)
'''),
    # ---- mistakes ---------------------------------------------------------------
    dict(cell="layer_dense", kind="mistake", name="init scale 0.01 (the book's factor)", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.01 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="no scaling: plain randn", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="biases of shape (n_neurons,)", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros(n_neurons)

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="weights (n_neurons, n_inputs) with .T in forward", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_neurons, n_inputs)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights.T) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="np.random.rand (uniform 0..1) instead of randn", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.rand(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="forgets the biases in forward", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights)
'''),
    dict(cell="layer_dense", kind="mistake", name="np.random.seed(0) inside __init__", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        np.random.seed(0)
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="forward returns the output without setting self.output", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        return np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="attribute named weight (singular), as in one note", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weight = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weight) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="all weights zero", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = np.zeros((n_inputs, n_neurons))
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="biases start at one", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.ones((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="forward reads the global X instead of inputs", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(X, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="np.random.default_rng instead of the seeded np.random", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        rng = np.random.default_rng()
        self.weights = 0.10 * rng.standard_normal((n_inputs, n_neurons))
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
'''),
    dict(cell="layer_dense", kind="mistake", name="biases of shape (n_neurons, 1), a column", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((n_neurons, 1))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases.T
'''),
]

VARIANTS += [
    # ---------------------------------------------------------------- output_std
    dict(cell="output_std", kind="correct", name="scale * np.sqrt(n_inputs)", source='''
def output_std(n_inputs, scale):
    return scale * np.sqrt(n_inputs)
'''),
    dict(cell="output_std", kind="correct", name="math.sqrt of the variance n * scale**2", source='''
import math

def output_std(n_inputs, scale):
    variance = n_inputs * scale ** 2      # n products, each of variance 1 * scale**2
    return math.sqrt(variance)
'''),
    dict(cell="output_std", kind="correct", name="n_inputs ** 0.5, float32 after nnfs.init()", source='''
import numpy as np
import nnfs

nnfs.init()


def output_std(n_inputs, scale):
    return np.float32(scale) * np.float32(n_inputs) ** np.float32(0.5)
'''),
    dict(cell="output_std", kind="correct", name="the norm of n equal weights", source='''
def output_std(n_inputs, scale):
    return float(np.linalg.norm(np.full(n_inputs, scale)))
'''),
    dict(cell="output_std", kind="mistake", name="grows like n_inputs (scale * n)", source='''
def output_std(n_inputs, scale):
    return scale * n_inputs
'''),
    dict(cell="output_std", kind="mistake", name="the variance, not the standard deviation", source='''
def output_std(n_inputs, scale):
    return n_inputs * scale ** 2
'''),
    dict(cell="output_std", kind="mistake", name="divides by the square root (the fan-in scale)", source='''
def output_std(n_inputs, scale):
    return scale / np.sqrt(n_inputs)
'''),
    dict(cell="output_std", kind="mistake", name="square root of scale * n", source='''
def output_std(n_inputs, scale):
    return np.sqrt(scale * n_inputs)
'''),
    dict(cell="output_std", kind="mistake", name="measures it with random numbers", source='''
def output_std(n_inputs, scale):
    inputs = np.random.randn(2000, n_inputs)
    weights = scale * np.random.randn(n_inputs, 50)
    return float((inputs @ weights).std())
'''),
    dict(cell="output_std", kind="mistake", name="sqrt(n_inputs - 1)", source='''
def output_std(n_inputs, scale):
    return scale * np.sqrt(n_inputs - 1)
'''),
    dict(cell="output_std", kind="mistake", name="the scale only (ignores the inputs)", source='''
def output_std(n_inputs, scale):
    return scale
'''),
    dict(cell="output_std", kind="mistake", name="looks the table up", source='''
def output_std(n_inputs, scale):
    table = {1: 1.0, 4: 2.0, 16: 4.0, 64: 8.0, 100: 10.0, 256: 16.0}
    return scale * table.get(n_inputs, 1.0)
'''),
    dict(cell="output_std", kind="mistake", name="sqrt(n) / scale", source='''
def output_std(n_inputs, scale):
    return np.sqrt(n_inputs) / scale
'''),
]
