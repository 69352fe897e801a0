"""requirements.txt (what `make env` installs) and environment.yml carry the same exact pins."""
import re
from pathlib import Path

import yaml
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parent.parent
CORE = {"numpy", "nnfs", "matplotlib", "jupyterlab", "nbgrader", "nbval", "pytest", "ipykernel"}


def requirements():
    reqs = []
    for line in (REPO / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            reqs.append(Requirement(line))
    return reqs


def conda_python():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    return python.split("=", 1)[1]


def pins_for(python_version):
    """{name: version} of the requirements that apply to `python_version`."""
    pins = {}
    for req in requirements():
        if req.marker is None or req.marker.evaluate({"python_version": python_version}):
            pins[req.name.lower()] = str(req.specifier)
    return pins


def test_every_requirement_is_an_exact_pin():
    for req in requirements():
        assert re.fullmatch(r"==[\w.]+", str(req.specifier)), f"{req} is not pinned with =="
    assert CORE <= {r.name.lower() for r in requirements()}


def test_every_python_from_3_10_gets_one_pin_per_package():
    for python in ("3.10", "3.11", "3.12", "3.13", "3.14"):
        names = [r.name.lower() for r in requirements()
                 if r.marker is None or r.marker.evaluate({"python_version": python})]
        assert len(names) == len(set(names)), f"two pins of one package for Python {python}"
        assert CORE <= set(names), f"a core package has no pin for Python {python}"


def test_environment_yml_carries_the_same_pins():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    conda_pins = {}
    for line in pip:
        if line.startswith("-e"):
            continue
        req = Requirement(line)
        conda_pins[req.name.lower()] = str(req.specifier)
    assert conda_pins == pins_for(conda_python())
    assert "-e ." in pip, "environment.yml must install the course package (autograder) too"
