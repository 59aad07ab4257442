"""Every docstring example in utils/ runs and gives what it shows."""
import doctest
import importlib
import pkgutil

import pytest

import utils

MODULES = sorted(m.name.removeprefix("utils.") for m in pkgutil.walk_packages(utils.__path__, "utils.")
                 if not m.name.endswith("__main__"))


def test_every_module_is_listed():
    assert {"quotes", "quote_marks", "speakers", "sources", "language", "exercises.nb02"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"utils.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in utils/{name}.py"
