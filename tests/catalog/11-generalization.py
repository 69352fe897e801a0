"""Plausible student answers for 11-generalization, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the solution notebook.
A "correct" variant must get full marks; a "mistake" must lose points. Variants are whole cell
sources, written as a student would write them.
"""

# The part of the Loss cell that is given (notebook 07's calculate), shared by every Loss variant.
CALCULATE = '''
    def calculate(self, output, y):
        sample_losses = self.forward(output, y)
        data_loss = np.mean(sample_losses)
        return data_loss
'''

LOSS = [
    # ---------------------------------------------------------------- correct
    dict(cell="loss", kind="correct", name="the book's version", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights))
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sum(layer.weights * layer.weights)
        if layer.bias_regularizer_l1 > 0:
            regularization_loss += layer.bias_regularizer_l1 * np.sum(np.abs(layer.biases))
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += layer.bias_regularizer_l2 * np.sum(layer.biases * layer.biases)
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="correct", name="one expression, every term times its lambda (no ifs)", source='''
class Loss:
    def regularization_loss(self, layer):
        return (layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights))
                + layer.weight_regularizer_l2 * np.sum(layer.weights ** 2)
                + layer.bias_regularizer_l1 * np.sum(np.abs(layer.biases))
                + layer.bias_regularizer_l2 * np.sum(layer.biases ** 2))
''' + CALCULATE),
    dict(cell="loss", kind="correct", name="a loop over (lambda, array, power) and .sum()", source='''
class Loss:
    def regularization_loss(self, layer):
        terms = [(layer.weight_regularizer_l1, layer.weights, 1),
                 (layer.weight_regularizer_l2, layer.weights, 2),
                 (layer.bias_regularizer_l1, layer.biases, 1),
                 (layer.bias_regularizer_l2, layer.biases, 2)]
        total = 0.0
        for lam, values, power in terms:
            if lam > 0:
                total += lam * (np.abs(values) ** power).sum()
        return total
''' + CALCULATE),
    dict(cell="loss", kind="correct", name="np.linalg.norm (1-norm and squared 2-norm), float()", source='''
class Loss:
    def regularization_loss(self, layer):
        w, b = layer.weights.ravel(), layer.biases.ravel()
        penalty = 0.0
        if layer.weight_regularizer_l1 > 0:
            penalty += layer.weight_regularizer_l1 * np.linalg.norm(w, 1)
        if layer.weight_regularizer_l2 > 0:
            penalty += layer.weight_regularizer_l2 * np.linalg.norm(w) ** 2
        if layer.bias_regularizer_l1 > 0:
            penalty += layer.bias_regularizer_l1 * np.linalg.norm(b, 1)
        if layer.bias_regularizer_l2 > 0:
            penalty += layer.bias_regularizer_l2 * np.linalg.norm(b) ** 2
        return float(penalty)
''' + CALCULATE),
    dict(cell="loss", kind="correct", name="einsum for the squares, nnfs.init() in the cell", source='''
import numpy as np
import nnfs

nnfs.init()


class Loss:
    def regularization_loss(self, layer):
        loss = 0
        if layer.weight_regularizer_l1:
            loss = loss + layer.weight_regularizer_l1 * np.abs(layer.weights).sum()
        if layer.weight_regularizer_l2:
            loss = loss + layer.weight_regularizer_l2 * np.einsum("ij,ij->", layer.weights, layer.weights)
        if layer.bias_regularizer_l1:
            loss = loss + layer.bias_regularizer_l1 * np.abs(layer.biases).sum()
        if layer.bias_regularizer_l2:
            loss = loss + layer.bias_regularizer_l2 * np.einsum("ij,ij->", layer.biases, layer.biases)
        return loss
''' + CALCULATE),
    dict(cell="loss", kind="correct", name="np.dot of the flattened arrays for the squares", source='''
class Loss:
    def regularization_loss(self, layer):
        reg = 0
        w = layer.weights.flatten()
        b = layer.biases.flatten()
        if layer.weight_regularizer_l1 > 0:
            reg += layer.weight_regularizer_l1 * np.sum(np.abs(w))
        if layer.weight_regularizer_l2 > 0:
            reg += layer.weight_regularizer_l2 * np.dot(w, w)
        if layer.bias_regularizer_l1 > 0:
            reg += layer.bias_regularizer_l1 * np.sum(np.abs(b))
        if layer.bias_regularizer_l2 > 0:
            reg += layer.bias_regularizer_l2 * np.dot(b, b)
        return reg
''' + CALCULATE),
    # ---------------------------------------------------------------- mistakes
    dict(cell="loss", kind="mistake", name="forgets the biases", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights))
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sum(layer.weights * layer.weights)
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="L1 without the absolute value", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(layer.weights)
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sum(layer.weights * layer.weights)
        if layer.bias_regularizer_l1 > 0:
            regularization_loss += layer.bias_regularizer_l1 * np.sum(layer.biases)
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += layer.bias_regularizer_l2 * np.sum(layer.biases * layer.biases)
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="terms without their lambda (adds penalties whose lambda is 0)", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0 or layer.weight_regularizer_l2 > 0:
            regularization_loss += np.sum(np.abs(layer.weights)) + np.sum(layer.weights ** 2)
        if layer.bias_regularizer_l1 > 0 or layer.bias_regularizer_l2 > 0:
            regularization_loss += np.sum(np.abs(layer.biases)) + np.sum(layer.biases ** 2)
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="the weights' lambdas used for the biases", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights))
            regularization_loss += layer.weight_regularizer_l1 * np.sum(np.abs(layer.biases))
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sum(layer.weights * layer.weights)
            regularization_loss += layer.weight_regularizer_l2 * np.sum(layer.biases * layer.biases)
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="L1 and L2 strengths swapped", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(layer.weights ** 2)
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sum(np.abs(layer.weights))
        if layer.bias_regularizer_l1 > 0:
            regularization_loss += layer.bias_regularizer_l1 * np.sum(layer.biases ** 2)
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += layer.bias_regularizer_l2 * np.sum(np.abs(layer.biases))
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="np.mean instead of np.sum", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.mean(np.abs(layer.weights))
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.mean(layer.weights ** 2)
        if layer.bias_regularizer_l1 > 0:
            regularization_loss += layer.bias_regularizer_l1 * np.mean(np.abs(layer.biases))
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += layer.bias_regularizer_l2 * np.mean(layer.biases ** 2)
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="L2 as the norm, not its square", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights))
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sqrt(np.sum(layer.weights ** 2))
        if layer.bias_regularizer_l1 > 0:
            regularization_loss += layer.bias_regularizer_l1 * np.sum(np.abs(layer.biases))
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += layer.bias_regularizer_l2 * np.sqrt(np.sum(layer.biases ** 2))
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="half the L2 penalty (the 1/2 lambda w**2 convention)", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights))
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += 0.5 * layer.weight_regularizer_l2 * np.sum(layer.weights ** 2)
        if layer.bias_regularizer_l1 > 0:
            regularization_loss += layer.bias_regularizer_l1 * np.sum(np.abs(layer.biases))
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += 0.5 * layer.bias_regularizer_l2 * np.sum(layer.biases ** 2)
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="the square of the sum instead of the sum of squares", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l1 > 0:
            regularization_loss += layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights))
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sum(layer.weights) ** 2
        if layer.bias_regularizer_l1 > 0:
            regularization_loss += layer.bias_regularizer_l1 * np.sum(np.abs(layer.biases))
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += layer.bias_regularizer_l2 * np.sum(layer.biases) ** 2
        return regularization_loss
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="returns the four terms in a list", source='''
class Loss:
    def regularization_loss(self, layer):
        return [layer.weight_regularizer_l1 * np.sum(np.abs(layer.weights)),
                layer.weight_regularizer_l2 * np.sum(layer.weights ** 2),
                layer.bias_regularizer_l1 * np.sum(np.abs(layer.biases)),
                layer.bias_regularizer_l2 * np.sum(layer.biases ** 2)]
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="elementwise penalty array, not summed", source='''
class Loss:
    def regularization_loss(self, layer):
        return (layer.weight_regularizer_l1 * np.abs(layer.weights)
                + layer.weight_regularizer_l2 * layer.weights ** 2)
