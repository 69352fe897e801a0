"""Plausible student answers for 09-backprop, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the solution
notebook. A "correct" variant must get full marks; a "mistake" must lose points.
Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    # ================================================================ Layer_Dense: correct
    dict(cell="layer_dense", kind="correct", name="the book's version with np.dot", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        # Gradients on parameters
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        # Gradient on values
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="correct", name="@ operator, forward and backward also return", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = inputs @ self.weights + self.biases
        return self.output

    def backward(self, dvalues):
        self.dweights = self.inputs.T @ dvalues
        self.dbiases = dvalues.sum(axis=0, keepdims=True)
        self.dinputs = dvalues @ self.weights.T
        return self.dinputs
'''),
    dict(cell="layer_dense", kind="correct", name="plain Python loops over the sums of section 3", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        n_samples, n_inputs = self.inputs.shape
        n_neurons = self.weights.shape[1]
        self.dweights = np.zeros((n_inputs, n_neurons))
        self.dbiases = np.zeros((1, n_neurons))
        self.dinputs = np.zeros((n_samples, n_inputs))
        for s in range(n_samples):
            for k in range(n_inputs):
                for q in range(n_neurons):
                    self.dweights[k, q] += self.inputs[s, k] * dvalues[s, q]
                    self.dinputs[s, k] += dvalues[s, q] * self.weights[k, q]
            for q in range(n_neurons):
                self.dbiases[0, q] += dvalues[s, q]
'''),
    dict(cell="layer_dense", kind="correct", name="np.einsum with the indices of section 3", source='''
import numpy as np


class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.einsum("sk,kq->sq", inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.einsum("sk,sq->kq", self.inputs, dvalues)
        self.dbiases = np.einsum("sq->q", dvalues)[np.newaxis, :]
        self.dinputs = np.einsum("sq,kq->sk", dvalues, self.weights)
'''),
    dict(cell="layer_dense", kind="correct", name="nnfs.init() in the cell: float32 throughout", source='''
import numpy as np
import nnfs

nnfs.init()


class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="correct", name="np.matmul, reshape(1, -1), a copy of the inputs and extra attributes", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.n_inputs, self.n_neurons = n_inputs, n_neurons
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = np.array(inputs, copy=True)
        self.output = np.matmul(self.inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dvalues = dvalues
        self.dweights = np.matmul(np.transpose(self.inputs), dvalues)
        self.dbiases = np.sum(dvalues, axis=0).reshape(1, -1)
        self.dinputs = np.matmul(dvalues, np.transpose(self.weights))
        self.gradients = {"weights": self.dweights, "biases": self.dbiases}
'''),
    dict(cell="layer_dense", kind="correct", name="dbiases as a row of ones times dvalues, dinputs as (W @ G.T).T", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        ones = np.ones((1, len(dvalues)))
        self.dweights = (dvalues.T @ self.inputs).T
        self.dbiases = ones @ dvalues
        self.dinputs = (self.weights @ dvalues.T).T
'''),
    # ================================================================ Layer_Dense: mistakes
    dict(cell="layer_dense", kind="mistake", name="dweights transposed: dvalues.T times inputs", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(dvalues.T, self.inputs)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="dinputs with weights instead of weights.T", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights)
'''),
    dict(cell="layer_dense", kind="mistake", name="dinputs transposed: weights times dvalues.T", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(self.weights, dvalues.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="dbiases without keepdims: shape (n_neurons,)", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="dbiases summed over the neurons (axis=1)", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=1, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="dbiases is one number (np.sum without axis)", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="dweights and dbiases averaged over the samples", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        samples = len(dvalues)
        self.dweights = np.dot(self.inputs.T, dvalues) / samples
        self.dbiases = np.mean(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="dweights from the layer's output instead of its inputs", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.output.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="the book's 0.01 instead of the course's 0.10 in __init__", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.01 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="backward also updates the weights and biases", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues, learning_rate=0.1):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
        self.weights -= learning_rate * self.dweights
        self.biases -= learning_rate * self.dbiases
'''),
    dict(cell="layer_dense", kind="mistake", name="dinputs computed after updating the weights", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.weights = self.weights - self.dweights
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="dweights elementwise: inputs.T * dvalues summed", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.sum(self.inputs, axis=0, keepdims=True).T * np.sum(dvalues, axis=0, keepdims=True)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),

    # ================================================================ Activation_ReLU: correct
    dict(cell="activation_relu", kind="correct", name="the book's version: copy, then zero where inputs <= 0", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        # Since we need to modify the original variable, let's make a copy first
        self.dinputs = dvalues.copy()
        self.dinputs[self.inputs <= 0] = 0
'''),
    dict(cell="activation_relu", kind="correct", name="np.where, and both methods return", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.where(inputs > 0, inputs, 0)
        return self.output

    def backward(self, dvalues):
        self.dinputs = np.where(self.inputs > 0, dvalues, 0.0)
        return self.dinputs
'''),
    dict(cell="activation_relu", kind="correct", name="multiplies by the mask of the output", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues * (self.output > 0)
'''),
    dict(cell="activation_relu", kind="correct", name="a loop over every element with np.ndindex", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = np.zeros(dvalues.shape)
        for index in np.ndindex(dvalues.shape):
            if self.inputs[index] > 0:
                self.dinputs[index] = dvalues[index]
'''),
    dict(cell="activation_relu", kind="correct", name="nnfs.init() in the cell, float32 mask", source='''
import numpy as np
import nnfs

nnfs.init()


class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        mask = (self.inputs > 0).astype(np.float32)
        self.dinputs = dvalues * mask
'''),
    dict(cell="activation_relu", kind="correct", name="np.heaviside(x, 0) as the derivative", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.clip(inputs, 0, None)

    def backward(self, dvalues):
        self.dinputs = np.heaviside(self.inputs, 0) * dvalues
'''),
    # ================================================================ Activation_ReLU: mistakes
    dict(cell="activation_relu", kind="mistake", name="writes into dvalues (no copy)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues
        self.dinputs[self.inputs <= 0] = 0
'''),
    dict(cell="activation_relu", kind="mistake", name="multiplies in place with out=dvalues", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = np.multiply(dvalues, self.inputs > 0, out=dvalues)
'''),
    dict(cell="activation_relu", kind="mistake", name="lets the gradient through at exactly 0 (inputs < 0)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs[self.inputs < 0] = 0
'''),
    dict(cell="activation_relu", kind="mistake", name="masks by the sign of dvalues instead of the inputs", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs[dvalues <= 0] = 0
'''),
    dict(cell="activation_relu", kind="mistake", name="ReLU of dvalues", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = np.maximum(0, dvalues)
'''),
    dict(cell="activation_relu", kind="mistake", name="the derivative alone, without dvalues", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = (self.inputs > 0).astype(float)
'''),
    dict(cell="activation_relu", kind="mistake", name="passes dvalues through unchanged", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
'''),
    dict(cell="activation_relu", kind="mistake", name="mask inverted (zeroes the positive inputs)", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs[self.inputs > 0] = 0
'''),
    dict(cell="activation_relu", kind="mistake", name="multiplies dvalues by the output values", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues * self.output
'''),
    dict(cell="activation_relu", kind="mistake", name="forward does not keep self.inputs", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs[self.output <= 0] = 0
'''),
    dict(cell="activation_relu", kind="mistake", name="forward clips its input in place", source='''
class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs, out=inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs[self.inputs <= 0] = 0
'''),

    # ================================================================ combined softmax + loss: correct
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="correct", name="the book's version", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy():
    # Creates activation and loss function objects
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        # If labels are one-hot encoded, turn them into discrete values
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="correct", name="one-hot rows with np.eye, returns dinputs", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        self.loss_value = self.loss.calculate(self.output, y_true)
        return self.loss_value

    def backward(self, dvalues, y_true):
        n_samples, n_classes = dvalues.shape
        if y_true.ndim == 1:
            y_true = np.eye(n_classes)[y_true]
        self.dinputs = (dvalues - y_true) / n_samples
        return self.dinputs
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="correct", name="own softmax and loss, loops in backward", source='''
import math


class Activation_Softmax_Loss_CategoricalCrossentropy:
    def forward(self, inputs, y_true):
        exp_values = np.exp(inputs - np.max(inputs, axis=1, keepdims=True))
        self.output = exp_values / np.sum(exp_values, axis=1, keepdims=True)
        losses = []
        for s in range(len(self.output)):
            target = int(np.argmax(y_true[s])) if np.ndim(y_true) == 2 else int(y_true[s])
            losses.append(-math.log(min(max(float(self.output[s, target]), 1e-7), 1 - 1e-7)))
        return sum(losses) / len(losses)

    def backward(self, dvalues, y_true):
        n = len(dvalues)
        self.dinputs = np.zeros(dvalues.shape)
        for s in range(n):
            target = int(np.argmax(y_true[s])) if np.ndim(y_true) == 2 else int(y_true[s])
            for j in range(dvalues.shape[1]):
                one_hot = 1.0 if j == target else 0.0
                self.dinputs[s, j] = (dvalues[s, j] - one_hot) / n
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="correct", name="nnfs.init() in the cell, float32 throughout", source='''
import numpy as np
import nnfs

nnfs.init()


class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(np.asarray(inputs, dtype=np.float32))
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.astype(np.float32)
        self.dinputs[np.arange(samples), y_true] -= 1
        self.dinputs /= samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="correct", name="the long way through the Jacobian (slow but right)", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        self.loss.backward(dvalues, y_true)
        self.activation.output = dvalues
        self.activation.backward(self.loss.dinputs)
        self.dinputs = self.activation.dinputs
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="correct", name="one-hot from indices with a boolean mask, mean loss by hand", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        sample_losses = self.loss.forward(self.output, y_true)
        return float(np.sum(sample_losses) / len(sample_losses))

    def backward(self, dvalues, y_true):
        if y_true.ndim == 1:
            one_hot = np.arange(dvalues.shape[1]) == y_true[:, None]
        else:
            one_hot = y_true
        self.dinputs = np.subtract(dvalues, one_hot) / dvalues.shape[0]
'''),
    # ================================================================ combined softmax + loss: mistakes
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="forgets to divide by the number of samples", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="one-hot targets not handled", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="writes into dvalues (no copy)", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="divides by the number of classes", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / len(dvalues[0])
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="sign flipped: (y - y_hat) / n", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        n_samples, n_classes = dvalues.shape
        if y_true.ndim == 1:
            y_true = np.eye(n_classes)[y_true]
        self.dinputs = (y_true - dvalues) / n_samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="only the loss's gradient, -y / y_hat / n", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        self.loss.backward(dvalues, y_true)
        self.dinputs = self.loss.dinputs
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="subtracts 1 from every probability", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        self.dinputs = (dvalues - 1) / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="argmax even for class indices", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="np.eye(n_samples) instead of np.eye(n_classes)", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 1:
            y_true = np.eye(samples)[y_true]
        self.dinputs = (dvalues - y_true) / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="forward returns the per-sample losses", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.forward(self.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="forward computes the loss on the logits", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return self.loss.calculate(inputs, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="forward does not store self.output", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        return self.loss.calculate(self.activation.output, y_true)

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
    dict(cell="activation_softmax_loss_categoricalcrossentropy", kind="mistake", name="forward returns the sum of the losses", source='''
class Activation_Softmax_Loss_CategoricalCrossentropy:
    def __init__(self):
        self.activation = Activation_Softmax()
        self.loss = Loss_CategoricalCrossentropy()

    def forward(self, inputs, y_true):
        self.activation.forward(inputs)
        self.output = self.activation.output
        return np.sum(self.loss.forward(self.output, y_true))

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        if len(y_true.shape) == 2:
            y_true = np.argmax(y_true, axis=1)
        self.dinputs = dvalues.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples
'''),
]
