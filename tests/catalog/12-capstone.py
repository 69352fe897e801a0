"""Plausible student answers for 12-capstone, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the solution
notebook. A "correct" variant must get full marks; a "mistake" must lose points. Variants are
whole cell sources, written as a student would write them. The variants of
train_digit_classifier train a network in Test 1, each within the notebook's budget (15 s on
one core for 1,196 images).
"""

SPLIT = [
    # ---------------------------------------------------------------- correct
    dict(cell="stratified_split", kind="correct", name="the solution: cumulative cuts with np.split", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    parts = [[] for _ in fractions]
    for label in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == label))
        cuts = np.round(np.cumsum(fractions)[:-1] * len(members)).astype(int)
        for part, chunk in zip(parts, np.split(members, cuts)):
            part.extend(chunk.tolist())
    return [np.array(part, dtype=np.int64) for part in parts]
'''),
    dict(cell="stratified_split", kind="correct", name="rounded counts per part, the last part takes the rest", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    parts = [[] for f in fractions]
    for c in np.unique(labels):
        idx = np.where(labels == c)[0]
        rng.shuffle(idx)
        start = 0
        for k in range(len(fractions)):
            if k == len(fractions) - 1:
                count = len(idx) - start
            else:
                count = int(round(fractions[k] * len(idx)))
            parts[k] += list(idx[start:start + count])
            start += count
    return [np.array(p) for p in parts]
'''),
    dict(cell="stratified_split", kind="correct", name="floor counts, leftovers to the last part, a tuple of sorted arrays", source='''
import math


def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    chosen = [np.array([], dtype=int) for _ in fractions]
    for c in sorted(set(labels.tolist())):
        members = rng.permutation(np.flatnonzero(labels == c))
        counts = [math.floor(f * len(members)) for f in fractions[:-1]]
        counts.append(len(members) - sum(counts))
        start = 0
        for k, count in enumerate(counts):
            chosen[k] = np.concatenate([chosen[k], members[start:start + count]])
            start += count
    return tuple(np.sort(part).astype(int) for part in chosen)
'''),
    dict(cell="stratified_split", kind="correct", name="one shuffle of everything, then each class cut in that order", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(labels))
    bounds = np.cumsum(fractions)
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = order[labels[order] == c]
        edges = [0] + [int(round(b * len(members))) for b in bounds[:-1]] + [len(members)]
        for k in range(len(fractions)):
            parts[k].extend(members[edges[k]:edges[k + 1]])
    return [np.asarray(p, dtype=np.int64) for p in parts]
'''),
    dict(cell="stratified_split", kind="correct", name="a RandomState of its own and rng.choice part after part", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.RandomState(seed)
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        left = np.flatnonzero(labels == c)
        m = len(left)
        for k, f in enumerate(fractions):
            if k == len(fractions) - 1:
                pick = left
            else:
                pick = rng.choice(left, size=int(round(f * m)), replace=False)
            parts[k].extend(pick.tolist())
            left = np.setdiff1d(left, pick)
    return [np.array(p, dtype=int) for p in parts]
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="stratified_split", kind="mistake", name="not stratified: one random cut of all the indices", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(labels))
    cuts = np.round(np.cumsum(fractions)[:-1] * len(labels)).astype(int)
    return np.split(order, cuts)
'''),
    dict(cell="stratified_split", kind="mistake", name="not shuffled: the first samples of each class go to part 0", source='''
def stratified_split(labels, fractions, seed):
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = np.flatnonzero(labels == c)
        cuts = np.round(np.cumsum(fractions)[:-1] * len(members)).astype(int)
        for part, chunk in zip(parts, np.split(members, cuts)):
            part.extend(chunk)
    return [np.array(p, dtype=int) for p in parts]
'''),
    dict(cell="stratified_split", kind="mistake", name="np.random.seed(seed) inside: resets the global generator", source='''
def stratified_split(labels, fractions, seed):
    np.random.seed(seed)
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = np.random.permutation(np.flatnonzero(labels == c))
        cuts = np.round(np.cumsum(fractions)[:-1] * len(members)).astype(int)
        for part, chunk in zip(parts, np.split(members, cuts)):
            part.extend(chunk)
    return [np.array(p, dtype=int) for p in parts]
'''),
    dict(cell="stratified_split", kind="mistake", name="seed ignored: the global generator shuffles", source='''
def stratified_split(labels, fractions, seed):
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = np.random.permutation(np.flatnonzero(labels == c))
        cuts = np.round(np.cumsum(fractions)[:-1] * len(members)).astype(int)
        for part, chunk in zip(parts, np.split(members, cuts)):
            part.extend(chunk)
    return [np.array(p, dtype=int) for p in parts]
'''),
    dict(cell="stratified_split", kind="mistake", name="default_rng() without the seed: another split every call", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng()
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == c))
        cuts = np.round(np.cumsum(fractions)[:-1] * len(members)).astype(int)
        for part, chunk in zip(parts, np.split(members, cuts)):
            part.extend(chunk)
    return [np.array(p, dtype=int) for p in parts]