''' + CALCULATE),
    dict(cell="loss", kind="mistake", name="only the L2 penalties", source='''
class Loss:
    def regularization_loss(self, layer):
        regularization_loss = 0
        if layer.weight_regularizer_l2 > 0:
            regularization_loss += layer.weight_regularizer_l2 * np.sum(layer.weights ** 2)
        if layer.bias_regularizer_l2 > 0:
            regularization_loss += layer.bias_regularizer_l2 * np.sum(layer.biases ** 2)
        return regularization_loss
''' + CALCULATE),
]

# The given parts of the Layer_Dense cell, around the student's code.
DENSE_INIT = '''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons, weight_regularizer_l1=0, weight_regularizer_l2=0,
                 bias_regularizer_l1=0, bias_regularizer_l2=0):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))
        self.weight_regularizer_l1 = weight_regularizer_l1
        self.weight_regularizer_l2 = weight_regularizer_l2
        self.bias_regularizer_l1 = bias_regularizer_l1
        self.bias_regularizer_l2 = bias_regularizer_l2

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
'''
DENSE_END = '''
        self.dinputs = np.dot(dvalues, self.weights.T)
'''


def dense(body):
    """A Layer_Dense variant whose backward adds `body` (indented 8 spaces) to the given code."""
    return DENSE_INIT + body + DENSE_END


DENSE = [
    # ---------------------------------------------------------------- correct
    dict(cell="layer_dense", kind="correct", name="the book's version", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = np.ones_like(self.weights)
            dL1[self.weights < 0] = -1
            self.dweights += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            dL1 = np.ones_like(self.biases)
            dL1[self.biases < 0] = -1
            self.dbiases += self.bias_regularizer_l1 * dL1
        if self.bias_regularizer_l2 > 0:
            self.dbiases += 2 * self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="correct", name="np.where and @, no ifs, new arrays", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons, weight_regularizer_l1=0, weight_regularizer_l2=0,
                 bias_regularizer_l1=0, bias_regularizer_l2=0):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))
        self.weight_regularizer_l1 = float(weight_regularizer_l1)
        self.weight_regularizer_l2 = float(weight_regularizer_l2)
        self.bias_regularizer_l1 = float(bias_regularizer_l1)
        self.bias_regularizer_l2 = float(bias_regularizer_l2)

    def forward(self, inputs):
        self.inputs = inputs
        self.output = inputs @ self.weights + self.biases

    def backward(self, dvalues):
        w, b = self.weights, self.biases
        self.dweights = (self.inputs.T @ dvalues
                         + self.weight_regularizer_l1 * np.where(w >= 0, 1.0, -1.0)
                         + 2 * self.weight_regularizer_l2 * w)
        self.dbiases = (dvalues.sum(axis=0, keepdims=True)
                        + self.bias_regularizer_l1 * np.where(b >= 0, 1.0, -1.0)
                        + 2 * self.bias_regularizer_l2 * b)
        self.dinputs = dvalues @ w.T
'''),
    dict(cell="layer_dense", kind="correct", name="np.sign plus a fix for zeros", source=dense('''
        if self.weight_regularizer_l1 > 0:
            sign = np.sign(self.weights)
            sign[sign == 0] = 1
            self.dweights = self.dweights + self.weight_regularizer_l1 * sign
        if self.weight_regularizer_l2 > 0:
            self.dweights = self.dweights + self.weight_regularizer_l2 * 2 * self.weights
        if self.bias_regularizer_l1 > 0:
            sign = np.sign(self.biases) + (self.biases == 0)
            self.dbiases = self.dbiases + self.bias_regularizer_l1 * sign
        if self.bias_regularizer_l2 > 0:
            self.dbiases = self.dbiases + self.bias_regularizer_l2 * 2 * self.biases''')),
    dict(cell="layer_dense", kind="correct", name="loops over the elements for the L1 sign", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = np.zeros_like(self.weights)
            for i in range(self.weights.shape[0]):
                for j in range(self.weights.shape[1]):
                    dL1[i, j] = 1 if self.weights[i, j] >= 0 else -1
            self.dweights += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            dL1 = np.zeros_like(self.biases)
            for j in range(self.biases.shape[1]):
                dL1[0, j] = 1 if self.biases[0, j] >= 0 else -1
            self.dbiases += self.bias_regularizer_l1 * dL1
        if self.bias_regularizer_l2 > 0:
            self.dbiases += 2 * self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="correct", name="einsum, nnfs.init() in the cell, a helper method", source='''
import numpy as np
import nnfs

nnfs.init()


class Layer_Dense:
    def __init__(self, n_inputs, n_neurons, weight_regularizer_l1=0, weight_regularizer_l2=0,
                 bias_regularizer_l1=0, bias_regularizer_l2=0):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))
        self.weight_regularizer_l1 = weight_regularizer_l1
        self.weight_regularizer_l2 = weight_regularizer_l2
        self.bias_regularizer_l1 = bias_regularizer_l1
        self.bias_regularizer_l2 = bias_regularizer_l2

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.einsum("ij,jk->ik", inputs, self.weights) + self.biases

    @staticmethod
    def _penalty_gradient(values, l1, l2):
        gradient = np.zeros_like(values)
        if l1 > 0:
            gradient = gradient + l1 * np.where(values < 0, -1, 1)
        if l2 > 0:
            gradient = gradient + 2 * l2 * values
        return gradient

    def backward(self, dvalues):
        self.dweights = np.einsum("ij,ik->jk", self.inputs, dvalues)
        self.dweights = self.dweights + self._penalty_gradient(self.weights, self.weight_regularizer_l1,
                                                               self.weight_regularizer_l2)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dbiases = self.dbiases + self._penalty_gradient(self.biases, self.bias_regularizer_l1,
                                                             self.bias_regularizer_l2)
        self.dinputs = np.einsum("ik,jk->ij", dvalues, self.weights)
        return self.dinputs
'''),
    dict(cell="layer_dense", kind="correct", name="float32 gradients, dinputs computed first", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons, weight_regularizer_l1=0, weight_regularizer_l2=0,
                 bias_regularizer_l1=0, bias_regularizer_l2=0):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))
        self.weight_regularizer_l1 = weight_regularizer_l1
        self.weight_regularizer_l2 = weight_regularizer_l2
        self.bias_regularizer_l1 = bias_regularizer_l1
        self.bias_regularizer_l2 = bias_regularizer_l2

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dinputs = np.dot(dvalues, self.weights.T).astype(np.float32)
        dweights = np.dot(self.inputs.T, dvalues).astype(np.float32)
        dbiases = np.sum(dvalues, axis=0, keepdims=True).astype(np.float32)
        if self.weight_regularizer_l1 > 0:
            dweights += np.float32(self.weight_regularizer_l1) * np.where(self.weights < 0, -1, 1).astype(np.float32)
        if self.weight_regularizer_l2 > 0:
            dweights += np.float32(2 * self.weight_regularizer_l2) * self.weights.astype(np.float32)
        if self.bias_regularizer_l1 > 0:
            dbiases += np.float32(self.bias_regularizer_l1) * np.where(self.biases < 0, -1, 1).astype(np.float32)
        if self.bias_regularizer_l2 > 0:
            dbiases += np.float32(2 * self.bias_regularizer_l2) * self.biases.astype(np.float32)
        self.dweights, self.dbiases = dweights, dbiases
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="layer_dense", kind="mistake", name="L2 gradient without the factor 2", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = np.ones_like(self.weights)
            dL1[self.weights < 0] = -1
            self.dweights += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.dweights += self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            dL1 = np.ones_like(self.biases)
            dL1[self.biases < 0] = -1
            self.dbiases += self.bias_regularizer_l1 * dL1
        if self.bias_regularizer_l2 > 0:
            self.dbiases += self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="L1 gradient as lambda * w", source=dense('''
        if self.weight_regularizer_l1 > 0:
            self.dweights += self.weight_regularizer_l1 * self.weights
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            self.dbiases += self.bias_regularizer_l1 * self.biases
        if self.bias_regularizer_l2 > 0:
            self.dbiases += 2 * self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="np.sign (gradient 0 at w = 0, not the book's +lambda)", source=dense('''
        if self.weight_regularizer_l1 > 0:
            self.dweights += self.weight_regularizer_l1 * np.sign(self.weights)
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            self.dbiases += self.bias_regularizer_l1 * np.sign(self.biases)
        if self.bias_regularizer_l2 > 0:
            self.dbiases += 2 * self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="-1 at w = 0 (w > 0 tested instead of w < 0)", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = -np.ones_like(self.weights)
            dL1[self.weights > 0] = 1
            self.dweights += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            dL1 = -np.ones_like(self.biases)
            dL1[self.biases > 0] = 1
            self.dbiases += self.bias_regularizer_l1 * dL1
        if self.bias_regularizer_l2 > 0:
            self.dbiases += 2 * self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="L1 sign taken from dweights instead of the weights", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = np.ones_like(self.dweights)
            dL1[self.dweights < 0] = -1
            self.dweights += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            dL1 = np.ones_like(self.dbiases)
            dL1[self.dbiases < 0] = -1
            self.dbiases += self.bias_regularizer_l1 * dL1
        if self.bias_regularizer_l2 > 0:
            self.dbiases += 2 * self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="forgets the biases' gradients", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = np.ones_like(self.weights)
            dL1[self.weights < 0] = -1
            self.dweights += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights''')),
    dict(cell="layer_dense", kind="mistake", name="the weights' lambdas used for the biases", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = np.ones_like(self.weights)
            dL1[self.weights < 0] = -1
            self.dweights += self.weight_regularizer_l1 * dL1
            dL1 = np.ones_like(self.biases)
            dL1[self.biases < 0] = -1
            self.dbiases += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights
            self.dbiases += 2 * self.weight_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="penalty gradient divided by the number of samples", source=dense('''
        samples = len(dvalues)
        if self.weight_regularizer_l1 > 0:
            dL1 = np.ones_like(self.weights)
            dL1[self.weights < 0] = -1
            self.dweights += self.weight_regularizer_l1 * dL1 / samples
        if self.weight_regularizer_l2 > 0:
            self.dweights += 2 * self.weight_regularizer_l2 * self.weights / samples
        if self.bias_regularizer_l1 > 0:
            dL1 = np.ones_like(self.biases)
            dL1[self.biases < 0] = -1
            self.dbiases += self.bias_regularizer_l1 * dL1 / samples
        if self.bias_regularizer_l2 > 0:
            self.dbiases += 2 * self.bias_regularizer_l2 * self.biases / samples''')),
    dict(cell="layer_dense", kind="mistake", name="shrinks the weights in backward (weight decay) instead of the gradient", source=dense('''
        if self.weight_regularizer_l1 > 0:
            dL1 = np.ones_like(self.weights)
            dL1[self.weights < 0] = -1
            self.dweights += self.weight_regularizer_l1 * dL1
        if self.weight_regularizer_l2 > 0:
            self.weights -= 2 * self.weight_regularizer_l2 * self.weights
        if self.bias_regularizer_l1 > 0:
            dL1 = np.ones_like(self.biases)
            dL1[self.biases < 0] = -1
            self.dbiases += self.bias_regularizer_l1 * dL1
        if self.bias_regularizer_l2 > 0:
            self.biases -= 2 * self.bias_regularizer_l2 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="L1 and L2 strengths swapped in the gradients", source=dense('''
        if self.weight_regularizer_l2 > 0:
            dL1 = np.ones_like(self.weights)
            dL1[self.weights < 0] = -1
            self.dweights += self.weight_regularizer_l2 * dL1
        if self.weight_regularizer_l1 > 0:
            self.dweights += 2 * self.weight_regularizer_l1 * self.weights
        if self.bias_regularizer_l2 > 0:
            dL1 = np.ones_like(self.biases)
            dL1[self.biases < 0] = -1
            self.dbiases += self.bias_regularizer_l2 * dL1
        if self.bias_regularizer_l1 > 0:
            self.dbiases += 2 * self.bias_regularizer_l1 * self.biases''')),
    dict(cell="layer_dense", kind="mistake", name="strengths stored under short names", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons, weight_regularizer_l1=0, weight_regularizer_l2=0,
                 bias_regularizer_l1=0, bias_regularizer_l2=0):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))
        self.l1_w, self.l2_w = weight_regularizer_l1, weight_regularizer_l2
        self.l1_b, self.l2_b = bias_regularizer_l1, bias_regularizer_l2

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dweights += self.l1_w * np.where(self.weights < 0, -1, 1) + 2 * self.l2_w * self.weights
        self.dbiases += self.l1_b * np.where(self.biases < 0, -1, 1) + 2 * self.l2_b * self.biases
        self.dinputs = np.dot(dvalues, self.weights.T)
