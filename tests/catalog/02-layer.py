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

VARIANTS += [
    # ---------------------------------------------------------------- count_parameters
    dict(cell="count_parameters", kind="correct", name="index loop over consecutive layers", source='''
def count_parameters(layer_sizes):
    total = 0
    for i in range(1, len(layer_sizes)):
        total += layer_sizes[i - 1] * layer_sizes[i]   # weights
        total += layer_sizes[i]                        # biases
    return total
'''),
    dict(cell="count_parameters", kind="correct", name="weights and biases counted apart", source='''
def count_parameters(layer_sizes):
    weights = sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:]))
    biases = sum(layer_sizes[1:])
    return weights + biases
'''),
    dict(cell="count_parameters", kind="correct", name="(a + 1) * b: a bias is a weight on a constant 1", source='''
def count_parameters(layer_sizes):
    return sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:]))
'''),
    dict(cell="count_parameters", kind="correct", name="numpy arrays, nnfs.init(), returns np.int64", source='''
import numpy as np
import nnfs

nnfs.init()


def count_parameters(layer_sizes):
    sizes = np.array(layer_sizes)
    return np.sum(sizes[:-1] * sizes[1:]) + np.sum(sizes[1:])
'''),
    dict(cell="count_parameters", kind="correct", name="builds each layer's arrays and counts their sizes", source='''
import numpy as np


def count_parameters(layer_sizes):
    count = 0
    for n_inputs, n_neurons in zip(layer_sizes, layer_sizes[1:]):
        count += np.zeros((n_inputs, n_neurons)).size + np.zeros((1, n_neurons)).size
    return float(count)
'''),
    dict(cell="count_parameters", kind="mistake", name="counts the weights only", source='''
def count_parameters(layer_sizes):
    return sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:]))
'''),
    dict(cell="count_parameters", kind="mistake", name="gives the input layer biases too", source='''
def count_parameters(layer_sizes):
    return sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:])) + sum(layer_sizes)
'''),
    dict(cell="count_parameters", kind="mistake", name="biases of the layer before (a * b + a)", source='''
def count_parameters(layer_sizes):
    return sum(a * b + a for a, b in zip(layer_sizes, layer_sizes[1:]))
'''),
    dict(cell="count_parameters", kind="mistake", name="multiplies all the sizes", source='''
def count_parameters(layer_sizes):
    product = 1
    for size in layer_sizes:
        product *= size
    return product + sum(layer_sizes[1:])
'''),
    dict(cell="count_parameters", kind="mistake", name="counts the neurons", source='''
def count_parameters(layer_sizes):
    return sum(layer_sizes)
'''),
    dict(cell="count_parameters", kind="mistake", name="loop stops one layer early", source='''
def count_parameters(layer_sizes):
    total = 0
    for i in range(1, len(layer_sizes) - 1):
        total += layer_sizes[i - 1] * layer_sizes[i] + layer_sizes[i]
    return total
'''),
    dict(cell="count_parameters", kind="mistake", name="only the first layer", source='''
def count_parameters(layer_sizes):
    return layer_sizes[0] * layer_sizes[1] + layer_sizes[1]
'''),
    dict(cell="count_parameters", kind="mistake", name="hard-codes the notebook's networks", source='''
def count_parameters(layer_sizes):
    if list(layer_sizes) == [10, 8, 8, 10]:
        return 250
    if len(layer_sizes) == 1:
        return 0
    return 15
'''),
    dict(cell="count_parameters", kind="mistake", name="returns (weights, biases) as a pair", source='''
def count_parameters(layer_sizes):
    pairs = list(zip(layer_sizes, layer_sizes[1:]))
    return sum(a * b for a, b in pairs), sum(b for a, b in pairs)
'''),
    dict(cell="count_parameters", kind="mistake", name="connects every pair of layers, not only neighbours", source='''
def count_parameters(layer_sizes):
    total = 0
    for i in range(len(layer_sizes)):
        for j in range(i + 1, len(layer_sizes)):
            total += layer_sizes[i] * layer_sizes[j]
    return total + sum(layer_sizes[1:])
'''),
]