'''),
    dict(cell="stratified_split", kind="mistake", name="int() for every part: the rounding loses samples", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == c))
        start = 0
        for k, f in enumerate(fractions):
            count = int(f * len(members))
            parts[k].extend(members[start:start + count])
            start += count
    return [np.array(p, dtype=int) for p in parts]
'''),
    dict(cell="stratified_split", kind="mistake", name="each part drawn from the whole class: parts overlap", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = np.flatnonzero(labels == c)
        for k, f in enumerate(fractions):
            parts[k].extend(rng.choice(members, size=int(round(f * len(members))), replace=False))
    return [np.array(p, dtype=int) for p in parts]
'''),
    dict(cell="stratified_split", kind="mistake", name="returns the labels of each part instead of the indices", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    parts = [[] for _ in fractions]
    for c in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == c))
        cuts = np.round(np.cumsum(fractions)[:-1] * len(members)).astype(int)
        for part, chunk in zip(parts, np.split(members, cuts)):
            part.extend(chunk)
    return [labels[np.array(p, dtype=int)] for p in parts]
'''),
    dict(cell="stratified_split", kind="mistake", name="returns True/False masks instead of indices", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    masks = [np.zeros(len(labels), dtype=bool) for _ in fractions]
    for c in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == c))
        cuts = np.round(np.cumsum(fractions)[:-1] * len(members)).astype(int)
        for mask, chunk in zip(masks, np.split(members, cuts)):
            mask[chunk] = True
    return masks
'''),
    dict(cell="stratified_split", kind="mistake", name="only two parts: the first fraction and the rest", source='''
def stratified_split(labels, fractions, seed):
    rng = np.random.default_rng(seed)
    first, rest = [], []
    for c in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == c))
        n_first = int(round(fractions[0] * len(members)))
        first.extend(members[:n_first])
        rest.extend(members[n_first:])
    return [np.array(first, dtype=int), np.array(rest, dtype=int)]
'''),
]

SOLUTION_PREDICT = '''
    def predict(self, X):
        values = X / 16.0
        for layer in self.layers:
            if isinstance(layer, Layer_Dropout):
                continue
            layer.forward(values)
            values = layer.output
        return np.argmax(values, axis=1)
'''

CLASSIFIER = [
    # ---------------------------------------------------------------- correct
    dict(cell="train_digit_classifier", kind="correct", name="the solution: Adam, five shifted copies, L2", source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers
''' + SOLUTION_PREDICT + '''

def train_digit_classifier(X_train, y_train):
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    X = np.concatenate([shift_images(X_train, down, right) for down, right in moves]) / 16.0
    y = np.tile(y_train, len(moves))
    dense1 = Layer_Dense(64, 128, weight_regularizer_l2=5e-4, bias_regularizer_l2=5e-4)
    activation1 = Activation_ReLU()
    dense2 = Layer_Dense(128, 10)
    loss_activation = Activation_Softmax_Loss_CategoricalCrossentropy()
    optimizer = Optimizer_Adam(learning_rate=0.005, decay=1e-3)
    for epoch in range(30):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), 128):
            batch = order[start:start + 128]
            dense1.forward(X[batch])
            activation1.forward(dense1.output)
            dense2.forward(activation1.output)
            loss_activation.forward(dense2.output, y[batch])
            loss_activation.backward(loss_activation.output, y[batch])
            dense2.backward(loss_activation.dinputs)
            activation1.backward(dense2.dinputs)
            dense1.backward(activation1.dinputs)
            optimizer.pre_update_params()
            optimizer.update_params(dense1)
            optimizer.update_params(dense2)
            optimizer.post_update_params()
    return DigitClassifier([dense1, activation1, dense2])
'''),
    dict(cell="train_digit_classifier", kind="correct",
         name="SGD with momentum and decay, one random shift per batch, two hidden layers", source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers

    def predict(self, X):
        out = X / 16
        for layer in self.layers:
            layer.forward(out)
            out = layer.output
        return out.argmax(axis=1)


def train_digit_classifier(X_train, y_train):
    X = X_train / 16
    layers = [Layer_Dense(64, 96), Activation_ReLU(), Layer_Dense(96, 48), Activation_ReLU(), Layer_Dense(48, 10)]
    loss_activation = Activation_Softmax_Loss_CategoricalCrossentropy()
    optimizer = Optimizer_SGD(learning_rate=0.05, decay=1e-4, momentum=0.9)
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    for epoch in range(60):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), 64):
            batch = order[start:start + 64]
            down, right = moves[np.random.randint(len(moves))]
            out = shift_images(X[batch], down, right)
            for layer in layers:
                layer.forward(out)
                out = layer.output
            loss_activation.forward(out, y_train[batch])
            loss_activation.backward(loss_activation.output, y_train[batch])
            grad = loss_activation.dinputs
            for layer in reversed(layers):
                layer.backward(grad)
                grad = layer.dinputs
            optimizer.pre_update_params()
            for layer in layers:
                if isinstance(layer, Layer_Dense):
                    optimizer.update_params(layer)
            optimizer.post_update_params()
    return DigitClassifier(layers)