'''),
    dict(cell="layer_dense", kind="mistake", name="penalty gradient added to dinputs too", source='''
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons, weight_regularizer_l1=0, weight_regularizer_l2=0,
                 bias_regularizer_l1=0, bias_regularizer_l2=0):
        self.weights = 0.10 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))
        self.weight_regularizer_l1 = weight_regularizer_l1
        self.weight_regularizer_l2 = weight_regularizer_l2
        self.bias_regularizer_l1 = bias_regularizer_l1
        self.bias_regularizer_l2 = bias_regularizer_l2

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        penalty = (self.weight_regularizer_l1 * np.where(self.weights < 0, -1, 1)
                   + 2 * self.weight_regularizer_l2 * self.weights)
        self.dweights = np.dot(self.inputs.T, dvalues) + penalty
        self.dbiases = (np.sum(dvalues, axis=0, keepdims=True)
                        + self.bias_regularizer_l1 * np.where(self.biases < 0, -1, 1)
                        + 2 * self.bias_regularizer_l2 * self.biases)
        self.dinputs = np.dot(dvalues, (self.weights + penalty).T)
'''),
]

# The Layer_Dropout variants.
DROPOUT = [
    # ---------------------------------------------------------------- correct
    dict(cell="layer_dropout", kind="correct", name="the book's version (np.random.binomial)", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.inputs = inputs
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) / self.rate
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="correct", name="rand() < keep, stores the drop rate", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.drop = rate

    def forward(self, inputs):
        keep = 1 - self.drop
        self.binary_mask = (np.random.rand(*inputs.shape) < keep) / keep
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="correct", name="an unseeded default_rng generator", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.keep = 1.0 - rate
        self.rng = np.random.default_rng()

    def forward(self, inputs):
        kept = self.rng.random(inputs.shape) < self.keep
        self.binary_mask = kept.astype(np.float64) / self.keep
        self.output = inputs * self.binary_mask
        return self.output

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
        return self.dinputs
'''),
    dict(cell="layer_dropout", kind="correct", name="np.where on uniform numbers, float32, nnfs.init()", source='''
import numpy as np
import nnfs

nnfs.init()


class Layer_Dropout:
    def __init__(self, rate):
        self.rate = rate

    def forward(self, inputs):
        scale = np.float32(1 / (1 - self.rate))
        self.binary_mask = np.where(np.random.uniform(size=inputs.shape) >= self.rate, scale,
                                    np.float32(0)).astype(np.float32)
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = np.multiply(dvalues, self.binary_mask)
'''),
    dict(cell="layer_dropout", kind="correct", name="np.random.choice between 0 and the scale", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.choice([0.0, 1.0 / self.rate], size=inputs.shape,
                                            p=[1 - self.rate, self.rate])
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs *= self.binary_mask
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="layer_dropout", kind="mistake", name="rate read as the share kept", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) / self.rate
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="the mask is not scaled", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape)
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="scaled by 1 / rate (the drop share)", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.drop = rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, 1 - self.drop, size=inputs.shape) / self.drop
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="multiplied by the keep share instead of divided", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) * self.rate
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="a new mask drawn in backward", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) / self.rate
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        mask = np.random.binomial(1, self.rate, size=dvalues.shape) / self.rate
        self.dinputs = dvalues * mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="backward uses the unscaled 0/1 mask", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) / self.rate
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * (self.binary_mask > 0)
'''),
    dict(cell="layer_dropout", kind="mistake", name="backward passes dvalues through unchanged", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) / self.rate
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
'''),
    dict(cell="layer_dropout", kind="mistake", name="one mask per neuron, shared by every sample", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=(1, inputs.shape[1])) / self.rate
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="binary_mask stored unscaled (output scaled separately)", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape)
        self.output = inputs * self.binary_mask / self.rate

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask / self.rate
'''),
    dict(cell="layer_dropout", kind="mistake", name="drops in place (modifies the inputs)", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) / self.rate
        inputs *= self.binary_mask
        self.output = inputs

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="forward returns the output without storing it", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.rate = 1 - rate

    def forward(self, inputs):
        self.binary_mask = np.random.binomial(1, self.rate, size=inputs.shape) / self.rate
        return inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
    dict(cell="layer_dropout", kind="mistake", name="drops exactly int(rate * n) neurons in one random block", source='''
class Layer_Dropout:
    def __init__(self, rate):
        self.drop = rate

    def forward(self, inputs):
        n = inputs.shape[1]
        start = np.random.randint(0, n)
        columns = (start + np.arange(int(self.drop * n))) % n
        self.binary_mask = np.ones(inputs.shape) / (1 - self.drop)
        self.binary_mask[:, columns] = 0
        self.output = inputs * self.binary_mask

    def backward(self, dvalues):
        self.dinputs = dvalues * self.binary_mask
'''),
]

VARIANTS = LOSS + DENSE + DROPOUT
