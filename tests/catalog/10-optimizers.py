"""Plausible student answers for 10-optimizers, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the solution
notebook. A "correct" variant must get full marks; a "mistake" must lose points. Variants are
whole cell sources, written as a student would write them.
"""

# The book's Optimizer_SGD, with one method swapped out by the variants below.
SGD_INIT = '''
    def __init__(self, learning_rate=1.0, decay=0.0, momentum=0.0):
        self.learning_rate = learning_rate
        self.current_learning_rate = learning_rate
        self.decay = decay
        self.iterations = 0
        self.momentum = momentum
'''
SGD_PRE = '''
    def pre_update_params(self):
        if self.decay:
            self.current_learning_rate = self.learning_rate * (1. / (1. + self.decay * self.iterations))
'''
SGD_UPDATE = '''
    def update_params(self, layer):
        if self.momentum:
            if not hasattr(layer, 'weight_momentums'):
                layer.weight_momentums = np.zeros_like(layer.weights)
                layer.bias_momentums = np.zeros_like(layer.biases)
            weight_updates = self.momentum * layer.weight_momentums - self.current_learning_rate * layer.dweights
            layer.weight_momentums = weight_updates
            bias_updates = self.momentum * layer.bias_momentums - self.current_learning_rate * layer.dbiases
            layer.bias_momentums = bias_updates
        else:
            weight_updates = -self.current_learning_rate * layer.dweights
            bias_updates = -self.current_learning_rate * layer.dbiases
        layer.weights += weight_updates
        layer.biases += bias_updates
'''
SGD_POST = '''
    def post_update_params(self):
        self.iterations += 1
'''


def replaced(text, *pairs):
    """`text` with each (old, new) pair replaced; every `old` must be there."""
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    return text


def sgd(init=SGD_INIT, pre=SGD_PRE, update=SGD_UPDATE, post=SGD_POST):
    return "class Optimizer_SGD:\n" + init + pre + update + post


