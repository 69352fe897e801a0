"""Checks for the course's test cells.

Every check returns quietly when the answer is right and raises `CheckFailed`
when it is wrong, with a message in the student's terms: what was expected,
what was got, and where they differ (type, shape, which value).

Test cells call the student's code through `call`, which
- silences warnings and sends the code's stderr prints to stdout, so correct code
  never loses points to a stray warning (nbgrader scores 0 for any test cell
  that writes to stderr);
- turns the stub's NotImplementedError into "not written yet";
- turns any other exception into a message that shows the call that failed.

Numbers are compared with tolerances, never as printed strings, so loops,
np.dot, @, float32 and float64 all pass.

Messages are in the notebook's language (autograder/i18n.py): each is a gettext template,
`_("... {what} ...")`, filled with named fields; the `what` a test cell passes is translated
by `text` from the assignment's catalog.
"""
import contextlib
import math
import numbers
import sys
import traceback
import warnings

import numpy as np

from .i18n import _, text


# float32 carries about 7 significant digits; a few operations lose one or two.
RTOL = 1e-4
ATOL = 1e-6


class CheckFailed(AssertionError):
    """A check found a wrong answer; the message says what was expected and what was got.

    A test cell may raise one itself with its own words: they are shown in the notebook's
    language too (the checks' own messages come translated already).
    """

    def __init__(self, message="", translated=False):
        super().__init__(message if translated else text(message))

    def _render_traceback_(self):
        """What IPython (so JupyterLab and nbgrader) shows: the message, not this module's code.

        When the student's code raised, the lines of their code that did are shown too.
        """
        lines = [f"CheckFailed: {self}"]
        cause = self.__cause__
        if cause is not None:
            frames = [f for f in traceback.extract_tb(cause.__traceback__)
                      if f.filename != __file__]
            if frames:
                lines += ["", _("Where your code raised it:")]
                lines += [line.rstrip("\n") for line in traceback.format_list(frames)]
            lines += traceback.format_exception_only(type(cause), cause)[-1:]
        return lines


def _fail(message):
    __tracebackhide__ = True  # IPython and pytest hide this frame from the traceback
    raise CheckFailed(message, translated=True)


def _show(value, limit=70):
    """A short, readable form of a value for messages."""
    if isinstance(value, np.ndarray):
        if value.size <= 12:
            shown = np.array2string(value, separator=", ", precision=6)
            return " ".join(shown.split()) + _(" (array of shape {shape})").format(shape=value.shape)
        return _("array of shape {shape}, dtype {dtype}").format(shape=value.shape, dtype=value.dtype)
    if isinstance(value, np.generic):
        value = value.item()
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _kind_name(kind):
    """'a numpy array', 'a list', 'an int': the name of a type as a sentence says it."""
    if kind is np.ndarray:
        return _("a numpy array")
    named = {list: _("a list"), tuple: _("a tuple"), dict: _("a dict"), str: _("a string"), int: _("an int"),
             float: _("a float"), bool: _("a bool"), type(None): _("None")}
    if kind in named:
        return named[kind]
    name = kind.__name__
    return (_("an {name}") if name[0] in "aeiou" else _("a {name}")).format(name=name)


def _name(func):
    """`neuron_output`, `Layer_Dense.forward`: the name a student would write."""
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return name.rsplit("<locals>.", 1)[-1]


def describe_call(func, args=(), kwargs=None):
    """`name(arg1, arg2, key=value)` with each argument shortened."""
    parts = [_show(a, 40) for a in args]
    parts += [f"{k}={_show(v, 40)}" for k, v in (kwargs or {}).items()]
    return f"{_name(func)}({', '.join(parts)})"


def _not_written(func):
    return _("{name} is not written yet: in its cell, replace the line `raise NotImplementedError(...)` "
             "with your code, run that cell, then run this test again.").format(name=_name(func))


@contextlib.contextmanager
def _quiet():
    """No warnings, no numpy floating-point notices, and stderr prints shown on stdout."""
    with warnings.catch_warnings(), np.errstate(all="ignore"), contextlib.redirect_stderr(sys.stdout):
        warnings.simplefilter("ignore")
        yield