'''),
    dict(cell="train_digit_classifier", kind="correct",
         name="dropout skipped when predicting, nine shifts (diagonals too), named layers", source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers

    def predict(self, X):
        dense1, relu, dropout, dense2 = self.layers
        dense1.forward(X / 16.0)
        relu.forward(dense1.output)
        dense2.forward(relu.output)
        return np.argmax(dense2.output, axis=1)


def train_digit_classifier(X_train, y_train):
    shifts = [(d, r) for d in (-1, 0, 1) for r in (-1, 0, 1)]
    X = np.vstack([shift_images(X_train, d, r) for d, r in shifts]) / 16.0
    y = np.concatenate([y_train for _ in shifts])
    dense1 = Layer_Dense(64, 128)
    relu = Activation_ReLU()
    dropout = Layer_Dropout(0.1)
    dense2 = Layer_Dense(128, 10)
    loss_activation = Activation_Softmax_Loss_CategoricalCrossentropy()
    optimizer = Optimizer_Adam(learning_rate=0.003, decay=5e-4)
    for epoch in range(15):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), 256):
            batch = order[start:start + 256]
            dense1.forward(X[batch])
            relu.forward(dense1.output)
            dropout.forward(relu.output)
            dense2.forward(dropout.output)
            loss_activation.forward(dense2.output, y[batch])
            loss_activation.backward(loss_activation.output, y[batch])
            dense2.backward(loss_activation.dinputs)
            dropout.backward(dense2.dinputs)
            relu.backward(dropout.dinputs)
            dense1.backward(relu.dinputs)
            optimizer.pre_update_params()
            optimizer.update_params(dense1)
            optimizer.update_params(dense2)
            optimizer.post_update_params()
    return DigitClassifier([dense1, relu, dropout, dense2])
'''),
    dict(cell="train_digit_classifier", kind="correct",
         name="one-hot targets, separate softmax and loss backward, np.pad shifts, float32, nnfs.init()", source='''
import nnfs

nnfs.init()


class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers
        self.dense1, self.relu, self.dense2, self.softmax = layers

    def predict(self, X):
        self.dense1.forward(np.asarray(X, dtype=np.float32) / np.float32(16))
        self.relu.forward(self.dense1.output)
        self.dense2.forward(self.relu.output)
        self.softmax.forward(self.dense2.output)
        return np.argmax(self.softmax.output, axis=1)


def train_digit_classifier(X_train, y_train):
    pictures = np.pad(X_train.reshape(-1, 8, 8), ((0, 0), (1, 1), (1, 1)))
    copies = [X_train] + [pictures[:, 1 - d:9 - d, 1 - r:9 - r].reshape(-1, 64)
                          for d, r in [(1, 0), (-1, 0), (0, 1), (0, -1)]]
    X = (np.concatenate(copies) / 16).astype(np.float32)
    targets = np.eye(10, dtype=np.float32)[np.tile(y_train, 5)]
    dense1 = Layer_Dense(64, 100)
    relu = Activation_ReLU()
    dense2 = Layer_Dense(100, 10)
    softmax = Activation_Softmax()
    loss_function = Loss_CategoricalCrossentropy()
    optimizer = Optimizer_Adam(learning_rate=0.005, decay=1e-3)
    for epoch in range(10):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), 100):
            batch = order[start:start + 100]
            dense1.forward(X[batch])
            relu.forward(dense1.output)
            dense2.forward(relu.output)
            softmax.forward(dense2.output)
            loss_function.calculate(softmax.output, targets[batch])
            loss_function.backward(softmax.output, targets[batch])
            softmax.backward(loss_function.dinputs)
            dense2.backward(softmax.dinputs)
            relu.backward(dense2.dinputs)
            dense1.backward(relu.dinputs)
            optimizer.pre_update_params()
            optimizer.update_params(dense1)
            optimizer.update_params(dense2)
            optimizer.post_update_params()
    return DigitClassifier([dense1, relu, dense2, softmax])
'''),
    dict(cell="train_digit_classifier", kind="correct",
         name="predict with @ on the layers' weights, augmentation built with loops", source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers

    def predict(self, X):
        hidden = np.maximum(0, (X / 16) @ self.layers[0].weights + self.layers[0].biases)
        scores = hidden @ self.layers[2].weights + self.layers[2].biases
        return np.argmax(scores, axis=1).astype(np.int32)


def train_digit_classifier(X_train, y_train):
    images, labels = [], []
    for down, right in [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]:
        images.append(shift_images(X_train, down, right))
        labels.append(y_train)
    X = np.concatenate(images) / 16
    y = np.concatenate(labels)
    dense1 = Layer_Dense(64, 80, weight_regularizer_l2=1e-4)
    activation1 = Activation_ReLU()
    dense2 = Layer_Dense(80, 10)
    loss_activation = Activation_Softmax_Loss_CategoricalCrossentropy()
    optimizer = Optimizer_Adam(learning_rate=0.01, decay=2e-3)
    n = len(X)
    for epoch in range(20):
        shuffle = np.random.permutation(n)
        X, y = X[shuffle], y[shuffle]
        for i in range(0, n, 64):
            dense1.forward(X[i:i + 64])
            activation1.forward(dense1.output)
            dense2.forward(activation1.output)
            loss_activation.forward(dense2.output, y[i:i + 64])
            loss_activation.backward(loss_activation.output, y[i:i + 64])
            dense2.backward(loss_activation.dinputs)
            activation1.backward(dense2.dinputs)
            dense1.backward(activation1.dinputs)
            optimizer.pre_update_params()
            optimizer.update_params(dense1)
            optimizer.update_params(dense2)
            optimizer.post_update_params()
    return DigitClassifier([dense1, activation1, dense2])
'''),
]

# The solution's training loop with one change each: a mistake students make.
TRAIN_LOOP = '''
    dense1 = Layer_Dense(64, {hidden})
    activation1 = Activation_ReLU()
    dense2 = Layer_Dense({hidden}, 10)
    loss_activation = Activation_Softmax_Loss_CategoricalCrossentropy()
    optimizer = {optimizer}
    for epoch in range({epochs}):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), {batch}):
            batch = order[start:start + {batch}]
            dense1.forward(X[batch])
            activation1.forward(dense1.output)
            dense2.forward(activation1.output)
            loss_activation.forward(dense2.output, y[batch])
            loss_activation.backward(loss_activation.output, y[batch])
            dense2.backward(loss_activation.dinputs)
            activation1.backward(dense2.dinputs)
            dense1.backward(activation1.dinputs)
            optimizer.pre_update_params()
            optimizer.update_params(dense1)
            optimizer.update_params(dense2)
            optimizer.post_update_params()