OPTIMIZER_SGD = [
    # ---------------------------------------------------------------- correct
    dict(cell="optimizer_sgd", kind="correct", name="the book's version", source=sgd()),
    dict(cell="optimizer_sgd", kind="correct", name="-= in place, decay computed in every step", source='''
class Optimizer_SGD:
    def __init__(self, learning_rate=1.0, decay=0.0, momentum=0.0):
        self.learning_rate = learning_rate
        self.decay = decay
        self.momentum = momentum
        self.current_learning_rate = learning_rate
        self.iterations = 0

    def pre_update_params(self):
        self.current_learning_rate = self.learning_rate / (1 + self.decay * self.iterations)

    def update_params(self, layer):
        lr = self.current_learning_rate
        if self.momentum == 0:
            layer.weights -= lr * layer.dweights
            layer.biases -= lr * layer.dbiases
            return
        if not hasattr(layer, "weight_momentums"):
            layer.weight_momentums = np.zeros(layer.weights.shape)
            layer.bias_momentums = np.zeros(layer.biases.shape)
        layer.weight_momentums = self.momentum * layer.weight_momentums - lr * layer.dweights
        layer.bias_momentums = self.momentum * layer.bias_momentums - lr * layer.dbiases
        layer.weights = layer.weights + layer.weight_momentums
        layer.biases = layer.biases + layer.bias_momentums

    def post_update_params(self):
        self.iterations = self.iterations + 1
'''),
    dict(cell="optimizer_sgd", kind="correct", name="next rate computed in post_update_params", source=sgd(
        pre='''
    def pre_update_params(self):
        pass
''', post='''
    def post_update_params(self):
        self.iterations += 1
        self.current_learning_rate = self.learning_rate / (1.0 + self.decay * self.iterations)
''')),
    dict(cell="optimizer_sgd", kind="correct", name="iterations counted in pre_update_params, after the rate", source=sgd(
        pre='''
    def pre_update_params(self):
        if self.decay:
            self.current_learning_rate = self.learning_rate * (1. / (1. + self.decay * self.iterations))
        self.iterations += 1
''', post='''
    def post_update_params(self):
        pass
''')),
    dict(cell="optimizer_sgd", kind="correct", name="loops over every element", source=sgd(update='''
    def update_params(self, layer):
        if self.momentum and not hasattr(layer, 'weight_momentums'):
            layer.weight_momentums = np.zeros_like(layer.weights)
            layer.bias_momentums = np.zeros_like(layer.biases)
        for params, grads, name in [(layer.weights, layer.dweights, 'weight_momentums'),
                                    (layer.biases, layer.dbiases, 'bias_momentums')]:
            for index in np.ndindex(params.shape):
                if self.momentum:
                    moms = getattr(layer, name)
                    moms[index] = self.momentum * moms[index] - self.current_learning_rate * grads[index]
                    params[index] += moms[index]
                else:
                    params[index] -= self.current_learning_rate * grads[index]
''')),
    dict(cell="optimizer_sgd", kind="correct", name="float32 and nnfs.init() in the cell", source='''
import numpy as np
import nnfs

nnfs.init()


class Optimizer_SGD:
    def __init__(self, learning_rate=1.0, decay=0.0, momentum=0.0):
        self.learning_rate = learning_rate
        self.current_learning_rate = learning_rate
        self.decay = decay
        self.iterations = 0
        self.momentum = momentum

    def pre_update_params(self):
        if self.decay:
            self.current_learning_rate = self.learning_rate * (1. / (1. + self.decay * self.iterations))

    def update_params(self, layer):
        lr = np.float32(self.current_learning_rate)
        if self.momentum:
            if not hasattr(layer, 'weight_momentums'):
                layer.weight_momentums = np.zeros(layer.weights.shape, dtype=np.float32)
                layer.bias_momentums = np.zeros(layer.biases.shape, dtype=np.float32)
            layer.weight_momentums = np.float32(self.momentum) * layer.weight_momentums - lr * layer.dweights
            layer.bias_momentums = np.float32(self.momentum) * layer.bias_momentums - lr * layer.dbiases
            layer.weights += layer.weight_momentums
            layer.biases += layer.bias_momentums
        else:
            layer.weights += -lr * layer.dweights
            layer.biases += -lr * layer.dbiases

    def post_update_params(self):
        self.iterations += 1
'''),
    dict(cell="optimizer_sgd", kind="correct", name="getattr/setattr over weights and biases, momentum always kept",
         source=sgd(update='''
    def update_params(self, layer):
        for kind, name in (("weight", "weights"), ("bias", "biases")):
            params = getattr(layer, name)
            grads = getattr(layer, "d" + name)
            if not hasattr(layer, kind + "_momentums"):
                setattr(layer, kind + "_momentums", np.zeros_like(params))
            update = self.momentum * getattr(layer, kind + "_momentums") - self.current_learning_rate * grads
            setattr(layer, kind + "_momentums", update)
            setattr(layer, name, params + update)
''')),
    # ---------------------------------------------------------------- mistakes
    dict(cell="optimizer_sgd", kind="mistake", name="adds the gradient (+ instead of -)", source=sgd(update='''
    def update_params(self, layer):
        if self.momentum:
            if not hasattr(layer, 'weight_momentums'):
                layer.weight_momentums = np.zeros_like(layer.weights)
                layer.bias_momentums = np.zeros_like(layer.biases)
            weight_updates = self.momentum * layer.weight_momentums + self.current_learning_rate * layer.dweights
            layer.weight_momentums = weight_updates
            bias_updates = self.momentum * layer.bias_momentums + self.current_learning_rate * layer.dbiases
            layer.bias_momentums = bias_updates
        else:
            weight_updates = self.current_learning_rate * layer.dweights
            bias_updates = self.current_learning_rate * layer.dbiases
        layer.weights += weight_updates
        layer.biases += bias_updates
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="iterations never incremented", source=sgd(post='''
    def post_update_params(self):
        pass
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="iterations incremented before the rate is computed", source=sgd(
        pre='''
    def pre_update_params(self):
        self.iterations += 1
        if self.decay:
            self.current_learning_rate = self.learning_rate * (1. / (1. + self.decay * self.iterations))
''', post='''
    def post_update_params(self):
        pass
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="decay with iterations + 1", source=sgd(pre='''
    def pre_update_params(self):
        if self.decay:
            self.current_learning_rate = self.learning_rate / (1 + self.decay * (self.iterations + 1))
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="the update uses learning_rate, not current_learning_rate",
         source=sgd(update=replaced(SGD_UPDATE, ("self.current_learning_rate", "self.learning_rate")))),
    dict(cell="optimizer_sgd", kind="mistake", name="decay compounds on the current rate", source=sgd(pre='''
    def pre_update_params(self):
        if self.decay:
            self.current_learning_rate = self.current_learning_rate / (1 + self.decay * self.iterations)
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="momentum kept on the optimizer", source=sgd(update='''
    def update_params(self, layer):
        if self.momentum:
            if not hasattr(self, 'weight_momentums'):
                self.weight_momentums = np.zeros_like(layer.weights)
                self.bias_momentums = np.zeros_like(layer.biases)
            weight_updates = self.momentum * self.weight_momentums - self.current_learning_rate * layer.dweights
            self.weight_momentums = weight_updates
            bias_updates = self.momentum * self.bias_momentums - self.current_learning_rate * layer.dbiases
            self.bias_momentums = bias_updates
        else:
            weight_updates = -self.current_learning_rate * layer.dweights
            bias_updates = -self.current_learning_rate * layer.dbiases
        layer.weights += weight_updates
        layer.biases += bias_updates
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="momentum in a local variable (forgotten after each call)",
         source=sgd(update='''
    def update_params(self, layer):
        weight_momentums = np.zeros_like(layer.weights)
        bias_momentums = np.zeros_like(layer.biases)
        weight_updates = self.momentum * weight_momentums - self.current_learning_rate * layer.dweights
        bias_updates = self.momentum * bias_momentums - self.current_learning_rate * layer.dbiases
        layer.weights += weight_updates
        layer.biases += bias_updates
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="momentum reset to zeros on every call", source=sgd(update='''
    def update_params(self, layer):
        if self.momentum:
            layer.weight_momentums = np.zeros_like(layer.weights)
            layer.bias_momentums = np.zeros_like(layer.biases)
            weight_updates = self.momentum * layer.weight_momentums - self.current_learning_rate * layer.dweights
            layer.weight_momentums = weight_updates
            bias_updates = self.momentum * layer.bias_momentums - self.current_learning_rate * layer.dbiases
            layer.bias_momentums = bias_updates
        else:
            weight_updates = -self.current_learning_rate * layer.dweights
            bias_updates = -self.current_learning_rate * layer.dbiases
        layer.weights += weight_updates
        layer.biases += bias_updates
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="PyTorch-style velocity (v = momentum * v + gradient)",
         source=sgd(update='''
    def update_params(self, layer):
        if not hasattr(layer, 'weight_momentums'):
            layer.weight_momentums = np.zeros_like(layer.weights)
            layer.bias_momentums = np.zeros_like(layer.biases)
        layer.weight_momentums = self.momentum * layer.weight_momentums + layer.dweights
        layer.bias_momentums = self.momentum * layer.bias_momentums + layer.dbiases
        layer.weights -= self.current_learning_rate * layer.weight_momentums
        layer.biases -= self.current_learning_rate * layer.bias_momentums
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="biases never updated", source=sgd(update='''
    def update_params(self, layer):
        if self.momentum:
            if not hasattr(layer, 'weight_momentums'):
                layer.weight_momentums = np.zeros_like(layer.weights)
                layer.bias_momentums = np.zeros_like(layer.biases)
            weight_updates = self.momentum * layer.weight_momentums - self.current_learning_rate * layer.dweights
            layer.weight_momentums = weight_updates
        else:
            weight_updates = -self.current_learning_rate * layer.dweights
        layer.weights += weight_updates
''')),
    dict(cell="optimizer_sgd", kind="mistake", name="bias update uses the weight momentums (copy-paste)",
         source=sgd(update=replaced(SGD_UPDATE, ("bias_updates = self.momentum * layer.bias_momentums",
                                                 "bias_updates = self.momentum * layer.weight_momentums")))),
    dict(cell="optimizer_sgd", kind="mistake", name="current_learning_rate only set when decaying", source=sgd(init='''
    def __init__(self, learning_rate=1.0, decay=0.0, momentum=0.0):
        self.learning_rate = learning_rate
        self.decay = decay
        self.iterations = 0
        self.momentum = momentum
''')),
]

ADAM_FIRST_STEP = [
    # ---------------------------------------------------------------- correct
    dict(cell="adam_first_step", kind="correct", name="the simplified formula", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return -learning_rate * dweights / (np.abs(dweights) + epsilon)
'''),
    dict(cell="adam_first_step", kind="correct", name="the full formulas, betas and all", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    m = (1 - beta_1) * dweights
    v = (1 - beta_2) * dweights ** 2
    m_hat = m / (1 - beta_1 ** 1)
    v_hat = v / (1 - beta_2 ** 1)
    return -learning_rate * m_hat / (np.sqrt(v_hat) + epsilon)
'''),
    dict(cell="adam_first_step", kind="correct", name="sqrt of the square", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    """m_hat = g and v_hat = g**2 at the first step."""
    step = learning_rate * dweights / (np.sqrt(dweights ** 2) + epsilon)
    return -step
'''),
    dict(cell="adam_first_step", kind="correct", name="a loop over the elements", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    change = np.zeros(dweights.shape)
    for index in np.ndindex(dweights.shape):
        g = float(dweights[index])
        change[index] = -learning_rate * g / (abs(g) + epsilon)
    return change
'''),
    dict(cell="adam_first_step", kind="correct", name="float32 and nnfs.init() in the cell", source='''
import numpy as np
import nnfs

nnfs.init()


def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    g = np.asarray(dweights, dtype=np.float32)
    return (-learning_rate * g / (np.abs(g) + epsilon)).astype(np.float32)
'''),
    dict(cell="adam_first_step", kind="correct", name="np.where for zero gradients", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    size = np.abs(dweights)
    return np.where(dweights == 0, 0.0, -learning_rate * dweights / (size + epsilon))
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="adam_first_step", kind="mistake", name="no bias correction", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    m = (1 - beta_1) * dweights
    v = (1 - beta_2) * dweights ** 2
    return -learning_rate * m / (np.sqrt(v) + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="only the momentum is corrected", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    m_hat = (1 - beta_1) * dweights / (1 - beta_1)
    v = (1 - beta_2) * dweights ** 2
    return -learning_rate * m_hat / (np.sqrt(v) + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="-learning_rate * sign (epsilon ignored)", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return -learning_rate * np.sign(dweights)
'''),
    dict(cell="adam_first_step", kind="mistake", name="sign flipped (moves with the gradient)", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return learning_rate * dweights / (np.abs(dweights) + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="epsilon under the square root", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return -learning_rate * dweights / np.sqrt(dweights ** 2 + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="epsilon added after the division", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return -learning_rate * dweights / np.abs(dweights) + epsilon
'''),
    dict(cell="adam_first_step", kind="mistake", name="returns the size of the step, not the change", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return learning_rate * np.abs(dweights) / (np.abs(dweights) + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="bias correction with t = 0", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    t = 0
    m_hat = (1 - beta_1) * dweights / (1 - beta_1 ** t)
    v_hat = (1 - beta_2) * dweights ** 2 / (1 - beta_2 ** t)
    return -learning_rate * m_hat / (np.sqrt(v_hat) + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="divides by the cache, not its root", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return -learning_rate * dweights / (dweights ** 2 + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="the plain SGD step", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return -learning_rate * dweights
'''),
    dict(cell="adam_first_step", kind="mistake", name="learning rate left out", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return -dweights / (np.abs(dweights) + epsilon)
'''),
    dict(cell="adam_first_step", kind="mistake", name="one number for all the weights (np.mean)", source='''
def adam_first_step(dweights, learning_rate=0.001, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
    return np.mean(-learning_rate * dweights / (np.abs(dweights) + epsilon))
'''),
]

# The book's Optimizer_Adam, with parts swapped out by the variants below.
ADAM_INIT = '''
    def __init__(self, learning_rate=0.001, decay=0., epsilon=1e-7, beta_1=0.9, beta_2=0.999):
        self.learning_rate = learning_rate
        self.current_learning_rate = learning_rate
        self.decay = decay
        self.iterations = 0
        self.epsilon = epsilon
        self.beta_1 = beta_1
        self.beta_2 = beta_2
'''
ADAM_PRE = SGD_PRE
ADAM_UPDATE = '''
    def update_params(self, layer):
        if not hasattr(layer, 'weight_cache'):
            layer.weight_momentums = np.zeros_like(layer.weights)
            layer.weight_cache = np.zeros_like(layer.weights)
            layer.bias_momentums = np.zeros_like(layer.biases)
            layer.bias_cache = np.zeros_like(layer.biases)
        layer.weight_momentums = self.beta_1 * layer.weight_momentums + (1 - self.beta_1) * layer.dweights
        layer.bias_momentums = self.beta_1 * layer.bias_momentums + (1 - self.beta_1) * layer.dbiases
        weight_momentums_corrected = layer.weight_momentums / (1 - self.beta_1 ** (self.iterations + 1))
        bias_momentums_corrected = layer.bias_momentums / (1 - self.beta_1 ** (self.iterations + 1))
        layer.weight_cache = self.beta_2 * layer.weight_cache + (1 - self.beta_2) * layer.dweights**2
        layer.bias_cache = self.beta_2 * layer.bias_cache + (1 - self.beta_2) * layer.dbiases**2
        weight_cache_corrected = layer.weight_cache / (1 - self.beta_2 ** (self.iterations + 1))
        bias_cache_corrected = layer.bias_cache / (1 - self.beta_2 ** (self.iterations + 1))
        layer.weights += -self.current_learning_rate * weight_momentums_corrected / \\
            (np.sqrt(weight_cache_corrected) + self.epsilon)
        layer.biases += -self.current_learning_rate * bias_momentums_corrected / \\
            (np.sqrt(bias_cache_corrected) + self.epsilon)
'''
ADAM_POST = SGD_POST


def adam(init=ADAM_INIT, pre=ADAM_PRE, update=ADAM_UPDATE, post=ADAM_POST):
    return "class Optimizer_Adam:\n" + init + pre + update + post


def adam_update(*pairs):
    """The book's Optimizer_Adam with pieces of update_params replaced."""
    return adam(update=replaced(ADAM_UPDATE, *pairs))


OPTIMIZER_ADAM = [
    # ---------------------------------------------------------------- correct
    dict(cell="optimizer_adam", kind="correct", name="the book's version", source=adam()),
    dict(cell="optimizer_adam", kind="correct", name="-= in place, ** 0.5, t kept in a variable", source='''
class Optimizer_Adam:
    def __init__(self, learning_rate=0.001, decay=0.0, epsilon=1e-7, beta_1=0.9, beta_2=0.999):
        self.learning_rate = learning_rate
        self.decay = decay
        self.epsilon = epsilon
        self.beta_1 = beta_1
        self.beta_2 = beta_2
        self.current_learning_rate = learning_rate
        self.iterations = 0

    def pre_update_params(self):
        self.current_learning_rate = self.learning_rate / (1 + self.decay * self.iterations)

    def update_params(self, layer):
        t = self.iterations + 1
        if not hasattr(layer, "weight_cache"):
            layer.weight_momentums = np.zeros(layer.weights.shape)
            layer.weight_cache = np.zeros(layer.weights.shape)
            layer.bias_momentums = np.zeros(layer.biases.shape)
            layer.bias_cache = np.zeros(layer.biases.shape)
        layer.weight_momentums = self.beta_1 * layer.weight_momentums + (1 - self.beta_1) * layer.dweights
        layer.weight_cache = self.beta_2 * layer.weight_cache + (1 - self.beta_2) * np.square(layer.dweights)
        layer.bias_momentums = self.beta_1 * layer.bias_momentums + (1 - self.beta_1) * layer.dbiases
        layer.bias_cache = self.beta_2 * layer.bias_cache + (1 - self.beta_2) * np.square(layer.dbiases)
        m_w = layer.weight_momentums / (1 - self.beta_1 ** t)
        v_w = layer.weight_cache / (1 - self.beta_2 ** t)
        m_b = layer.bias_momentums / (1 - self.beta_1 ** t)
        v_b = layer.bias_cache / (1 - self.beta_2 ** t)
        layer.weights -= self.current_learning_rate * m_w / (v_w ** 0.5 + self.epsilon)
        layer.biases -= self.current_learning_rate * m_b / (v_b ** 0.5 + self.epsilon)

    def post_update_params(self):
        self.iterations += 1
'''),
    dict(cell="optimizer_adam", kind="correct", name="getattr/setattr over weights and biases", source=adam(update='''
    def update_params(self, layer):
        t = self.iterations + 1
        for kind, name in (("weight", "weights"), ("bias", "biases")):
            params = getattr(layer, name)
            grads = getattr(layer, "d" + name)
            if not hasattr(layer, kind + "_cache"):
                setattr(layer, kind + "_momentums", np.zeros_like(params))
                setattr(layer, kind + "_cache", np.zeros_like(params))
            m = self.beta_1 * getattr(layer, kind + "_momentums") + (1 - self.beta_1) * grads
            v = self.beta_2 * getattr(layer, kind + "_cache") + (1 - self.beta_2) * grads * grads
            setattr(layer, kind + "_momentums", m)
            setattr(layer, kind + "_cache", v)
            m_hat = m / (1 - self.beta_1 ** t)
            v_hat = v / (1 - self.beta_2 ** t)
            setattr(layer, name, params - self.current_learning_rate * m_hat / (np.sqrt(v_hat) + self.epsilon))
''')),
    dict(cell="optimizer_adam", kind="correct", name="counts in pre_update_params after the rate, t = iterations",
         source=adam(pre='''
    def pre_update_params(self):
        if self.decay:
            self.current_learning_rate = self.learning_rate * (1. / (1. + self.decay * self.iterations))
        self.iterations += 1
''', update=replaced(ADAM_UPDATE, ("(self.iterations + 1)", "self.iterations")), post='''
    def post_update_params(self):
        pass
''')),
    dict(cell="optimizer_adam", kind="correct", name="float32 and nnfs.init() in the cell", source='''
import numpy as np
import nnfs

nnfs.init()
''' + adam(update='''
    def update_params(self, layer):
        if not hasattr(layer, 'weight_cache'):
            layer.weight_momentums = np.zeros(layer.weights.shape, dtype=np.float32)
            layer.weight_cache = np.zeros(layer.weights.shape, dtype=np.float32)
            layer.bias_momentums = np.zeros(layer.biases.shape, dtype=np.float32)
            layer.bias_cache = np.zeros(layer.biases.shape, dtype=np.float32)
        b1, b2 = np.float32(self.beta_1), np.float32(self.beta_2)
        t = self.iterations + 1
        layer.weight_momentums = b1 * layer.weight_momentums + (1 - b1) * layer.dweights
        layer.bias_momentums = b1 * layer.bias_momentums + (1 - b1) * layer.dbiases
        layer.weight_cache = b2 * layer.weight_cache + (1 - b2) * layer.dweights ** 2
        layer.bias_cache = b2 * layer.bias_cache + (1 - b2) * layer.dbiases ** 2
        mw = layer.weight_momentums / (1 - self.beta_1 ** t)
        mb = layer.bias_momentums / (1 - self.beta_1 ** t)
        cw = layer.weight_cache / (1 - self.beta_2 ** t)
        cb = layer.bias_cache / (1 - self.beta_2 ** t)
        layer.weights += (-self.current_learning_rate * mw / (np.sqrt(cw) + self.epsilon)).astype(np.float32)
        layer.biases += (-self.current_learning_rate * mb / (np.sqrt(cb) + self.epsilon)).astype(np.float32)
''')),
    dict(cell="optimizer_adam", kind="correct", name="a loop over every element", source=adam(update='''
    def update_params(self, layer):
        if not hasattr(layer, 'weight_cache'):
            layer.weight_momentums = np.zeros_like(layer.weights)
            layer.weight_cache = np.zeros_like(layer.weights)
            layer.bias_momentums = np.zeros_like(layer.biases)
            layer.bias_cache = np.zeros_like(layer.biases)
        t = self.iterations + 1
        for params, grads, m, v in [(layer.weights, layer.dweights, layer.weight_momentums, layer.weight_cache),
                                    (layer.biases, layer.dbiases, layer.bias_momentums, layer.bias_cache)]:
            for i in np.ndindex(params.shape):
                m[i] = self.beta_1 * m[i] + (1 - self.beta_1) * grads[i]
                v[i] = self.beta_2 * v[i] + (1 - self.beta_2) * grads[i] ** 2
                m_hat = m[i] / (1 - self.beta_1 ** t)
                v_hat = v[i] / (1 - self.beta_2 ** t)
                params[i] -= self.current_learning_rate * m_hat / (v_hat ** 0.5 + self.epsilon)
''')),
    # ---------------------------------------------------------------- mistakes
    dict(cell="optimizer_adam", kind="mistake", name="no bias correction", source=adam(update='''
    def update_params(self, layer):
        if not hasattr(layer, 'weight_cache'):
            layer.weight_momentums = np.zeros_like(layer.weights)
            layer.weight_cache = np.zeros_like(layer.weights)
            layer.bias_momentums = np.zeros_like(layer.biases)
            layer.bias_cache = np.zeros_like(layer.biases)
        layer.weight_momentums = self.beta_1 * layer.weight_momentums + (1 - self.beta_1) * layer.dweights
        layer.bias_momentums = self.beta_1 * layer.bias_momentums + (1 - self.beta_1) * layer.dbiases
        layer.weight_cache = self.beta_2 * layer.weight_cache + (1 - self.beta_2) * layer.dweights**2
        layer.bias_cache = self.beta_2 * layer.bias_cache + (1 - self.beta_2) * layer.dbiases**2
        layer.weights += -self.current_learning_rate * layer.weight_momentums / \\
            (np.sqrt(layer.weight_cache) + self.epsilon)
        layer.biases += -self.current_learning_rate * layer.bias_momentums / \\
            (np.sqrt(layer.bias_cache) + self.epsilon)
''')),
    dict(cell="optimizer_adam", kind="mistake", name="bias correction with t = iterations (0 at the first step)",
         source=adam_update(("(self.iterations + 1)", "self.iterations"))),
    dict(cell="optimizer_adam", kind="mistake", name="cache of gradients, not squared gradients",
         source=adam_update(("layer.dweights**2", "layer.dweights"), ("layer.dbiases**2", "layer.dbiases"))),
    dict(cell="optimizer_adam", kind="mistake", name="epsilon under the square root",
         source=adam_update(
             ("(np.sqrt(weight_cache_corrected) + self.epsilon)", "np.sqrt(weight_cache_corrected + self.epsilon)"),
             ("(np.sqrt(bias_cache_corrected) + self.epsilon)", "np.sqrt(bias_cache_corrected + self.epsilon)"))),
    dict(cell="optimizer_adam", kind="mistake", name="epsilon added after the division",
         source=adam_update(
             ("/ \\\n            (np.sqrt(weight_cache_corrected) + self.epsilon)",
              "/ np.sqrt(weight_cache_corrected) + self.epsilon"),
             ("/ \\\n            (np.sqrt(bias_cache_corrected) + self.epsilon)",
              "/ np.sqrt(bias_cache_corrected) + self.epsilon"))),
    dict(cell="optimizer_adam", kind="mistake", name="adds the step (+ instead of -)",
         source=adam_update(("+= -self.current_learning_rate", "+= self.current_learning_rate"))),
    dict(cell="optimizer_adam", kind="mistake", name="iterations never incremented", source=adam(post='''
    def post_update_params(self):
        pass
''')),
    dict(cell="optimizer_adam", kind="mistake", name="iterations incremented before the rate is computed",
         source=adam(pre='''
    def pre_update_params(self):
        self.iterations += 1
        if self.decay:
            self.current_learning_rate = self.learning_rate * (1. / (1. + self.decay * self.iterations))
''', update=replaced(ADAM_UPDATE, ("(self.iterations + 1)", "self.iterations")), post='''
    def post_update_params(self):
        pass
''')),
    dict(cell="optimizer_adam", kind="mistake", name="stores the corrected averages on the layer", source=adam(update='''
    def update_params(self, layer):
        if not hasattr(layer, 'weight_cache'):
            layer.weight_momentums = np.zeros_like(layer.weights)
            layer.weight_cache = np.zeros_like(layer.weights)
            layer.bias_momentums = np.zeros_like(layer.biases)
            layer.bias_cache = np.zeros_like(layer.biases)
        t = self.iterations + 1
        layer.weight_momentums = (self.beta_1 * layer.weight_momentums + (1 - self.beta_1) * layer.dweights) / (1 - self.beta_1 ** t)
        layer.bias_momentums = (self.beta_1 * layer.bias_momentums + (1 - self.beta_1) * layer.dbiases) / (1 - self.beta_1 ** t)
        layer.weight_cache = (self.beta_2 * layer.weight_cache + (1 - self.beta_2) * layer.dweights**2) / (1 - self.beta_2 ** t)
        layer.bias_cache = (self.beta_2 * layer.bias_cache + (1 - self.beta_2) * layer.dbiases**2) / (1 - self.beta_2 ** t)
        layer.weights += -self.current_learning_rate * layer.weight_momentums / (np.sqrt(layer.weight_cache) + self.epsilon)
        layer.biases += -self.current_learning_rate * layer.bias_momentums / (np.sqrt(layer.bias_cache) + self.epsilon)
''')),
    dict(cell="optimizer_adam", kind="mistake", name="averages kept on the optimizer", source=adam(update='''
    def update_params(self, layer):
        if not hasattr(self, 'weight_cache'):
            self.weight_momentums = np.zeros_like(layer.weights)
            self.weight_cache = np.zeros_like(layer.weights)
            self.bias_momentums = np.zeros_like(layer.biases)
            self.bias_cache = np.zeros_like(layer.biases)
        t = self.iterations + 1
        self.weight_momentums = self.beta_1 * self.weight_momentums + (1 - self.beta_1) * layer.dweights
        self.bias_momentums = self.beta_1 * self.bias_momentums + (1 - self.beta_1) * layer.dbiases
        self.weight_cache = self.beta_2 * self.weight_cache + (1 - self.beta_2) * layer.dweights**2
        self.bias_cache = self.beta_2 * self.bias_cache + (1 - self.beta_2) * layer.dbiases**2
        layer.weights += -self.current_learning_rate * (self.weight_momentums / (1 - self.beta_1 ** t)) / \\
            (np.sqrt(self.weight_cache / (1 - self.beta_2 ** t)) + self.epsilon)
        layer.biases += -self.current_learning_rate * (self.bias_momentums / (1 - self.beta_1 ** t)) / \\
            (np.sqrt(self.bias_cache / (1 - self.beta_2 ** t)) + self.epsilon)
''')),
    dict(cell="optimizer_adam", kind="mistake", name="beta_1 and 1 - beta_1 swapped",
         source=adam_update(
             ("self.beta_1 * layer.weight_momentums + (1 - self.beta_1) * layer.dweights",
              "(1 - self.beta_1) * layer.weight_momentums + self.beta_1 * layer.dweights"),
             ("self.beta_1 * layer.bias_momentums + (1 - self.beta_1) * layer.dbiases",
              "(1 - self.beta_1) * layer.bias_momentums + self.beta_1 * layer.dbiases"))),
    dict(cell="optimizer_adam", kind="mistake", name="the step uses learning_rate, not current_learning_rate",
         source=adam_update(("self.current_learning_rate", "self.learning_rate"))),
    dict(cell="optimizer_adam", kind="mistake", name="averages reset to zeros on every call",
         source=adam_update(("        if not hasattr(layer, 'weight_cache'):\n            layer.weight_momentums",
                             "        if True:\n            layer.weight_momentums"))),
    dict(cell="optimizer_adam", kind="mistake", name="bias step uses the weight averages (copy-paste)",
         source=adam_update(("bias_momentums_corrected = layer.bias_momentums /",
                             "bias_momentums_corrected = layer.weight_momentums.sum(axis=0, keepdims=True) /"))),
    dict(cell="optimizer_adam", kind="mistake", name="only the momentum is bias-corrected",
         source=adam_update(
             ("weight_cache_corrected = layer.weight_cache / (1 - self.beta_2 ** (self.iterations + 1))",
              "weight_cache_corrected = layer.weight_cache"),
             ("bias_cache_corrected = layer.bias_cache / (1 - self.beta_2 ** (self.iterations + 1))",
              "bias_cache_corrected = layer.bias_cache"))),
]

VARIANTS = OPTIMIZER_SGD + ADAM_FIRST_STEP + OPTIMIZER_ADAM