def call(func, *args, **kwargs):
    """Call the student's `func` and return its result, with friendly errors.

    Warnings are silenced during the call and stderr prints go to stdout:
    a wrong result is caught by the value checks, not by a warning.
    """
    __tracebackhide__ = True
    if str(getattr(func, "__module__", "")).startswith("autograder"):
        raise CheckFailed(_("{name} is the course's own (from autograder), not yours: "
                            "the tests need the one you write.").format(name=_name(func)), translated=True)
    try:
        with _quiet():
            return func(*args, **kwargs)
    except NotImplementedError:
        raise CheckFailed(_not_written(func), translated=True) from None
    except Exception as exc:
        raise CheckFailed(_("{call} raised {error}: {message}").format(
            call=describe_call(func, args, kwargs), error=type(exc).__name__, message=exc), translated=True) from exc


def check_not_none(got, what):
    __tracebackhide__ = True
    if got is None:
        _fail(_("{what} returned None. Did you forget the `return` statement?").format(what=text(what)))


def check_real(got, what):
    """`got` is one real number: int, float or numpy scalar (not a bool, list or array)."""
    __tracebackhide__ = True
    check_not_none(got, what)
    if isinstance(got, np.ndarray) and got.ndim == 0:
        got = got[()]
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, numbers.Real):
        _fail(_("{what} should be a single number, but it is {kind}: {got}.").format(
            what=text(what), kind=_kind_name(type(got)), got=_show(got)))
    return got


def check_number(got, expected, what, rtol=RTOL, atol=ATOL):
    """`got` is one real number close to `expected`."""
    __tracebackhide__ = True
    got = check_real(got, what)
    if not math.isclose(float(got), expected, rel_tol=rtol, abs_tol=atol):
        allowed = max(atol, rtol * abs(expected))
        _fail(_("{what} should be {expected}, but it is {got} (off by {off}; allowed {allowed}).").format(
            what=text(what), expected=repr(expected), got=_show(got), off=f"{abs(float(got) - expected):.3g}",
            allowed=f"{allowed:.1g}"))


def check_shape(got, shape, what, kind=np.ndarray):
    """`got` is a `kind` (np.ndarray or list) of numbers with this shape; its values may be anything."""
    __tracebackhide__ = True
    check_not_none(got, what)
    if not isinstance(got, kind):
        hint = {np.ndarray: _(" Hint: np.dot, np.array and numpy arithmetic return arrays."),
                list: _(" Hint: build it with a list and .append().")}.get(kind, "")
        _fail(_("{what} should be {kind}, but it is {got_kind}: {got}.").format(
            what=text(what), kind=_kind_name(kind), got_kind=_kind_name(type(got)), got=_show(got)) + hint)
    try:
        values = np.asarray(got)
    except ValueError:  # ragged nested lists
        _fail(_("{what} should have shape {shape}, but its rows have different lengths.").format(
            what=text(what), shape=tuple(shape)))
    if values.shape != tuple(shape):
        _fail(_("{what} should have shape {shape}, but it has shape {got}.").format(
            what=text(what), shape=tuple(shape), got=values.shape))
    if values.dtype == bool or not np.issubdtype(values.dtype, np.number):
        _fail(_("{what} should hold numbers, but it holds {dtype}: {got}.").format(
            what=text(what), dtype=values.dtype, got=_show(values)))
    return values


def check_array(got, expected, what, rtol=RTOL, atol=ATOL, kind=np.ndarray):
    """`got` is a `kind` (np.ndarray or list) of numbers with `expected`'s shape and values."""
    __tracebackhide__ = True
    expected = np.asarray(expected, dtype=np.float64)
    values = check_shape(got, expected.shape, what, kind).astype(np.float64)
    close = np.isclose(values, expected, rtol=rtol, atol=atol)
    if close.all():
        return
    wrong = np.argwhere(~close)
    where = tuple(int(i) for i in wrong[0])
    where_text = where[0] if len(where) == 1 else where
    message = _wrong_values(what, len(wrong), expected.size, where_text, expected[where], values[where])
    not_finite = int((~np.isfinite(values) & np.isfinite(expected)).sum())
    if not_finite:
        message += _(" {count} value(s) are nan or inf: a number overflowed or was divided by zero.").format(
            count=not_finite)
    else:
        message += _(" Largest difference {largest} (should be below about {allowed}).").format(
            largest=f"{np.abs(values - expected).max():.3g}", allowed=f"{atol + rtol * np.abs(expected).max():.1g}")
    if expected.size <= 12:
        message += _expected_and_got(expected, values)
    _fail(message)