'''


def loop(hidden=128, epochs=30, batch=128, optimizer="Optimizer_Adam(learning_rate=0.005, decay=1e-3)"):
    return TRAIN_LOOP.format(hidden=hidden, epochs=epochs, batch=batch, optimizer=optimizer)


PLAIN_CLASS = '''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers
''' + SOLUTION_PREDICT

AUGMENTED = '''
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    X = np.concatenate([shift_images(X_train, down, right) for down, right in moves]) / 16.0
    y = np.tile(y_train, len(moves))
'''
RETURN = '''    return DigitClassifier([dense1, activation1, dense2])
'''

CLASSIFIER += [
    # ---------------------------------------------------------------- mistakes
    dict(cell="train_digit_classifier", kind="mistake", name="network too small: 4 hidden neurons", source=
         PLAIN_CLASS + "\n\ndef train_digit_classifier(X_train, y_train):" + AUGMENTED + loop(hidden=4) + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="trained too briefly: one epoch of a few big batches",
         source=PLAIN_CLASS + "\n\ndef train_digit_classifier(X_train, y_train):" + AUGMENTED
         + loop(epochs=1, batch=1024) + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="pixels not scaled, SGD at notebook 10's learning rate 1.0",
         source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers

    def predict(self, X):
        values = X
        for layer in self.layers:
            layer.forward(values)
            values = layer.output
        return np.argmax(values, axis=1)


def train_digit_classifier(X_train, y_train):
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    X = np.concatenate([shift_images(X_train, down, right) for down, right in moves])
    y = np.tile(y_train, len(moves))
''' + loop(optimizer="Optimizer_SGD()") + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="images and labels shuffled with different permutations",
         source=PLAIN_CLASS + '''

def train_digit_classifier(X_train, y_train):
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    X = np.concatenate([shift_images(X_train, down, right) for down, right in moves]) / 16.0
    y = np.tile(y_train, len(moves))
    X = X[np.random.permutation(len(X))]
    y = y[np.random.permutation(len(y))]
''' + loop() + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="np.repeat instead of np.tile for the augmented labels",
         source=PLAIN_CLASS + '''

def train_digit_classifier(X_train, y_train):
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    X = np.concatenate([shift_images(X_train, down, right) for down, right in moves]) / 16.0
    y = np.repeat(y_train, len(moves))
''' + loop() + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="no augmentation: fails on images moved by one pixel",
         source=PLAIN_CLASS + '''

def train_digit_classifier(X_train, y_train):
    X = X_train / 16.0
    y = y_train
''' + loop(epochs=60, batch=64) + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="dropout still on when predicting", source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers

    def predict(self, X):
        values = X / 16.0
        for layer in self.layers:
            layer.forward(values)
            values = layer.output
        return np.argmax(values, axis=1)


