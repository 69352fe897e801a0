"""The checks that test cells use: each passes right answers and fails wrong ones with a
message that says what was expected and what was got."""
import warnings

import numpy as np
import pytest

from autograder.checks import (CheckFailed, call, check_array, check_attribute, check_number,
                               check_raises, check_real, check_shape, check_tuple, check_unchanged,
                               check_finite, check_probabilities, run_forward)


def fails(match, func, *args, **kwargs):
    with pytest.raises(CheckFailed, match=match) as info:
        func(*args, **kwargs)
    return str(info.value)


def stub(*args):
    raise NotImplementedError("stub is not written yet: replace this line with your code.")


def test_check_failed_is_an_assertion_error_with_a_message():
    assert issubclass(CheckFailed, AssertionError)
    message = fails("should be 2.3", check_number, 2.0, 2.3, "f(x)")
    assert "2.0" in message and "off by 0.3" in message


@pytest.mark.parametrize("value", [2.3, np.float64(2.3), np.float32(2.3), 2.3 + 1e-9, np.array(2.3)])
def test_check_number_accepts_every_float_type(value):
    check_number(value, 2.3, "f(x)")


@pytest.mark.parametrize("value, match", [
    (None, "returned None. Did you forget the `return`"),
    ([2.3], "should be a single number, but it is a list"),
    ("2.3", "should be a single number, but it is a str"),
    (True, "should be a single number, but it is a bool"),
    (np.array([2.3]), "should be a single number, but it is a numpy array"),
    (float("nan"), "should be 2.3, but it is nan"),
    (2.31, "should be 2.3, but it is 2.31"),
])
def test_check_number_rejects(value, match):
    fails(match, check_number, value, 2.3, "f(x)")


def test_check_real_only_checks_the_type():
    assert check_real(7, "f(x)") == 7
    fails("returned None", check_real, None, "f(x)")


def test_check_array_accepts_float32_float64_and_rounding():
    expected = [[4.8, 1.21, 2.385], [8.9, -1.81, 0.2]]
    check_array(np.array(expected, dtype=np.float32), expected, "out")
    check_array(np.array(expected) + 1e-7, expected, "out")
    check_array([4.8, 1.21, 2.385], [4.8, 1.21, 2.385], "out", kind=list)


@pytest.mark.parametrize("got, kind, match", [
    (None, np.ndarray, "returned None"),
    ([4.8, 1.21, 2.385], np.ndarray, "should be a numpy array, but it is a list"),
    (np.array([4.8, 1.21, 2.385]), list, "should be a list, but it is a numpy array"),
    (np.array([[4.8, 1.21, 2.385]]), np.ndarray, r"should have shape \(3,\), but it has shape \(1, 3\)"),
    (np.array([4.8, 1.21]), np.ndarray, r"should have shape \(3,\), but it has shape \(2,\)"),
    (np.array([4.8, 1.0, 2.385]), np.ndarray, "1 of 3 values are wrong. First at index 1: expected 1.21, got 1"),
    (np.array([np.nan, 1.21, 2.385]), np.ndarray, "First at index 0: expected 4.8, got nan"),
    (np.array(["a", "b", "c"]), np.ndarray, "should hold numbers"),
    ([[1, 2], [3]], list, "rows have different lengths"),
])
def test_check_array_rejects(got, kind, match):
    fails(match, check_array, got, [4.8, 1.21, 2.385], "out", kind=kind)


def test_check_array_says_when_values_are_nan_or_inf():
    fails("2 value.s. are nan or inf", check_array, np.array([np.nan, np.inf, 1.0]), [1.0, 1.0, 1.0], "out")


def test_check_shape_ignores_values():
    assert check_shape(np.full((2, 3), np.nan), (2, 3), "out").shape == (2, 3)
    fails(r"should have shape \(2, 3\), but it has shape \(3, 2\)", check_shape, np.zeros((3, 2)), (2, 3), "out")
    fails("should be a numpy array, but it is a list", check_shape, [[0.0] * 3] * 2, (2, 3), "out")


def test_check_array_reports_the_largest_error_against_the_tolerance():
    message = fails("Largest difference 0.5", check_array, np.zeros((2, 2)) + [[0, 0], [0, 0.5]],
                    np.zeros((2, 2)), "out")
    assert "index (1, 1)" in message and "should be below about 1e-06" in message


