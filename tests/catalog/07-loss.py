"""Plausible student answers for 07-loss, graded through nbgrader by tests/test_catalog.py.

Each variant replaces the source of one solution cell (by its grade_id) in the
solution notebook. A "correct" variant must get full marks; a "mistake" must lose
points. Variants are whole cell sources, written as a student would write them.
"""

LOSS = [
    # ---------------------------------------------------------------- correct
    dict(cell="loss", kind="correct", name="the book's version", source='''
class Loss:
    def calculate(self, output, y):
        sample_losses = self.forward(output, y)
        data_loss = np.mean(sample_losses)
        return data_loss
'''),
    dict(cell="loss", kind="correct", name="sum divided by len", source='''
class Loss:
    def calculate(self, output, y):
        losses = self.forward(output, y)
        return np.sum(losses) / len(losses)
'''),
    dict(cell="loss", kind="correct", name="a loop over the per-sample losses", source='''
class Loss:
    def calculate(self, output, y):
        losses = self.forward(output, y)
        total = 0.0
        for value in losses:
            total += value
        return total / len(losses)
'''),
    dict(cell="loss", kind="correct", name=".mean() stored and returned as float", source='''
class Loss:
    """Every loss inherits calculate()."""

    def calculate(self, output, y):
        self.sample_losses = self.forward(output, y)
        self.data_loss = float(self.sample_losses.mean())
        return self.data_loss
'''),
    dict(cell="loss", kind="correct", name="nnfs.init() in the cell, np.average, keyword arguments", source='''
import numpy as np
import nnfs

nnfs.init()


class Loss:
    def calculate(self, output, y):
        return np.average(self.forward(y_pred=output, y_true=y))
'''),
    dict(cell="loss", kind="correct", name="np.mean with axis=0", source='''
class Loss:
    def calculate(self, output, y):
        return np.mean(self.forward(output, y), axis=0)
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="loss", kind="mistake", name="returns the per-sample losses (no mean)", source='''
class Loss:
    def calculate(self, output, y):
        sample_losses = self.forward(output, y)
        return sample_losses
'''),
    dict(cell="loss", kind="mistake", name="sum instead of mean", source='''
class Loss:
    def calculate(self, output, y):
        return np.sum(self.forward(output, y))
'''),
    dict(cell="loss", kind="mistake", name="no return (stores the mean only)", source='''
class Loss:
    def calculate(self, output, y):
        sample_losses = self.forward(output, y)
        self.data_loss = np.mean(sample_losses)
'''),
    dict(cell="loss", kind="mistake", name="forward's arguments swapped", source='''
class Loss:
    def calculate(self, output, y):
        sample_losses = self.forward(y, output)
        return np.mean(sample_losses)
'''),
    dict(cell="loss", kind="mistake", name="divides by the number of classes", source='''
class Loss:
    def calculate(self, output, y):
        sample_losses = self.forward(output, y)
        return np.sum(sample_losses) / output.shape[1]
'''),
    dict(cell="loss", kind="mistake", name="computes cross-entropy itself instead of calling forward", source='''
class Loss:
    def calculate(self, output, y):
        clipped = np.clip(output, 1e-7, 1 - 1e-7)
        return np.mean(-np.log(clipped[range(len(output)), y]))
'''),
    dict(cell="loss", kind="mistake", name=".mean without parentheses", source='''
class Loss:
    def calculate(self, output, y):
        return self.forward(output, y).mean
'''),
    dict(cell="loss", kind="mistake", name="mean of the predictions, forward ignored", source='''
class Loss:
    def calculate(self, output, y):
        return np.mean(output)
'''),
    dict(cell="loss", kind="mistake", name="divides by the number of samples twice", source='''
class Loss:
    def calculate(self, output, y):
        sample_losses = self.forward(output, y)
        return np.mean(sample_losses) / len(sample_losses)
'''),
    dict(cell="loss", kind="mistake", name="mean over axis=1 of a 1-D array", source='''
class Loss:
    def calculate(self, output, y):
        return np.mean(self.forward(output, y), axis=1)
'''),
]

CROSSENTROPY = [
    # ---------------------------------------------------------------- correct
    dict(cell="loss_categoricalcrossentropy", kind="correct", name="the book's version", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        samples = len(y_pred)
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if len(y_true.shape) == 1:
            correct_confidences = y_pred_clipped[range(samples), y_true]
        elif len(y_true.shape) == 2:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        negative_log_likelihoods = -np.log(correct_confidences)
        return negative_log_likelihoods
'''),
    dict(cell="loss_categoricalcrossentropy", kind="correct", name="one-hot to indices, take_along_axis", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        if y_true.ndim == 2:
            y_true = np.argmax(y_true, axis=1)
        clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        picked = np.take_along_axis(clipped, y_true.reshape(-1, 1).astype(int), axis=1)
        return -np.log(picked).ravel()
'''),
    dict(cell="loss_categoricalcrossentropy", kind="correct", name="indices to one-hot with np.eye", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        if y_true.ndim == 1:
            y_true = np.eye(y_pred.shape[1])[y_true]
        y_pred = np.clip(y_pred, 1e-7, 1 - 1e-7)
        return -np.sum(y_true * np.log(y_pred), axis=1)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="correct", name="a loop over samples with math.log", source='''
import math


class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        losses = []
        for i in range(len(y_pred)):
            if y_true.ndim == 1:
                p = y_pred[i][y_true[i]]
            else:
                p = sum(prob * t for prob, t in zip(y_pred[i], y_true[i]))
            p = min(max(p, 1e-7), 1 - 1e-7)
            losses.append(-math.log(p))
        return np.array(losses)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="correct", name="nnfs.init() in the cell, float32 throughout", source='''
import numpy as np
import nnfs

nnfs.init()


class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred = np.asarray(y_pred, dtype=np.float32)
        y_pred = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if len(y_true.shape) == 2:
            confidences = (y_pred * y_true).sum(axis=1)
        else:
            confidences = y_pred[np.arange(y_pred.shape[0]), y_true]
        return (-np.log(confidences)).astype(np.float32)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="correct", name="clips after picking, np.maximum/np.minimum, stores output", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        n = y_pred.shape[0]
        if y_true.ndim == 2:
            correct = np.sum(y_pred * y_true, axis=1)
        else:
            correct = y_pred[np.arange(n), y_true.astype(np.int64)]
        correct = np.minimum(np.maximum(correct, 1e-7), 1 - 1e-7)
        self.output = -np.log(correct)
        return self.output
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="no clipping (log(0) is inf)", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        if len(y_true.shape) == 1:
            correct_confidences = y_pred[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred * y_true, axis=1)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="returns the mean instead of per-sample losses", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if len(y_true.shape) == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        return np.mean(-np.log(correct_confidences))
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="class indices only (one-hot not handled)", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="one-hot summed over axis=0", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=0)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="one-hot summed with keepdims (shape (n, 1))", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1, keepdims=True)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="clips y_pred in place (out=y_pred)", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        np.clip(y_pred, 1e-7, 1 - 1e-7, out=y_pred)
        if y_true.ndim == 1:
            correct_confidences = y_pred[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred * y_true, axis=1)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="clips with boolean masks, writing into y_pred", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred[y_pred < 1e-7] = 1e-7
        y_pred[y_pred > 1 - 1e-7] = 1 - 1e-7
        if y_true.ndim == 1:
            correct_confidences = y_pred[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred * y_true, axis=1)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="clips the bottom only (np.maximum)", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.maximum(y_pred, 1e-7)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="clips to [0, 1] (changes nothing)", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 0, 1)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="forgets the minus sign", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        return np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="indexes y_pred[:, y_true] (a square array)", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[:, y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="sums -log of every class, ignores the targets", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        return -np.sum(np.log(y_pred_clipped), axis=1)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="not a subclass of Loss", source='''
class Loss_CategoricalCrossentropy:
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        return -np.log(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="np.log10 instead of the natural log", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if y_true.ndim == 1:
            correct_confidences = y_pred_clipped[range(len(y_pred)), y_true]
        else:
            correct_confidences = np.sum(y_pred_clipped * y_true, axis=1)
        return -np.log10(correct_confidences)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="one-hot: product without the sum", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        if y_true.ndim == 1:
            return -np.log(y_pred_clipped[range(len(y_pred)), y_true])
        return -np.log(y_pred_clipped * y_true + 1e-7)
'''),
    dict(cell="loss_categoricalcrossentropy", kind="mistake", name="one-hot: np.argmax(y_true) without axis", source='''
class Loss_CategoricalCrossentropy(Loss):
    def forward(self, y_pred, y_true):
        if y_true.ndim == 2:
            y_true = np.argmax(y_true)
        y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
        return -np.log(y_pred_clipped[range(len(y_pred)), y_true])
'''),
]

UNIFORM = [
    # ---------------------------------------------------------------- correct
    dict(cell="uniform_loss", kind="correct", name="np.log", source='''
def uniform_loss(n_classes):
    return np.log(n_classes)
'''),
    dict(cell="uniform_loss", kind="correct", name="math.log", source='''
import math


def uniform_loss(n_classes):
    return math.log(n_classes)
'''),
    dict(cell="uniform_loss", kind="correct", name="-log(1/k) as derived", source='''
def uniform_loss(n_classes):
    p_correct = 1 / n_classes          # every class, the correct one too, gets 1/k
    return float(-np.log(p_correct))
'''),
    dict(cell="uniform_loss", kind="correct", name="through the loss class on a batch of one", source='''
def uniform_loss(n_classes):
    probabilities = np.full((1, n_classes), 1.0 / n_classes)
    return Loss_CategoricalCrossentropy().calculate(probabilities, np.array([0]))
'''),
    dict(cell="uniform_loss", kind="correct", name="math.log with base e, explicit float", source='''
import math


def uniform_loss(n_classes):
    k = float(n_classes)
    return -math.log(1.0 / k, math.e)
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="uniform_loss", kind="mistake", name="returns the probability 1/k", source='''
def uniform_loss(n_classes):
    return 1 / n_classes
'''),
    dict(cell="uniform_loss", kind="mistake", name="log(1/k) without the minus sign", source='''
def uniform_loss(n_classes):
    return np.log(1 / n_classes)
'''),
    dict(cell="uniform_loss", kind="mistake", name="np.log10", source='''
def uniform_loss(n_classes):
    return np.log10(n_classes)
'''),
    dict(cell="uniform_loss", kind="mistake", name="np.log2", source='''
def uniform_loss(n_classes):
    return np.log2(n_classes)
'''),
    dict(cell="uniform_loss", kind="mistake", name="sums -log(1/k) over all k classes", source='''
def uniform_loss(n_classes):
    return n_classes * -np.log(1 / n_classes)
'''),
    dict(cell="uniform_loss", kind="mistake", name="divides by k again (log(k)/k)", source='''
def uniform_loss(n_classes):
    return np.log(n_classes) / n_classes
'''),
    dict(cell="uniform_loss", kind="mistake", name="log(k - 1)", source='''
def uniform_loss(n_classes):
    return np.log(n_classes - 1)
'''),
    dict(cell="uniform_loss", kind="mistake", name="-log(1 - 1/k): a wrong class's probability", source='''
def uniform_loss(n_classes):
    return -np.log(1 - 1 / n_classes)
'''),
    dict(cell="uniform_loss", kind="mistake", name="integer division 1 // k (log(0))", source='''
def uniform_loss(n_classes):
    return -np.log(1 // n_classes)
'''),
    dict(cell="uniform_loss", kind="mistake", name="hard-coded ln 3", source='''
def uniform_loss(n_classes):
    return 1.0986122886681098
'''),
]

ACCURACY = [
    # ---------------------------------------------------------------- correct
    dict(cell="accuracy", kind="correct", name="the book's version", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    if len(y_true.shape) == 2:
        y_true = np.argmax(y_true, axis=1)
    return np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="correct", name="a loop with a counter", source='''
def accuracy(y_pred, y_true):
    right = 0
    for row, target in zip(y_pred, y_true):
        if np.ndim(target) == 1:
            target = np.argmax(target)
        if np.argmax(row) == target:
            right += 1
    return right / len(y_pred)
'''),
    dict(cell="accuracy", kind="correct", name="sum of matches over len, ndim", source='''
def accuracy(y_pred, y_true):
    if y_true.ndim == 2:
        y_true = y_true.argmax(axis=1)
    return (y_pred.argmax(axis=1) == y_true).sum() / len(y_true)
'''),
    dict(cell="accuracy", kind="correct", name="np.count_nonzero, returns float", source='''
def accuracy(y_pred, y_true):
    labels = np.argmax(y_true, axis=1) if y_true.ndim > 1 else y_true
    predicted = np.argmax(y_pred, axis=1)
    return float(np.count_nonzero(predicted == labels) / y_pred.shape[0])
'''),
    dict(cell="accuracy", kind="correct", name="nnfs.init() in the cell, axis=-1, .item()", source='''
import numpy as np
import nnfs

nnfs.init()


def accuracy(y_pred, y_true):
    if y_true.ndim == 2:
        y_true = np.argmax(y_true, axis=-1)
    return np.mean(np.argmax(y_pred, axis=-1) == y_true).item()
'''),
    # ---------------------------------------------------------------- mistakes
    dict(cell="accuracy", kind="mistake", name="argmax over axis=0", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=0)
    if len(y_true.shape) == 2:
        y_true = np.argmax(y_true, axis=1)
    return np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="one-hot targets not converted", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    return np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="returns the count of right predictions", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    if y_true.ndim == 2:
        y_true = np.argmax(y_true, axis=1)
    return np.sum(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="returns the array of right/wrong", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    if y_true.ndim == 2:
        y_true = np.argmax(y_true, axis=1)
    return predictions == y_true
'''),
    dict(cell="accuracy", kind="mistake", name="returns a percentage", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    if y_true.ndim == 2:
        y_true = np.argmax(y_true, axis=1)
    return 100 * np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="np.max instead of np.argmax", source='''
def accuracy(y_pred, y_true):
    predictions = np.max(y_pred, axis=1)
    if y_true.ndim == 2:
        y_true = np.argmax(y_true, axis=1)
    return np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="one-hot converted with axis=0", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    if y_true.ndim == 2:
        y_true = np.argmax(y_true, axis=0)
    return np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="np.argmax without axis", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred)
    if y_true.ndim == 2:
        y_true = np.argmax(y_true)
    return np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="returns the error rate", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    if y_true.ndim == 2:
        y_true = np.argmax(y_true, axis=1)
    return np.mean(predictions != y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="tests y_true.shape[1] (fails on class indices)", source='''
def accuracy(y_pred, y_true):
    predictions = np.argmax(y_pred, axis=1)
    if y_true.shape[1] > 1:
        y_true = np.argmax(y_true, axis=1)
    return np.mean(predictions == y_true)
'''),
    dict(cell="accuracy", kind="mistake", name="always converts y_true as if one-hot", source='''
def accuracy(y_pred, y_true):
    return np.mean(np.argmax(y_pred, axis=1) == np.argmax(y_true, axis=1))
'''),
]

VARIANTS = LOSS + CROSSENTROPY + UNIFORM + ACCURACY
