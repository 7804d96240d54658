"""The comparison table: README and docs agree, named tests exist, speed is current."""

import importlib.util
import os
import sys

import pytest

_REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SCRIPTS = os.path.join(_REPO, "docs", "scripts")


@pytest.fixture(scope="module")
def comparison():
    if _SCRIPTS not in sys.path:
        sys.path.insert(0, _SCRIPTS)
    path = os.path.join(_SCRIPTS, "comparison_table.py")
    spec = importlib.util.spec_from_file_location("comparison_table", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def test_readme_and_docs_show_the_same_table(comparison):
    docs_table = comparison.table(_read(comparison.COMPARISON_PATH))
    readme_table = comparison.table(_read(comparison.README_PATH))
    assert readme_table == docs_table, (
        "README.md and docs/comparison.md differ: "
        "run python docs/scripts/comparison_table.py"
    )


def test_speed_row_matches_the_committed_benchmark(comparison):
    docs_table = comparison.table(_read(comparison.COMPARISON_PATH))
    expected = comparison.with_speed_row(docs_table, comparison.speed_row())
    assert docs_table == expected, "run python docs/scripts/comparison_table.py"


def test_every_named_test_exists(comparison):
    docs_table = comparison.table(_read(comparison.COMPARISON_PATH))
    named = comparison.named_tests(docs_table)
    assert len(named) >= 8
    assert comparison.missing_references(docs_table) == []


def test_missing_test_names_are_found(comparison):
    text = (
        "| a | `tests/test_docs_comparison.py::test_every_named_test_exists` |"
        " `tests/test_docs_comparison.py::no_such_test` | `tests/nothing_here.py` |"
    )
    assert comparison.missing_references(text) == [
        "tests/test_docs_comparison.py::no_such_test",
        "tests/nothing_here.py",
    ]


def test_every_row_has_a_cell_per_library(comparison):
    docs_table = comparison.table(_read(comparison.COMPARISON_PATH))
    rows = [line for line in docs_table.split("\n") if line.startswith("|")]
    header_cells = rows[0].count("|")
    assert header_cells == 7  # feature + 5 libraries
    for row in rows:
        assert row.count("|") == header_cells, row


def test_table_markers_are_replaced(comparison):
    text = f"a\n{comparison.START}\nold\n{comparison.END}\nb"
    assert comparison.table(comparison.replace_table(text, "new")) == "new"