def test_call_returns_and_silences_warnings(capsys):
    import sys

    def noisy(x):
        print("debug print", file=sys.stderr)
        warnings.warn("debug", UserWarning)
        return np.exp(np.float32(1000)) * 0 + x   # overflow warning from numpy too
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # any warning that escaped would raise here
        assert call(noisy, 3) != 0
    captured = capsys.readouterr()
    assert captured.err == "" and "debug print" in captured.out


def test_call_explains_a_stub_and_a_crash():
    fails("stub is not written yet: in its cell, replace the line", call, stub, 1)
    def f(x):
        return x[5]
    message = fails(r"f\(\[1, 2\]\) raised IndexError", call, f, [1, 2])
    assert "list index out of range" in message


def test_the_traceback_shows_the_message_and_the_students_line():
    def student(x):
        return x[5]
    with pytest.raises(CheckFailed) as info:
        call(student, [1, 2])
    shown = "\n".join(info.value._render_traceback_())
    assert shown.startswith("CheckFailed: ")
    assert "return x[5]" in shown and "IndexError: list index out of range" in shown
    assert "autograder/checks.py" not in shown


def test_check_raises():
    def strict(a, b):
        if len(a) != len(b):
            raise ValueError("lengths differ")
        return 0.0
    assert str(check_raises(ValueError, strict, [1], [1, 2])) == "lengths differ"
    fails("should raise ValueError, but it returned 0.0", check_raises, ValueError, strict, [1], [1])
    fails("but with no message", check_raises, ValueError, lambda: (_ for _ in ()).throw(ValueError()))
    fails("should raise ValueError, but it raised KeyError", check_raises, ValueError,
          lambda: {}["x"])
    fails("is not written yet", check_raises, ValueError, stub)


def test_check_attribute_and_unchanged():
    class Layer:
        pass
    layer = Layer()
    fails("has no attribute `output`. Set self.output", check_attribute, layer, "output",
          "the layer", "Set self.output in forward().")
    layer.output = 1
    assert check_attribute(layer, "output", "the layer") == 1
    data = np.array([-1.0, 2.0])
    check_unchanged(data.copy(), data, "forward()")
    before = data.copy()
    data[0] = 0
    fails("changed the array it was given", check_unchanged, before, data, "forward()")


def test_check_tuple_counts_the_values_returned():
    pair = (np.zeros(2), 1.0)
    assert check_tuple(pair, 2, "f()") == pair
    assert check_tuple([1, 2, 3], 3, "f()") == (1, 2, 3)
    fails("f\\(\\) returned None", check_tuple, None, 2, "f()")
    fails("f\\(\\) should return a tuple of 3 values .* but it returned a numpy array",
          check_tuple, np.zeros(3), 3, "f()")
    fails("should return a tuple of 3 values, but it returned 2", check_tuple, pair, 3, "f()")


def test_check_raises_can_require_words_in_the_message():
    def shaped(a):
        raise ValueError("inputs (2, 4) do not fit weights (3, 5)")
    check_raises(ValueError, shaped, 1, contains=["(2,4)", "(3, 5)"])
    fails("does not mention .7, 7.", check_raises, ValueError, shaped, 1, contains=["(7, 7)"])


def test_run_forward_and_probability_checks():
    class Softmax:
        def forward(self, x):
            e = np.exp(np.asarray(x) - np.max(x, axis=1, keepdims=True))
            self.output = e / e.sum(axis=1, keepdims=True)

    class Forgetful:
        def forward(self, x):
            return x

    out = run_forward(Softmax(), [[1.0, 2.0], [3.0, 3.0]])
    check_probabilities(out, "softmax.output")
    fails("has no attribute `output`. forward.. should store", run_forward, Forgetful(), [[1.0]])
    fails("contains 1 nan or inf value.s., the first at index .0, 1.", check_finite, [[0.5, np.nan]], "p")
    fails("should hold probabilities between 0 and 1", check_probabilities, [[1.5, -0.5]], "p")
    fails("row 1 sums to 2", check_probabilities, [[0.5, 0.5], [1.0, 1.0]], "p")


def test_check_gradient_accepts_float32_and_names_the_gradient_when_wrong():
    from autograder.checks import check_gradient
    expected = np.array([[0.5, -1.25], [2.0, 1e-3]])
    check_gradient(expected.astype(np.float32), expected, "dweights")
    message = fails("dweights: 1 of 4 values are wrong. First at index \\(1, 0\\): expected 2, got 1",
                    check_gradient, np.array([[0.5, -1.25], [1.0, 1e-3]]), expected, "dweights")
    assert "Relative error 3.3e-01" in message and "expected:" in message
    fails(r"dbiases should have shape \(1, 2\), but it has shape \(2,\)",
          check_gradient, np.zeros(2), np.zeros((1, 2)), "dbiases")
    fails("nan or inf", check_gradient, np.array([np.nan, 1.0]), np.array([1.0, 1.0]), "dinputs")


