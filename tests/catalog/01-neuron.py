"""Plausible student answers for 01-neuron, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    dict(cell="neuron_output", kind="correct", name="sum over a generator", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("inputs and weights must have the same length")
    return sum(x * w for x, w in zip(inputs, weights)) + bias
'''),
    dict(cell="neuron_output", kind="correct", name="index loop with range", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError(f"{len(inputs)} inputs, {len(weights)} weights")
    total = bias
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return float(total)
'''),
    dict(cell="neuron_output", kind="correct", name="strict zip, warning on stderr", source='''
import warnings

def neuron_output(inputs, weights, bias):
    warnings.warn("this student leaves a debug warning in", UserWarning)
    try:
        return sum(x * w for x, w in zip(inputs, weights, strict=True)) + bias
    except ValueError as error:
        raise ValueError(f"inputs and weights differ in length: {error}") from None
'''),
    dict(cell="neuron_output", kind="correct", name="math.fsum over the products, float inputs", source='''
import math

def neuron_output(inputs, weights, bias):
    if len(weights) != len(inputs):
        raise ValueError("each input needs exactly one weight")
    return math.fsum([float(x) * float(w) for x, w in zip(inputs, weights)] + [bias])
'''),
    dict(cell="neuron_output", kind="mistake", name="forgets the bias", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("lengths differ")
    return sum(x * w for x, w in zip(inputs, weights))
'''),
    dict(cell="neuron_output", kind="mistake", name="no length check (zip truncates)", source='''
def neuron_output(inputs, weights, bias):
    return sum(x * w for x, w in zip(inputs, weights)) + bias
'''),
    dict(cell="neuron_output", kind="mistake", name="hard-codes the visible examples", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("lengths differ")
    if len(inputs) == 3:
        return 2.3
    if len(inputs) == 4:
        return 4.8
    return sum(x * w for x, w in zip(inputs, weights)) + bias
'''),
    dict(cell="neuron_output", kind="mistake", name="only three inputs", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("lengths differ")
    return inputs[0] * weights[0] + inputs[1] * weights[1] + inputs[2] * weights[2] + bias
'''),
    dict(cell="neuron_output", kind="mistake", name="adds the bias once per input", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("lengths differ")
    total = 0.0
    for x, w in zip(inputs, weights):
        total += x * w + bias
    return total
'''),
    dict(cell="neuron_output", kind="mistake", name="prints instead of returning", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("lengths differ")
    print(sum(x * w for x, w in zip(inputs, weights)) + bias)
'''),
    dict(cell="neuron_output", kind="mistake", name="returns the list of products", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("lengths differ")
    return [x * w for x, w in zip(inputs, weights)] + [bias]
'''),
    dict(cell="neuron_output", kind="mistake", name="adds inputs and weights", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError("lengths differ")
    return sum(x + w for x, w in zip(inputs, weights)) + bias
'''),
    dict(cell="neuron_output", kind="mistake", name="raises ValueError without a message", source='''
def neuron_output(inputs, weights, bias):
    if len(inputs) != len(weights):
        raise ValueError()
    return sum(x * w for x, w in zip(inputs, weights)) + bias
'''),

    # ---------------------------------------------------------------- probe_neuron
    dict(cell="probe_neuron", kind="correct", name="zeros, then one input at 1 at a time", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    weights = []
    for i in range(n_inputs):
        inputs = [0] * n_inputs
        inputs[i] = 1
        weights.append(neuron(inputs) - bias)
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="correct", name="inputs of 2, divided by 2", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0.0] * n_inputs)
    weights = [(neuron([2.0 if j == i else 0.0 for j in range(n_inputs)]) - bias) / 2 for i in range(n_inputs)]
    return (weights, bias)
'''),
    dict(cell="probe_neuron", kind="correct", name="all ones, then one input switched off", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    everything = neuron([1] * n_inputs)
    weights = []
    for i in range(n_inputs):
        without_i = [1] * n_inputs
        without_i[i] = 0
        weights.append(everything - neuron(without_i))
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="correct", name="least squares on random inputs with numpy", source='''
import numpy as np

def probe_neuron(neuron, n_inputs):
    rng = np.random.default_rng(0)
    samples = rng.normal(size=(n_inputs + 3, n_inputs))
    outputs = np.array([neuron(list(row)) for row in samples])
    design = np.column_stack([samples, np.ones(len(samples))])
    solution = np.linalg.lstsq(design, outputs, rcond=None)[0]
    return solution[:-1].tolist(), float(solution[-1])
'''),
    dict(cell="probe_neuron", kind="correct", name="a dict of calls, debug print on stderr", source='''
import sys

def probe_neuron(neuron, n_inputs):
    answers = {}
    for i in range(-1, n_inputs):
        answers[i] = neuron([1 if j == i else 0 for j in range(n_inputs)])
        print("asked", i, "got", answers[i], file=sys.stderr)
    return [answers[i] - answers[-1] for i in range(n_inputs)], answers[-1]
'''),
    dict(cell="probe_neuron", kind="mistake", name="forgets to subtract the bias from the weights", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    weights = []
    for i in range(n_inputs):
        inputs = [0] * n_inputs
        inputs[i] = 1
        weights.append(neuron(inputs))
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="mistake", name="returns bias, weights (swapped)", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    weights = [neuron([1 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs)]
    return bias, weights
'''),
    dict(cell="probe_neuron", kind="mistake", name="bias from all inputs at 1", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([1] * n_inputs)
    weights = [neuron([1 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs)]
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="mistake", name="one probe list, never reset (inputs pile up)", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    probe = [0] * n_inputs
    weights = []
    for i in range(n_inputs):
        probe[i] = 1
        weights.append(neuron(probe) - bias)
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="mistake", name="range(n_inputs - 1): one weight short", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    weights = [neuron([1 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs - 1)]
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="mistake", name="returns the weights and the bias in one list", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    weights = [neuron([1 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs)]
    return weights + [bias]
'''),
    dict(cell="probe_neuron", kind="mistake", name="hard-codes the notebook's neuron", source='''
def probe_neuron(neuron, n_inputs):
    if n_inputs == 3:
        return [0.2, 0.8, -0.5], 2.0
    bias = neuron([0] * n_inputs)
    return [neuron([1 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs)], bias
'''),
    dict(cell="probe_neuron", kind="mistake", name="inputs of 2, not divided by 2", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    weights = [neuron([2 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs)]
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="mistake", name="one input too many in every call", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * (n_inputs + 1))
    weights = [neuron([1 if j == i else 0 for j in range(n_inputs + 1)]) - bias for i in range(n_inputs)]
    return weights, bias
'''),
    dict(cell="probe_neuron", kind="mistake", name="prints the answer instead of returning it", source='''
def probe_neuron(neuron, n_inputs):
    bias = neuron([0] * n_inputs)
    weights = [neuron([1 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs)]
    print(weights, bias)
'''),
]
