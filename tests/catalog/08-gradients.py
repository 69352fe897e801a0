"""Plausible student answers for 08-gradients, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

VARIANTS = [
    # ================================================================ numerical_gradient: correct
    dict(cell="numerical_gradient", kind="correct", name="CS231n's np.nditer with multi_index and zeros_like", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        fxph = f(x)
        x[ix] = oldval - h
        fxmh = f(x)
        x[ix] = oldval
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad
'''),
    dict(cell="numerical_gradient", kind="correct", name="x.flat[i] over range(x.size), reshaped at the end", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.size)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h
        up = f(x)
        x.flat[i] = old - h
        down = f(x)
        x.flat[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad.reshape(x.shape)
'''),
    dict(cell="numerical_gradient", kind="correct", name="a reshape(-1) view of x, old value kept as a Python float", source='''
def numerical_gradient(f, x, h=1e-5):
    flat = x.reshape(-1)                     # a view of x: writing into it writes into x
    grad = np.empty(flat.size, dtype=np.float64)
    for i in range(flat.size):
        saved = float(flat[i])
        flat[i] = saved + h
        f_plus = f(x)
        flat[i] = saved - h
        f_minus = f(x)
        flat[i] = saved
        grad[i] = (f_plus - f_minus) / (2.0 * h)
    return grad.reshape(x.shape)
'''),
    dict(cell="numerical_gradient", kind="correct", name="nnfs.init() in the cell, np.zeros (float32 gradient)", source='''
import numpy as np
import nnfs

nnfs.init()


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)                 # float32 after nnfs.init()
    for idx in np.ndindex(*x.shape):
        tmp = x[idx]
        x[idx] = tmp + h
        fxh1 = f(x)
        x[idx] = tmp - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp
    return grad
'''),
    dict(cell="numerical_gradient", kind="correct", name="nudges with += and -=, restores from a copy of x", source='''
def numerical_gradient(f, x, h=1e-5):
    original = x.copy()
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        x[index] += h
        plus = f(x)
        x[index] -= 2 * h
        minus = f(x)
        x[index] = original[index]
        grad[index] = (plus - minus) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="correct", name="divides by the actual distance between the nudged values", source='''
def numerical_gradient(f, x, h=1e-5):
    gradient = np.zeros(x.shape, dtype=float)
    for index in np.ndindex(x.shape):
        value = x[index]
        x[index] = value + h
        right, fr = float(x[index]), f(x)
        x[index] = value - h
        left, fl = float(x[index]), f(x)
        x[index] = value
        gradient[index] = (fr - fl) / (right - left)
    return gradient
'''),
    dict(cell="numerical_gradient", kind="correct", name="a helper per element, np.array of a list comprehension", source='''
def numerical_gradient(f, x, h=1e-5):
    def partial(index):
        old = x[index]
        x[index] = old + h
        a = f(x)
        x[index] = old - h
        b = f(x)
        x[index] = old
        return (a - b) / (2 * h)

    return np.array([partial(i) for i in np.ndindex(x.shape)], dtype=float).reshape(x.shape)
'''),
    # ================================================================ numerical_gradient: mistakes
    dict(cell="numerical_gradient", kind="mistake", name="one-sided difference (f(x+h) - f(x)) / h", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    fx = f(x)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + h
        grad[index] = (f(x) - fx) / h
        x[index] = old
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="backward one-sided difference (f(x) - f(x-h)) / h", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        f_here = f(x)
        x[index] = old - h
        f_left = f(x)
        x[index] = old
        grad[index] = (f_here - f_left) / h
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="central difference divided by h instead of 2h", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + h
        f_plus = f(x)
        x[index] = old - h
        f_minus = f(x)
        x[index] = old
        grad[index] = (f_plus - f_minus) / h
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="restores by arithmetic: += h, -= 2h, += h", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        x[index] += h
        f_plus = f(x)
        x[index] -= 2 * h
        f_minus = f(x)
        x[index] += h                      # back to where it was (or so it seems)
        grad[index] = (f_plus - f_minus) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="never puts x back (left at old - h)", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + h
        f_plus = f(x)
        x[index] = old - h
        f_minus = f(x)
        grad[index] = (f_plus - f_minus) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="restores x only once, at the very end", source='''
def numerical_gradient(f, x, h=1e-5):
    saved = x.copy()
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        x[index] = saved[index] + h
        f_plus = f(x)
        x[index] = saved[index] - h
        f_minus = f(x)
        grad[index] = (f_plus - f_minus) / (2 * h)
    x[...] = saved
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="nudges copies of x (f never sees x itself)", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        x_plus = x.copy()
        x_plus[index] += h
        x_minus = x.copy()
        x_minus[index] -= h
        grad[index] = (f(x_plus) - f(x_minus)) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="x = x.astype(float) first: nudges a float64 copy", source='''
def numerical_gradient(f, x, h=1e-5):
    x = x.astype(np.float64)          # work in float64
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + h
        f_plus = f(x)
        x[index] = old - h
        f_minus = f(x)
        x[index] = old
        grad[index] = (f_plus - f_minus) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="np.asarray(x, dtype=float): a copy only for float32 x", source='''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + h
        f_plus = f(x)
        x[index] = old - h
        f_minus = f(x)
        x[index] = old
        grad[index] = (f_plus - f_minus) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="loops over range(len(x)): only right for 1-D x", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x)
    for i in range(len(x)):
        old = x[i].copy()
        x[i] = old + h
        f_plus = f(x)
        x[i] = old - h
        f_minus = f(x)
        x[i] = old
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="returns the gradient flattened", source='''
def numerical_gradient(f, x, h=1e-5):
    grads = []
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + h
        f_plus = f(x)
        x[index] = old - h
        f_minus = f(x)
        x[index] = old
        grads.append((f_plus - f_minus) / (2 * h))
    return np.array(grads)
'''),
    dict(cell="numerical_gradient", kind="mistake", name="returns a list", source='''
def numerical_gradient(f, x, h=1e-5):
    grads = []
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + h
        f_plus = f(x)
        x[index] = old - h
        f_minus = f(x)
        x[index] = old
        grads.append((f_plus - f_minus) / (2 * h))
    return grads
'''),
    dict(cell="numerical_gradient", kind="mistake", name="sign reversed: (f(x-h) - f(x+h)) / 2h", source='''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old - h
        first = f(x)
        x[index] = old + h
        second = f(x)
        x[index] = old
        grad[index] = (first - second) / (2 * h)
    return grad
'''),
    dict(cell="numerical_gradient", kind="mistake", name="ignores the h argument (always 1e-5)", source='''
def numerical_gradient(f, x, h=1e-5):
    step = 1e-5
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + step
        f_plus = f(x)
        x[index] = old - step
        f_minus = f(x)
        x[index] = old
        grad[index] = (f_plus - f_minus) / (2 * step)
    return grad
'''),
    # ================================================================ relu_neuron_backward: correct
    dict(cell="relu_neuron_backward", kind="correct", name="the book's style: loops and scalar derivatives", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = 0.0
    for x_i, w_i in zip(inputs, weights):
        z += x_i * w_i
    z += bias
    drelu_dz = dvalue * (1. if z > 0 else 0.)
    dinputs = []
    dweights = []
    for x_i, w_i in zip(inputs, weights):
        dinputs.append(drelu_dz * w_i)       # d(x * w)/dx = w
        dweights.append(drelu_dz * x_i)      # d(x * w)/dw = x
    dbias = drelu_dz * 1.0
    return np.array(dinputs), np.array(dweights), dbias
'''),
    dict(cell="relu_neuron_backward", kind="correct", name="@ and np.heaviside(z, 0)", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = inputs @ weights + bias
    dz = dvalue * np.heaviside(z, 0.0)
    return dz * weights, dz * inputs, dz
'''),
    dict(cell="relu_neuron_backward", kind="correct", name="np.where, dbias a 0-d array", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    drelu = np.where(z > 0, dvalue, 0.0)
    return drelu * weights, drelu * inputs, drelu
'''),
    dict(cell="relu_neuron_backward", kind="correct", name="nnfs.init() in the cell, everything in float32", source='''
import numpy as np
import nnfs

nnfs.init()


def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    inputs = np.array(inputs, dtype=np.float32)
    weights = np.array(weights, dtype=np.float32)
    z = np.dot(inputs, weights) + bias
    drelu_dz = np.float32(dvalue) if z > 0 else np.float32(0.0)
    dinputs = drelu_dz * weights
    dweights = drelu_dz * inputs
    dbias = drelu_dz
    return dinputs, dweights, dbias
'''),
    dict(cell="relu_neuron_backward", kind="correct", name="einsum and a float(z > 0) derivative", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.einsum("i,i->", inputs, weights) + bias
    upstream = dvalue * float(z > 0)
    dinputs = np.multiply(weights, upstream)
    dweights = np.multiply(inputs, upstream)
    return (dinputs, dweights, float(upstream))
'''),
    dict(cell="relu_neuron_backward", kind="correct", name="early return of zeros when z <= 0", source='''
def relu_derivative(z):
    return 1.0 if z > 0 else 0.0


def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = sum(inputs * weights) + bias
    if relu_derivative(z) == 0.0:
        return np.zeros(len(inputs)), np.zeros(len(weights)), 0.0
    return dvalue * weights.copy(), dvalue * inputs.copy(), dvalue
'''),
    dict(cell="relu_neuron_backward", kind="correct", name="copies, then scales in place", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = float(np.dot(inputs, weights)) + bias
    gradient = dvalue if z > 0 else 0.0
    dinputs = np.array(weights, dtype=float)
    dinputs *= gradient
    dweights = np.array(inputs, dtype=float)
    dweights *= gradient
    return dinputs, dweights, gradient
'''),
    # ================================================================ relu_neuron_backward: mistakes
    dict(cell="relu_neuron_backward", kind="mistake", name="forgets ReLU's derivative", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    dinputs = dvalue * weights
    dweights = dvalue * inputs
    dbias = dvalue
    return dinputs, dweights, dbias
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="multiplies by ReLU's output instead of its derivative", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    drelu = dvalue * max(z, 0.0)
    return drelu * weights, drelu * inputs, drelu
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="swaps dinputs and dweights", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    dinputs = dz * inputs
    dweights = dz * weights
    return dinputs, dweights, dz
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="copies the dweights line: dinputs = dz * inputs", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    dinputs = dz * inputs
    dweights = dz * inputs
    return dinputs, dweights, dz
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="ignores dvalue (the chain's first factor)", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    drelu_dz = 1.0 if z > 0 else 0.0
    return drelu_dz * weights, drelu_dz * inputs, drelu_dz
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="multiplies by dvalue twice", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    return dvalue * dz * weights, dvalue * dz * inputs, dz
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="ReLU derivative 1 at z = 0 (z >= 0)", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z >= 0 else 0.0)
    return dz * weights, dz * inputs, dz
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="leaves out the inputs factor of dweights", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    dweights = np.full(len(weights), dz)
    return dz * weights, dweights, dz
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="dbias without ReLU's derivative", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    return dz * weights, dz * inputs, dvalue
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="ReLU's derivative per product instead of at z", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    mask = (inputs * weights > 0).astype(float)
    dinputs = dvalue * mask * weights
    dweights = dvalue * mask * inputs
    dbias = dvalue * (1.0 if np.dot(inputs, weights) + bias > 0 else 0.0)
    return dinputs, dweights, dbias
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="scales weights in place (dinputs = weights; dinputs *= dz)", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    dinputs = weights
    dinputs *= dz
    dweights = dz * inputs
    return dinputs, dweights, dz
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="returns only (dinputs, dweights)", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    return dz * weights, dz * inputs
'''),
    dict(cell="relu_neuron_backward", kind="mistake", name="dbias as an array of shape (1,)", source='''
def relu_neuron_backward(inputs, weights, bias, dvalue=1.0):
    z = np.dot(inputs, weights) + bias
    dz = dvalue * (1.0 if z > 0 else 0.0)
    return dz * weights, dz * inputs, np.array([dz])
'''),
]