def test_numerical_gradient_matches_the_derivative_and_restores_x():
    from autograder.checks import numerical_gradient, relative_error
    x = np.array([[0.3, -1.2], [2.0, 0.7]])
    before = x.copy()
    grad = numerical_gradient(lambda a: np.sum(np.log1p(a ** 2)), x)
    assert relative_error(grad, 2 * before / (1 + before ** 2)) < 1e-8
    assert np.array_equal(x, before)
    assert relative_error(np.ones(3), np.ones(3)) == 0.0


def test_check_gradient_says_when_a_wrong_gradient_is_the_right_one_scaled_transposed_or_reshaped():
    from autograder.checks import check_gradient
    expected = np.array([[0.5, -1.25, 3.0], [2.0, 1e-3, -0.75]])
    message = fails("Every value is 4 times the right one", check_gradient, 4 * expected, expected, "dinputs")
    assert "Relative error" in message
    fails("Every value is 0.5 times the right one", check_gradient, expected / 2, expected, "dinputs")
    fails("sign flipped", check_gradient, -expected, expected, "dinputs")
    fails(r"dweights should have shape \(2, 3\), but it has shape \(3, 2\): it is the right gradient transposed",
          check_gradient, expected.T.copy(), expected, "dweights")
    square = np.array([[1.0, 2.0], [-3.0, 0.5]])
    fails("dweights: 2 of 4 values are wrong.*It is the right gradient transposed",
          check_gradient, square.T.copy(), square, "dweights")
    fails(r"dbiases should have shape \(1, 3\), but it has shape \(3,\): its values are right, but it lost",
          check_gradient, np.array([1.0, 2.0, 3.0]), np.array([[1.0, 2.0, 3.0]]), "dbiases")
    # Plain wrong answers get no hint; a right answer passes.
    wrong = expected.copy()
    wrong[1, 2] *= 2
    message = fails("dinputs: 1 of 6 values are wrong", check_gradient, wrong, expected, "dinputs")
    assert "times the right one" not in message and "transposed" not in message
    fails(r"should have shape \(1, 3\), but it has shape \(3,\)\.$", check_gradient, np.zeros(3), np.ones((1, 3)), "dbiases")
    fails(r"should have shape \(2, 3\), but it has shape \(3, 2\)\.$", check_gradient, np.zeros((3, 2)), expected, "dweights")
    check_gradient(expected.astype(np.float32), expected, "dweights")
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # huge values: a message, no overflow warning
        fails("dinputs: 4 of 4 values are wrong", check_gradient, np.full((2, 2), 1e308), np.ones((2, 2)), "dinputs")


def test_call_refuses_the_course_s_own_functions():
    from autograder.checks import numerical_gradient
    fails("numerical_gradient is the course's own", call, numerical_gradient, lambda x: 0.0, np.zeros(2))


def test_check_class_indices_accepts_argmax_of_any_integer_type():
    from autograder.checks import check_class_indices
    scores = np.array([[0.1, 0.9, 0.0], [0.8, 0.1, 0.1], [0.2, 0.3, 0.5]])
    for got in [np.argmax(scores, axis=1), np.argmax(scores, axis=1).astype(np.uint8),
                np.argmax(scores, axis=1).astype(np.int32)]:
        values = check_class_indices(got, 3, 3, "predict(X)")
        assert values.dtype == np.int64 and values.tolist() == [1, 0, 2]


@pytest.mark.parametrize("got, match", [
    (None, "returned None"),
    (np.array([[0.1, 0.9, 0.0], [0.8, 0.1, 0.1]]), r"shape \(2, 3\): one row of 3 scores per sample. Take np.argmax"),
    (np.array([1, 0, 2]), r"should have shape \(2,\), but it has shape \(3,\)"),
    ([1, 0], "should be a numpy array, but it is a list"),
    (np.array([1.0, 0.0]), "should hold integer class indices .* but it holds float64"),
    (np.array([True, False]), "should hold numbers"),
    (np.array([1, 3]), r"from 0 to 2, but 1 are outside; the first, at index 1, is 3"),
    (np.array([-1, 0]), "the first, at index 0, is -1"),
])
def test_check_class_indices_rejects(got, match):
    from autograder.checks import check_class_indices
    fails(match, check_class_indices, got, 2, 3, "predict(X)")


