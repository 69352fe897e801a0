"""Plausible student answers for 02-layer, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    # ---- layer_output: plain Python loops ----
    dict(cell="layer_output", kind="correct", name="list comprehension with sum", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per row of weights")
    for row in weights:
        if len(row) != len(inputs):
            raise ValueError(f"a row has {len(row)} weights for {len(inputs)} inputs")
    return [sum(x * w for x, w in zip(inputs, row)) + b for row, b in zip(weights, biases)]
'''),
    dict(cell="layer_output", kind="correct", name="index loops with range", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("number of neurons and biases differ")
    outputs = []
    for j in range(len(weights)):
        if len(weights[j]) != len(inputs):
            raise ValueError("wrong number of weights in row " + str(j))
        total = biases[j]
        for i in range(len(inputs)):
            total = total + inputs[i] * weights[j][i]
        outputs.append(float(total))
    return outputs
'''),
    dict(cell="layer_output", kind="correct", name="strict zip, lets zip raise", source='''
def layer_output(inputs, weights, biases):
    layer = []
    for neuron_weights, neuron_bias in zip(weights, biases, strict=True):
        neuron_out = 0
        for n_input, weight in zip(inputs, neuron_weights, strict=True):
            neuron_out += n_input * weight
        layer.append(neuron_out + neuron_bias)
    return layer
'''),
    dict(cell="layer_output", kind="correct", name="reuses a neuron_output helper", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError(f"got {len(inputs)} inputs but {len(weights)} weights")
    return sum(x * w for x, w in zip(inputs, weights)) + bias

def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError(f"got {len(weights)} neurons but {len(biases)} biases")
    return [neuron_output(inputs, w, b) for w, b in zip(weights, biases)]
'''),
    dict(cell="layer_output", kind="mistake", name="forgets the bias", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    outputs = []
    for neuron_weights in weights:
        if len(neuron_weights) != len(inputs):
            raise ValueError("row length differs from inputs")
        total = 0.0
        for x, w in zip(inputs, neuron_weights):
            total += x * w
        outputs.append(total)
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="adds the bias once per input", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    outputs = []
    for neuron_weights, bias in zip(weights, biases):
        if len(neuron_weights) != len(inputs):
            raise ValueError("row length differs from inputs")
        total = 0.0
        for x, w in zip(inputs, neuron_weights):
            total += x * w + bias
        outputs.append(total)
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="no size checks (zip truncates)", source='''
def layer_output(inputs, weights, biases):
    outputs = []
    for neuron_weights, bias in zip(weights, biases):
        total = 0.0
        for x, w in zip(inputs, neuron_weights):
            total += x * w
        outputs.append(total + bias)
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="checks only the first row's length", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    if len(weights[0]) != len(inputs):
        raise ValueError("each neuron needs one weight per input")
    outputs = []
    for neuron_weights, bias in zip(weights, biases):
        total = 0.0
        for x, w in zip(inputs, neuron_weights):
            total += x * w
        outputs.append(total + bias)
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="compares neurons with inputs", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(inputs):
        raise ValueError("need one row of weights per input")
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    outputs = []
    for neuron_weights, bias in zip(weights, biases):
        total = 0.0
        for x, w in zip(inputs, neuron_weights):
            total += x * w
        outputs.append(total + bias)
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="sum not reset for each neuron", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    outputs = []
    total = 0.0
    for neuron_weights, bias in zip(weights, biases):
        if len(neuron_weights) != len(inputs):
            raise ValueError("row length differs from inputs")
        for x, w in zip(inputs, neuron_weights):
            total += x * w
        outputs.append(total + bias)
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="return inside the loop (one neuron only)", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    for neuron_weights, bias in zip(weights, biases):
        if len(neuron_weights) != len(inputs):
            raise ValueError("row length differs from inputs")
        total = 0.0
        for x, w in zip(inputs, neuron_weights):
            total += x * w
        return total + bias
'''),
    dict(cell="layer_output", kind="mistake", name="same bias for every neuron", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    outputs = []
    for neuron_weights in weights:
        if len(neuron_weights) != len(inputs):
            raise ValueError("row length differs from inputs")
        outputs.append(sum(x * w for x, w in zip(inputs, neuron_weights)) + biases[0])
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="transposed weights (weights[input][neuron])", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    outputs = list(biases)
    for i, x in enumerate(inputs):
        for j in range(len(outputs)):
            outputs[j] += x * weights[i][j]
    return outputs
'''),
    dict(cell="layer_output", kind="mistake", name="hard-codes the notebook's answer", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    for row in weights:
        if len(row) != len(inputs):
            raise ValueError("row length differs from inputs")
    if inputs == [1, 2, 3, 2.5]:
        return [4.8, 1.21, 2.385]
    return [sum(x * w for x, w in zip(inputs, row)) + b for row, b in zip(weights, biases)]
'''),
    dict(cell="layer_output", kind="mistake", name="uses numpy and returns an array", source='''
import numpy as np

def layer_output(inputs, weights, biases):
    if len(weights) != len(biases):
        raise ValueError("need one bias per neuron")
    for row in weights:
        if len(row) != len(inputs):
            raise ValueError("row length differs from inputs")
    return np.dot(weights, inputs) + biases
'''),
    dict(cell="layer_output", kind="mistake", name="ValueError without a message", source='''
def layer_output(inputs, weights, biases):
    if len(weights) != len(biases) or any(len(row) != len(inputs) for row in weights):
        raise ValueError
    return [sum(x * w for x, w in zip(inputs, row)) + b for row, b in zip(weights, biases)]
'''),

    # ---- layer_output_numpy ----
    dict(cell="layer_output_numpy", kind="correct", name="matmul operator on arrays", source='''
def layer_output_numpy(inputs, weights, biases):
    return np.asarray(weights) @ np.asarray(inputs) + np.asarray(biases)
'''),
    dict(cell="layer_output_numpy", kind="correct", name="np.matmul", source='''
def layer_output_numpy(inputs, weights, biases):
    output = np.matmul(np.array(weights), np.array(inputs))
    output = output + np.array(biases)
    return output
'''),
    dict(cell="layer_output_numpy", kind="correct", name="inputs times transposed weights", source='''
def layer_output_numpy(inputs, weights, biases):
    return np.dot(inputs, np.array(weights).T) + biases
'''),
    dict(cell="layer_output_numpy", kind="correct", name="float32 after nnfs.init()", source='''
import nnfs
nnfs.init()

def layer_output_numpy(inputs, weights, biases):
    inputs = np.array(inputs, dtype=np.float32)
    weights = np.array(weights, dtype=np.float32)
    return np.dot(weights, inputs) + np.array(biases, dtype=np.float32)
'''),
    dict(cell="layer_output_numpy", kind="correct", name="float32 casts", source='''
def layer_output_numpy(inputs, weights, biases):
    w = np.asarray(weights, dtype=np.float32)
    x = np.asarray(inputs, dtype=np.float32)
    return (w @ x + np.asarray(biases, dtype=np.float32)).astype(np.float32)
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="np.dot(inputs, weights): wrong order", source='''
def layer_output_numpy(inputs, weights, biases):
    return np.dot(inputs, weights) + biases
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="forgets the bias", source='''
def layer_output_numpy(inputs, weights, biases):
    return np.dot(weights, inputs)
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="returns a list", source='''
def layer_output_numpy(inputs, weights, biases):
    return (np.dot(weights, inputs) + biases).tolist()
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="adds the sum of all biases", source='''
def layer_output_numpy(inputs, weights, biases):
    return np.dot(weights, inputs) + np.sum(biases)
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="returns a (1, n_neurons) row", source='''
def layer_output_numpy(inputs, weights, biases):
    return np.dot([inputs], np.array(weights).T) + biases
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="sums the products over the wrong axis", source='''
def layer_output_numpy(inputs, weights, biases):
    products = np.array(weights) * np.array(inputs)
    return products.sum(axis=0) + biases
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="sums everything into one number", source='''
def layer_output_numpy(inputs, weights, biases):
    return np.sum(np.dot(weights, inputs) + biases)
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="hard-codes the notebook's answer", source='''
def layer_output_numpy(inputs, weights, biases):
    if len(inputs) == 4 and len(biases) == 3:
        return np.array([4.8, 1.21, 2.385])
    return np.dot(weights, inputs) + biases
'''),
    dict(cell="layer_output_numpy", kind="mistake", name="adds the bias in place into the caller's array", source='''
def layer_output_numpy(inputs, weights, biases):
    output = np.dot(weights, inputs)
    if isinstance(biases, np.ndarray):
        biases += output
        return biases
    return output + biases
'''),
]