def _wrong_values(what, wrong, size, where, expected, got):
    return _("{what}: {wrong} of {size} values are wrong. First at index {where}: expected {expected}, "
             "got {got}.").format(what=text(what), wrong=wrong, size=size, where=where,
                                  expected=f"{expected:.6g}", got=f"{got:.6g}")


def _expected_and_got(expected, got):
    return _("\n  expected: {expected}\n  got:      {got}").format(expected=_show(expected), got=_show(got))


def check_raises(exc_type, func, *args, contains=(), **kwargs):
    """Calling `func(*args)` raises `exc_type` with a non-empty message.

    `contains`: texts the message must mention (spaces ignored), e.g. the shapes given.
    """
    __tracebackhide__ = True
    shown = describe_call(func, args, kwargs)
    try:
        with _quiet():
            result = func(*args, **kwargs)
    except exc_type as exc:
        if not str(exc).strip():
            _fail(_("{call} raised {error} as it should, but with no message. "
                    "Add a message that tells the caller what is wrong.").format(call=shown, error=exc_type.__name__))
        squeezed = "".join(str(exc).split())
        missing = [text for text in contains if "".join(str(text).split()) not in squeezed]
        if missing:
            _fail(_("{call} raised {error} as it should, but its message {message} does not mention "
                    "{missing}.").format(call=shown, error=exc_type.__name__, message=repr(str(exc)),
                                         missing=", ".join(map(str, missing))))
        return exc
    except NotImplementedError:
        _fail(_not_written(func))
    except Exception as exc:
        _fail(_("{call} should raise {error}, but it raised {got}: {message}").format(
            call=shown, error=exc_type.__name__, got=type(exc).__name__, message=exc))
    _fail(_("{call} should raise {error}, but it returned {got}.").format(
        call=shown, error=exc_type.__name__, got=_show(result)))


def check_tuple(got, length, what):
    """`got` is a tuple (or list) of `length` values, as `return a, b, c` gives; return it as a tuple.

    `what` names the call, e.g. "relu_neuron_backward(inputs, weights, 1.0)".
    """
    __tracebackhide__ = True
    check_not_none(got, what)
    if not isinstance(got, (tuple, list)):
        _fail(_("{what} should return a tuple of {length} values (`return a, b, ...`), but it returned "
                "{kind}: {got}.").format(what=text(what), length=length, kind=_kind_name(type(got)), got=_show(got)))
    if len(got) != length:
        _fail(_("{what} should return a tuple of {length} values, but it returned {count}: {got}.").format(
            what=text(what), length=length, count=len(got), got=_show(tuple(got))))
    return tuple(got)


def check_attribute(obj, name, what, hint=""):
    """`obj.name` exists; return it."""
    __tracebackhide__ = True
    if not hasattr(obj, name):
        _fail(_("{what} has no attribute `{name}`. {hint}").format(what=text(what), name=name,
                                                                    hint=text(hint)).rstrip())
    return getattr(obj, name)


def run_forward(obj, inputs, what=None):
    """Call `obj.forward(inputs)` through `call`; return `obj.output`, which must have been set."""
    __tracebackhide__ = True
    call(obj.forward, inputs)
    return check_attribute(obj, "output", what or _("{name} after forward()").format(name=type(obj).__name__),
                           hint=_("forward() should store its result in self.output."))


def check_finite(got, what):
    """Every value of `got` is a finite number (no nan, no inf)."""
    __tracebackhide__ = True
    values = np.asarray(got, dtype=np.float64)
    bad = np.argwhere(~np.isfinite(values))
    if len(bad):
        where = tuple(int(i) for i in bad[0])
        _fail(_("{what} contains {count} nan or inf value(s), the first at index {where}: a number overflowed "
                "or was divided by zero.").format(what=text(what), count=len(bad),
                                                  where=where[0] if len(where) == 1 else where))