def train_digit_classifier(X_train, y_train):
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    X = np.concatenate([shift_images(X_train, down, right) for down, right in moves]) / 16.0
    y = np.tile(y_train, len(moves))
    dense1 = Layer_Dense(64, 128)
    activation1 = Activation_ReLU()
    dropout = Layer_Dropout(0.2)
    dense2 = Layer_Dense(128, 10)
    loss_activation = Activation_Softmax_Loss_CategoricalCrossentropy()
    optimizer = Optimizer_Adam(learning_rate=0.005, decay=1e-3)
    for epoch in range(30):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), 128):
            batch = order[start:start + 128]
            dense1.forward(X[batch])
            activation1.forward(dense1.output)
            dropout.forward(activation1.output)
            dense2.forward(dropout.output)
            loss_activation.forward(dense2.output, y[batch])
            loss_activation.backward(loss_activation.output, y[batch])
            dense2.backward(loss_activation.dinputs)
            dropout.backward(dense2.dinputs)
            activation1.backward(dropout.dinputs)
            dense1.backward(activation1.dinputs)
            optimizer.pre_update_params()
            optimizer.update_params(dense1)
            optimizer.update_params(dense2)
            optimizer.post_update_params()
    return DigitClassifier([dense1, activation1, dropout, dense2])
