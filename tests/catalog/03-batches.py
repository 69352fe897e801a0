"""Plausible student answers for 03-batches, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    dict(cell="batch_output", kind="correct", name="np.dot with transposed weights", source='''
def batch_output(inputs, weights, biases):
    if np.shape(inputs)[1] != np.shape(weights)[1]:
        raise ValueError(f"shapes do not fit: inputs {np.shape(inputs)}, weights {np.shape(weights)}")
    return np.dot(inputs, np.array(weights).T) + biases
'''),
    dict(cell="batch_output", kind="correct", name="np.matmul, message from the arrays' shapes", source='''
def batch_output(inputs, weights, biases):
    X = np.array(inputs)
    W = np.array(weights)
    if X.shape[1] != W.shape[1]:
        raise ValueError("inputs shape " + str(X.shape) + " does not match weights shape " + str(W.shape))
    output = np.matmul(X, W.T)
    output = output + np.array(biases)
    return output
'''),
    dict(cell="batch_output", kind="correct", name="loop over samples, then np.array", source='''
def batch_output(inputs, weights, biases):
    n_inputs = len(inputs[0])
    for row in weights:
        if len(row) != n_inputs:
            raise ValueError(f"inputs have shape {np.shape(inputs)} but weights have shape {np.shape(weights)}")
    rows = []
    for sample in inputs:
        rows.append(np.dot(weights, sample) + biases)
    return np.array(rows)
'''),
    dict(cell="batch_output", kind="correct", name="transpose of weights @ inputs.T, then biases", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[-1] != weights.shape[-1]:
        raise ValueError(f"{inputs.shape} and {weights.shape}: the last sizes should be equal")
    return (weights @ inputs.T).T + biases
'''),
    dict(cell="batch_output", kind="correct", name="float32 after nnfs.init()", source='''
import nnfs
nnfs.init()

def batch_output(inputs, weights, biases):
    inputs = np.array(inputs, dtype=np.float32)
    weights = np.array(weights, dtype=np.float32)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs {inputs.shape} vs weights {weights.shape}")
    return np.dot(inputs, weights.T) + np.array(biases, dtype=np.float32)
'''),
    dict(cell="batch_output", kind="correct", name="einsum", source='''
def batch_output(inputs, weights, biases):
    x, w = np.asarray(inputs, dtype=float), np.asarray(weights, dtype=float)
    try:
        out = np.einsum("si,ni->sn", x, w)
    except ValueError:
        raise ValueError(f"inputs of shape {x.shape} cannot go through weights of shape {w.shape}") from None
    return out + np.asarray(biases, dtype=float)
'''),

    dict(cell="batch_output", kind="mistake", name="forgets the bias", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    return inputs @ weights.T
'''),
    dict(cell="batch_output", kind="mistake", name="adds the bias once per input (loops)", source='''
def batch_output(inputs, weights, biases):
    if np.shape(inputs)[1] != np.shape(weights)[1]:
        raise ValueError(f"inputs have shape {np.shape(inputs)} but weights have shape {np.shape(weights)}")
    result = []
    for sample in inputs:
        row = []
        for neuron_weights, bias in zip(weights, biases):
            total = 0.0
            for x, w in zip(sample, neuron_weights):
                total += x * w + bias
            row.append(total)
        result.append(row)
    return np.array(result)
'''),
    dict(cell="batch_output", kind="mistake", name="np.dot(inputs, weights) without transposing", source='''
def batch_output(inputs, weights, biases):
    if np.shape(inputs)[1] != np.shape(weights)[1]:
        raise ValueError(f"inputs have shape {np.shape(inputs)} but weights have shape {np.shape(weights)}")
    return np.dot(inputs, weights) + biases
'''),
    dict(cell="batch_output", kind="mistake", name="inputs @ weights, shape check adapted to it", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[0]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    return inputs @ weights + biases
'''),
    dict(cell="batch_output", kind="mistake", name="returns weights @ inputs.T (transposed result)", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    return weights @ inputs.T + np.asarray(biases).reshape(-1, 1)
'''),
    dict(cell="batch_output", kind="mistake", name="np.dot(weights, inputs.T) + biases (bias on the wrong axis)", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    return np.dot(weights, inputs.T) + biases
'''),
    dict(cell="batch_output", kind="mistake", name="biases as a column (added per sample)", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    return inputs @ weights.T + np.reshape(biases, (-1, 1))
'''),
    dict(cell="batch_output", kind="mistake", name="hard-codes the notebook's answer", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    if inputs.shape == (3, 4):
        return np.array([[4.8, 1.21, 2.385], [8.9, -1.81, 0.2], [1.41, 1.051, 0.026]])
    return inputs @ weights.T + biases
'''),
    dict(cell="batch_output", kind="mistake", name="returns a list of lists", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    return (inputs @ weights.T + biases).tolist()
'''),
    dict(cell="batch_output", kind="mistake", name="returns a list of row arrays", source='''
def batch_output(inputs, weights, biases):
    if np.shape(inputs)[1] != np.shape(weights)[1]:
        raise ValueError(f"inputs have shape {np.shape(inputs)} but weights have shape {np.shape(weights)}")
    return [np.dot(weights, sample) + biases for sample in inputs]
'''),
    dict(cell="batch_output", kind="mistake", name="squeezes the result (flattens a batch of one)", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError(f"inputs have shape {inputs.shape} but weights have shape {weights.shape}")
    return np.squeeze(inputs @ weights.T + biases)
'''),
    dict(cell="batch_output", kind="mistake", name="no shape check (numpy's own error)", source='''
def batch_output(inputs, weights, biases):
    return np.dot(inputs, np.array(weights).T) + biases
'''),
    dict(cell="batch_output", kind="mistake", name="error message without the shapes", source='''
def batch_output(inputs, weights, biases):
    inputs, weights = np.asarray(inputs), np.asarray(weights)
    if inputs.shape[1] != weights.shape[1]:
        raise ValueError("the number of inputs does not match the number of weights")
    return inputs @ weights.T + biases
'''),
    dict(cell="batch_output", kind="mistake", name="checks samples against neurons", source='''
def batch_output(inputs, weights, biases):
    if len(inputs) != len(weights):
        raise ValueError(f"inputs have shape {np.shape(inputs)} but weights have shape {np.shape(weights)}")
    return np.dot(inputs, np.array(weights).T) + biases
'''),
    dict(cell="batch_output", kind="mistake", name="uses .T on a list", source='''
def batch_output(inputs, weights, biases):
    if np.shape(inputs)[1] != np.shape(weights)[1]:
        raise ValueError(f"inputs have shape {np.shape(inputs)} but weights have shape {np.shape(weights)}")
    return inputs @ weights.T + biases
'''),
    dict(cell="batch_output", kind="mistake", name="only the first sample", source='''
def batch_output(inputs, weights, biases):
    if np.shape(inputs)[1] != np.shape(weights)[1]:
        raise ValueError(f"inputs have shape {np.shape(inputs)} but weights have shape {np.shape(weights)}")
    return np.dot(weights, inputs[0]) + biases
'''),
]

# ---------------------------------------------------------------- predicted_shapes
RIGHT = {"X @ W.T": (5, 3), "W @ X.T": (3, 5), "X @ W": "error", "X.T @ X": (4, 4), "X[0] @ W.T": (3,),
         "X @ W.T + b": (5, 3), "W @ X.T + b": "error", "W @ X.T + b_col": (3, 5), "X @ W.T + b_col": "error",
         "b_col + b": (3, 3)}


def predictions(**changes):
    """The source of a predicted_shapes cell: the right answers, with `changes` (by position) applied."""
    values = dict(RIGHT)
    keys = list(RIGHT)
    for position, value in changes.items():
        values[keys[int(position[1:])]] = value
    return "predicted_shapes = {\n" + "".join(f"    {k!r}: {v!r},\n" for k, v in values.items()) + "}\n"


VARIANTS += [
    dict(cell="predicted_shapes", kind="correct", name="tuples and 'error'", source=predictions()),
    dict(cell="predicted_shapes", kind="correct", name="lists, and 'Error' with a capital",
         source=predictions(**{f"k{i}": (list(v) if isinstance(v, tuple) else "Error")
                               for i, v in enumerate(RIGHT.values())})),
    dict(cell="predicted_shapes", kind="correct", name="computed by numpy on arrays of these shapes", source='''
import numpy as np

X, W, b = np.zeros((5, 4)), np.zeros((3, 4)), np.zeros(3)
b_col = b.reshape(3, 1)
predicted_shapes = {}
for expression in ["X @ W.T", "W @ X.T", "X @ W", "X.T @ X", "X[0] @ W.T",
                   "X @ W.T + b", "W @ X.T + b", "W @ X.T + b_col", "X @ W.T + b_col", "b_col + b"]:
    try:
        predicted_shapes[expression] = eval(expression).shape
    except ValueError:
        predicted_shapes[expression] = "error"
'''),
    dict(cell="predicted_shapes", kind="correct", name="built entry by entry, numpy integers", source='''
import numpy as np

predicted_shapes = dict()
predicted_shapes["X @ W.T"] = (np.int64(5), np.int64(3))
predicted_shapes["W @ X.T"] = (3, 5)
predicted_shapes["X @ W"] = " error "
predicted_shapes["X.T @ X"] = (4, 4)
predicted_shapes["X[0] @ W.T"] = (3,)
predicted_shapes["X @ W.T + b"] = (5, 3)
predicted_shapes["W @ X.T + b"] = "error"
predicted_shapes["W @ X.T + b_col"] = (3, 5)
predicted_shapes["X @ W.T + b_col"] = "error"
predicted_shapes["b_col + b"] = (3, 3)
'''),
    dict(cell="predicted_shapes", kind="mistake", name="W @ X.T + b: (3, 5) (biases added per sample, the trap)",
         source=predictions(k6=(3, 5))),
    dict(cell="predicted_shapes", kind="mistake", name="X @ W runs without the transpose", source=predictions(k2=(5, 3))),
    dict(cell="predicted_shapes", kind="mistake", name="W @ X.T: outer sizes swapped", source=predictions(k1=(5, 3))),
    dict(cell="predicted_shapes", kind="mistake", name="X.T @ X: (5, 5)", source=predictions(k3=(5, 5))),
    dict(cell="predicted_shapes", kind="mistake", name="X[0] @ W.T keeps a row: (1, 3)", source=predictions(k4=(1, 3))),
    dict(cell="predicted_shapes", kind="mistake", name="b_col + b: an error", source=predictions(k9="error")),
    dict(cell="predicted_shapes", kind="mistake", name="b_col + b: (3, 1)", source=predictions(k9=(3, 1))),
    dict(cell="predicted_shapes", kind="mistake", name="X @ W.T + b_col: (5, 3)", source=predictions(k8=(5, 3))),
    dict(cell="predicted_shapes", kind="mistake", name="(3) instead of (3,): a number, not a tuple",
         source=predictions(k4=3)),
    dict(cell="predicted_shapes", kind="mistake", name="shapes written as strings", source=predictions(
        **{f"k{i}": str(v) for i, v in enumerate(RIGHT.values())})),
    dict(cell="predicted_shapes", kind="mistake", name="a key mistyped (no spaces around @)", source=predictions().replace(
        "'X @ W.T + b_col'", "'X@W.T + b_col'")),
    dict(cell="predicted_shapes", kind="mistake", name="the template left with its ...", source='''
predicted_shapes = {
    "X @ W.T": (5, 3), "W @ X.T": (3, 5), "X @ W": "error", "X.T @ X": ..., "X[0] @ W.T": ...,
    "X @ W.T + b": (5, 3), "W @ X.T + b": ..., "W @ X.T + b_col": ..., "X @ W.T + b_col": ..., "b_col + b": ...,
}
'''),
]
