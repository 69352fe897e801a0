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
]