def check_probabilities(got, what, atol=1e-4):
    """Each row (last axis) of `got` is a probability distribution: values in [0, 1] summing to 1."""
    __tracebackhide__ = True
    check_finite(got, what)
    values = np.asarray(got, dtype=np.float64)
    if (values < -atol).any() or (values > 1 + atol).any():
        _fail(_("{what} should hold probabilities between 0 and 1, but it holds values from {low} to "
                "{high}.").format(what=text(what), low=f"{values.min():.6g}", high=f"{values.max():.6g}"))
    sums = values.sum(axis=-1)
    off = np.argwhere(np.abs(sums - 1) > atol)
    if len(off):
        where = tuple(int(i) for i in off[0])
        _fail(_("each row of {what} should sum to 1, but row {row} sums to {total}.").format(
            what=text(what), row=where[0] if len(where) == 1 else where, total=f"{sums[where]:.6g}"))


def check_unchanged(before, after, what):
    """An input array was not modified in place (`before` is a copy taken earlier)."""
    __tracebackhide__ = True
    if not np.array_equal(np.asarray(before), np.asarray(after), equal_nan=True):
        _fail(_("{what} changed the array it was given. Compute a new array instead of writing into the "
                "input.\n  before: {before}\n  after:  {after}").format(
            what=text(what), before=_show(np.asarray(before)), after=_show(np.asarray(after))))


def relative_error(got, expected):
    """The largest elementwise relative error, |got - expected| / (|got| + |expected|) (CS231n's measure)."""
    got = np.asarray(got, dtype=np.float64)
    expected = np.asarray(expected, dtype=np.float64)
    return float(np.max(np.abs(got - expected) / np.maximum(1e-12, np.abs(got) + np.abs(expected)), initial=0.0))


def check_gradient(got, expected, what, rtol=1e-4, atol=1e-7):
    """`got` is the gradient `what` (say "dweights"): `expected`'s shape and values, within tolerances
    that float32 meets. A failure names the gradient, its first wrong element, expected and got,
    and the relative error against what it should be."""
    __tracebackhide__ = True
    expected = np.asarray(expected, dtype=np.float64)
    if isinstance(got, np.ndarray) and got.shape != expected.shape and got.size == expected.size \
            and np.issubdtype(got.dtype, np.number):
        shape_hint = _gradient_shape_hint(got, expected, rtol, atol)
        if shape_hint:
            _fail(_("{what} should have shape {shape}, but it has shape {got}: {hint}").format(
                what=text(what), shape=expected.shape, got=got.shape, hint=shape_hint))
    values = check_shape(got, expected.shape, what).astype(np.float64)
    close = np.isclose(values, expected, rtol=rtol, atol=atol)
    if close.all():
        return
    wrong = np.argwhere(~close)
    where = tuple(int(i) for i in wrong[0])
    where_text = where[0] if len(where) == 1 else where
    message = _wrong_values(what, len(wrong), expected.size, where_text, expected[where], values[where])
    if not np.isfinite(values).all():
        message += _(" Some values are nan or inf: a number overflowed or was divided by zero.")
    else:
        message += _(" Relative error {error} (a right gradient gives about {rtol} or less).").format(
            error=f"{relative_error(values, expected):.1e}", rtol=f"{rtol:.0e}")
        message += _gradient_value_hint(values, expected, rtol, atol)
    if expected.size <= 12:
        message += _expected_and_got(expected, values)
    _fail(message)


def _gradient_shape_hint(got, expected, rtol, atol):
    """For a gradient of the wrong shape but the right size: is it the right one transposed or reshaped?"""
    values = np.asarray(got, dtype=np.float64)
    if values.ndim == 2 and values.shape == expected.shape[::-1] and \
            np.allclose(values.T, expected, rtol=rtol, atol=atol):
        return _("it is the right gradient transposed (rows and columns swapped).")
    if np.allclose(values.reshape(expected.shape), expected, rtol=rtol, atol=atol):
        return _("its values are right, but it lost or gained an axis (keepdims=True keeps it).")
    return ""


def _gradient_value_hint(values, expected, rtol, atol):
    """For a gradient of the right shape and wrong values: is it the right one scaled or transposed?"""
    with np.errstate(all="ignore"):          # huge wrong values must not print warnings (stderr)
        return _scaled_or_transposed(values, expected, rtol, atol)