def test_check_accuracy_passes_at_and_above_the_minimum():
    from autograder.checks import check_accuracy
    labels = np.arange(10) % 3
    assert check_accuracy(labels, labels, 1.0, "the model") == 1.0
    nine_right = labels.copy()
    nine_right[0] = 2
    assert check_accuracy(nine_right, labels, 0.9, "the model") == 0.9


def test_check_accuracy_says_how_often_it_is_right_and_where_it_is_worst():
    from autograder.checks import check_accuracy
    labels = np.array([0, 0, 1, 1, 2, 2, 2, 2, 1, 0])
    predicted = np.array([0, 0, 2, 2, 2, 2, 2, 2, 1, 0])
    message = fails(r"the model on 10 images is right on 80.0 % \(8 of 10\), but it should be right on at "
                    r"least 90 %. It does worst on class 1: 1 of 3 right. It gives class 2 to 60 % of the "
                    r"samples. Scale the pixels.", check_accuracy, predicted, labels, 0.9,
                    "the model on 10 images", hint="Scale the pixels.")
    assert message.endswith("Scale the pixels.")
    balanced = fails("right on 50.0 %", check_accuracy, np.array([0, 1, 1, 0]), np.array([0, 1, 0, 1]), 0.6, "m")
    assert "It gives class" not in balanced


def test_answer_reads_the_notebooks_variable_or_says_it_is_not_written():
    from autograder.checks import answer
    namespace = {"answer": answer, "n_parameters": 250}
    exec("got = answer('n_parameters')", namespace)   # as a test cell runs, in the notebook's globals
    assert namespace["got"] == 250
    with pytest.raises(CheckFailed, match="untrained_choice is not written yet: in its cell, replace the line"):
        exec("answer('untrained_choice')", namespace)


def test_check_keys():
    from autograder.checks import check_keys
    assert check_keys({"b": 1, "a": 2}, ["a", "b"], "net") == {"b": 1, "a": 2}
    fails("net should be a dict, but it is a list", check_keys, [1, 2], ["a"], "net")
    fails("it has no key 'b' and it has unexpected key 'c'", check_keys, {"a": 1, "c": 2}, ["a", "b"], "net")
    fails("returned None", check_keys, None, ["a"], "net")


def test_check_choice_checks_the_form_and_with_right_the_answer():
    from autograder.checks import check_choice
    assert check_choice(" b", "ABCD", "choice") == "B"
    assert check_choice("C", "ABCD", "choice", right="C") == "C"
    fails("choice should be one of 'A', 'B', 'C', 'D', but it is 'E'", check_choice, "E", "ABCD", "choice")
    fails("but it is 2", check_choice, 2, "ABCD", "choice")
    fails("choice is 'A': that is not the right choice", check_choice, "a", "ABCD", "choice", right="C")


def test_check_prediction():
    from autograder.checks import check_prediction
    assert check_prediction((5, 3), None, "p") == (5, 3)
    assert check_prediction([5, np.int64(3)], (5, 3), "p") == (5, 3)
    assert check_prediction(" Error", "error", "p") == "error"
    fails(r"p should be \(5, 3\), but your prediction is \(3, 5\)", check_prediction, (3, 5), (5, 3), "p")
    fails(r"p should be 'error', but your prediction is \(3, 5\)", check_prediction, (3, 5), "error", "p")
    fails("should be a shape, a tuple of whole numbers", check_prediction, "(5, 3)", None, "p")
    fails("should be a shape", check_prediction, (5.0, 3), None, "p")
    fails("should be a shape", check_prediction, None, None, "p")


def test_hidden_neuron():
    from autograder.checks import HiddenNeuron, describe_call
    neuron = HiddenNeuron([0.2, 0.8, -0.5], 2)
    assert neuron([1, 2, 3]) == pytest.approx(2.3) and neuron((0, 0, 0)) == 2.0
    with pytest.raises(ValueError, match="this neuron has 3 inputs, but it was given 2"):
        neuron([1, 2])
    assert describe_call(len, (neuron, 3)) == "len(a neuron with 3 inputs, 3)"
    assert repr(HiddenNeuron([1.8], 32)) == "a neuron with 1 input"