'''),
    dict(cell="train_digit_classifier", kind="mistake", name="predict returns the softmax probabilities", source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers

    def predict(self, X):
        values = X / 16.0
        for layer in self.layers:
            layer.forward(values)
            values = layer.output
        softmax = Activation_Softmax()
        softmax.forward(values)
        return softmax.output


def train_digit_classifier(X_train, y_train):''' + AUGMENTED + loop() + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="returns a fresh, untrained network", source=
         PLAIN_CLASS + "\n\ndef train_digit_classifier(X_train, y_train):" + AUGMENTED + loop()
         + "    return DigitClassifier([Layer_Dense(64, 128), Activation_ReLU(), Layer_Dense(128, 10)])\n"),
    dict(cell="train_digit_classifier", kind="mistake", name="predict takes np.argmax along axis=0", source='''
class DigitClassifier:
    def __init__(self, layers):
        self.layers = layers

    def predict(self, X):
        values = X / 16.0
        for layer in self.layers:
            layer.forward(values)
            values = layer.output
        return np.argmax(values, axis=0)


def train_digit_classifier(X_train, y_train):''' + AUGMENTED + loop() + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="scales X_train in place (X_train /= 16)", source=
         PLAIN_CLASS + '''

def train_digit_classifier(X_train, y_train):
    X_train /= 16.0
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    X = np.concatenate([shift_images(X_train, down, right) for down, right in moves])
    y = np.tile(y_train, len(moves))
''' + loop() + RETURN),
    dict(cell="train_digit_classifier", kind="mistake", name="looks the images up: a table of the training images",
         source='''
class DigitClassifier:
    def __init__(self, table):
        self.table = table
        self.layers = []

    def predict(self, X):
        return np.array([self.table.get(tuple(row), 0) for row in X], dtype=np.int64)


def train_digit_classifier(X_train, y_train):
    return DigitClassifier({tuple(row): label for row, label in zip(X_train, y_train)})
'''),
    dict(cell="train_digit_classifier", kind="mistake",
         name="nearest neighbour on the training images (not a network of your layers)", source='''
class DigitClassifier:
    def __init__(self, images, labels):
        self.images, self.labels = images, labels
        self.layers = []

    def predict(self, X):
        distances = ((X[:, None, :] - self.images[None, :, :]) ** 2).sum(axis=2)
        return self.labels[np.argmin(distances, axis=1)]


def train_digit_classifier(X_train, y_train):
    return DigitClassifier(X_train.copy(), y_train.copy())
'''),
]

CONFUSION = [
    # ---------------------------------------------------------------- correct
    dict(cell="confusion_matrix", kind="correct", name="np.add.at (the solution)", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (y_true, y_pred), 1)
    return matrix
'''),
    dict(cell="confusion_matrix", kind="correct", name="a loop over the pairs", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[t, p] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="correct", name="np.bincount of true * n + predicted", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    codes = y_true.astype(np.int64) * n_classes + y_pred.astype(np.int64)
    return np.bincount(codes, minlength=n_classes * n_classes).reshape(n_classes, n_classes)
'''),
    dict(cell="confusion_matrix", kind="correct", name="one-hot rows multiplied: eye[y_true].T @ eye[y_pred] (floats)",
         source='''
def confusion_matrix(y_true, y_pred, n_classes):
    return np.eye(n_classes)[y_true].T @ np.eye(n_classes)[y_pred]
'''),
    dict(cell="confusion_matrix", kind="correct", name="double loop over the classes, counting with np.sum", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes))
    for i in range(n_classes):
        for j in range(n_classes):
            matrix[i][j] = np.sum((y_true == i) & (y_pred == j))
    return matrix.astype(int)
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="confusion_matrix", kind="mistake", name="transposed: rows are the predicted classes", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[p, t] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="matrix[y_true, y_pred] += 1 counts a repeated pair once", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    matrix[y_true, y_pred] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="size from the largest label seen, not n_classes", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    n = max(y_true.max(), y_pred.max()) + 1
    matrix = np.zeros((n, n), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[t, p] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="size from the number of distinct true labels", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    n = len(np.unique(y_true))
    matrix = np.zeros((n, n), dtype=int)
    for t, p in zip(y_true, y_pred):
        if t < n and p < n:
            matrix[t, p] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="each row divided by its total (fractions, not counts)", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes))
    np.add.at(matrix, (y_true, y_pred), 1)
    totals = matrix.sum(axis=1, keepdims=True)
    return matrix / np.maximum(totals, 1)
'''),
    dict(cell="confusion_matrix", kind="mistake", name="counts only the right predictions (the diagonal)", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        if t == p:
            matrix[t, t] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="always 10 classes, n_classes ignored", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((10, 10), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[t, p] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="classes counted from 1: matrix[t - 1, p - 1]", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[t - 1, p - 1] += 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="sets the entry to 1 instead of adding 1", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[t, p] = 1
    return matrix
'''),
    dict(cell="confusion_matrix", kind="mistake", name="returns a list of lists", source='''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = [[0] * n_classes for _ in range(n_classes)]
    for t, p in zip(y_true, y_pred):
        matrix[t][p] += 1
    return matrix
'''),
]

VARIANTS = SPLIT + CLASSIFIER + CONFUSION