def _scaled_or_transposed(values, expected, rtol, atol):
    if values.ndim == 2 and values.shape[0] == values.shape[1] and \
            np.allclose(values.T, expected, rtol=rtol, atol=atol):
        return _(" It is the right gradient transposed (rows and columns swapped).")
    size = float(np.sum(expected * expected))
    if size > 0:
        scale = float(np.sum(values * expected)) / size
        if abs(scale - 1) > 1e-3 and abs(scale) > 1e-3 and \
                np.allclose(values, scale * expected, rtol=rtol, atol=atol):
            if abs(scale + 1) <= 1e-3:
                return _(" It is the right gradient with the sign flipped.")
            return _(" Every value is {scale} times the right one.").format(scale=f"{scale:.4g}")
    return ""


def numerical_gradient(f, x, h=1e-5):
    """The gradient of the scalar function `f` at the array `x`, by central differences, in float64.

    The course's own gradient checker: test cells compare students' analytic gradients with
    it. It calls `f` on float64 copies of `x`, each with one element moved by +h or -h, so `f`
    must compute from its argument; `x` itself is never touched.
    """
    point = np.array(x, dtype=np.float64).ravel()
    grad = np.empty(point.size)
    for i in range(point.size):
        step = np.zeros(point.size)
        step[i] = h
        ahead, behind = f((point + step).reshape(np.shape(x))), f((point - step).reshape(np.shape(x)))
        grad[i] = (float(ahead) - float(behind)) / (2 * h)
    return grad.reshape(np.shape(x))


def check_class_indices(got, n_samples, n_classes, what):
    """`got` is a 1-D numpy array of `n_samples` integer class indices, each from 0 to `n_classes` - 1
    (what `np.argmax(..., axis=1)` gives for a classifier's outputs); return it as int64."""
    __tracebackhide__ = True
    check_not_none(got, what)
    if isinstance(got, np.ndarray) and got.shape == (n_samples, n_classes):
        _fail(_("{what} should be one class index per sample, shape ({n_samples},), but it has shape {shape}: "
                "one row of {n_classes} scores per sample. Take np.argmax of each row (axis=1).").format(
            what=text(what), n_samples=n_samples, shape=got.shape, n_classes=n_classes))
    values = check_shape(got, (n_samples,), what)
    if not np.issubdtype(values.dtype, np.integer):
        _fail(_("{what} should hold integer class indices (np.argmax gives them), but it holds {dtype}: "
                "{got}.").format(what=text(what), dtype=values.dtype, got=_show(values)))
    bad = np.flatnonzero((values < 0) | (values >= n_classes))
    if len(bad):
        _fail(_("{what} should hold class indices from 0 to {last}, but {count} are outside; the first, at "
                "index {where}, is {got}.").format(what=text(what), last=n_classes - 1, count=len(bad),
                                                   where=bad[0], got=values[bad[0]]))
    return values.astype(np.int64)


def check_accuracy(predicted, labels, minimum, what, hint=""):
    """At least the share `minimum` (0.9 for 90 %) of the class indices `predicted` equal `labels`.

    Return the share. A failure says the share and count found, the class that was predicted
    worst, and the class given to most samples when one class takes more than half of them.
    """
    __tracebackhide__ = True
    predicted, labels = np.asarray(predicted), np.asarray(labels)
    right = predicted == labels
    share = float(np.mean(right))
    if share >= minimum:
        return share
    message = _("{what} is right on {share} % ({right} of {total}), but it should be right on at least "
                "{minimum} %.").format(what=text(what), share=f"{100 * share:.1f}", right=int(right.sum()),
                                       total=len(labels), minimum=f"{100 * minimum:.0f}")
    classes = np.unique(labels)
    rates = [np.mean(right[labels == c]) for c in classes]
    worst = classes[int(np.argmin(rates))]
    message += _(" It does worst on class {worst}: {right} of {total} right.").format(
        worst=worst, right=int(right[labels == worst].sum()), total=int(np.sum(labels == worst)))
    values, counts = np.unique(predicted, return_counts=True)
    if counts.max() > len(predicted) / 2:
        message += _(" It gives class {label} to {share} % of the samples.").format(
            label=values[np.argmax(counts)], share=f"{100 * counts.max() / len(predicted):.0f}")
    _fail(f"{message} {text(hint)}".rstrip())


# ---------------------------------------------------------------- exercises answered with a value
# Some exercises ask for a value, not a function: a count, predicted shapes, a choice among
# options. The student's cell assigns it to a name (`untrained_choice = "B"`); test cells read
# it with `answer`, which says "not written yet" while the stub's cell has not set the name.

def answer(name):
    """The value the notebook gave the variable `name` (read from the calling test cell's globals)."""
    __tracebackhide__ = True
    namespace = sys._getframe(1).f_globals
    if name not in namespace:
        _fail(_("{name} is not written yet: in its cell, replace the line `raise NotImplementedError(...)` "
                "with your answer, `{name} = ...`, run that cell, then run this test again.").format(name=name))
    return namespace[name]


def check_keys(got, keys, what):
    """`got` is a dict whose keys are exactly `keys` (in any order); return it."""
    __tracebackhide__ = True
    check_not_none(got, what)
    if not isinstance(got, dict):
        _fail(_("{what} should be a dict, but it is {kind}: {got}.").format(
            what=text(what), kind=_kind_name(type(got)), got=_show(got)))
    missing = [k for k in keys if k not in got]
    extra = [k for k in got if k not in keys]
    if missing or extra:
        parts = ([_("it has no key {keys}").format(keys=", ".join(map(repr, missing)))] if missing else []) + \
                ([_("it has unexpected key {keys}").format(keys=", ".join(map(repr, extra)))] if extra else [])
        _fail(_("{what} should have the keys {keys}; {problems}.").format(
            what=text(what), keys=", ".join(map(repr, keys)), problems=_(" and ").join(parts)))
    return got


def check_choice(got, options, what, right=None):
    """`got` is one of `options` (short strings such as "A" to "D"; case and spaces are ignored).

    Visible tests check only that (so trying every option teaches nothing); hidden tests pass
    `right`, the option that is correct. Return the option chosen, as written in `options`.
    """
    __tracebackhide__ = True
    check_not_none(got, what)
    options = list(options)
    chosen = next((o for o in options if isinstance(got, str) and got.strip().upper() == o.upper()), None)
    if chosen is None:
        _fail(_("{what} should be one of {options}, but it is {got}.").format(
            what=text(what), options=", ".join(map(repr, options)), got=_show(got)))
    if right is not None and chosen != right:
        _fail(_("{what} is {chosen}: that is not the right choice.").format(what=text(what), chosen=repr(chosen)))
    return chosen


def check_prediction(got, expected, what):
    """`got` is a predicted shape: a tuple (or list) of whole numbers, or the string "error".

    With `expected` None only the form is checked; otherwise the prediction must be `expected`
    (a tuple, or "error"). Return the prediction as a tuple, or "error".
    """
    __tracebackhide__ = True
    if isinstance(got, str) and got.strip().lower() == "error":
        value = "error"
    elif (isinstance(got, (tuple, list))
          and all(isinstance(n, numbers.Integral) and not isinstance(n, (bool, np.bool_)) and n >= 0
                  for n in got)):
        value = tuple(int(n) for n in got)
    else:
        _fail(_("{what} should be a shape, a tuple of whole numbers such as (2, 3), or the string \"error\", "
                "but it is {got}.").format(what=text(what), got=_show(got)))
    if expected is not None and value != expected:
        _fail(_("{what} should be {expected}, but your prediction is {got}.").format(
            what=text(what), expected=repr(expected), got=repr(value)))
    return value


class HiddenNeuron:
    """A neuron as a black box (notebook 01): call it with a list of inputs, get its output.

    Its weights and bias stay hidden, messages included: it shows as "a neuron with 3 inputs".
    """

    def __init__(self, weights, bias):
        self._weights = [float(w) for w in weights]
        self._bias = float(bias)

    def __call__(self, inputs):
        if len(inputs) != len(self._weights):
            raise ValueError(_("this neuron has {count} inputs, but it was given {given}").format(
                count=len(self._weights), given=len(inputs)))
        return sum(float(x) * w for x, w in zip(inputs, self._weights)) + self._bias

    def __repr__(self):
        count = len(self._weights)
        return (_("a neuron with {count} inputs") if count != 1 else _("a neuron with 1 input")).format(count=count)


def passed(message):
    """What a test cell prints when all its checks passed: "Passed: <message>", in the notebook's language."""
    print(_("Passed: {message}").format(message=text(message)))
