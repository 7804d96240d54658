"""Keep the comparison table of ``docs/comparison.md`` and ``README.md`` in step.

The table lives in ``docs/comparison.md`` between the markers
``<!-- comparison-table:start -->`` and ``<!-- comparison-table:end -->``; its row
"Speed, one image per call" is computed from ``docs/benchmarks/results.json``.
``python docs/scripts/comparison_table.py`` rewrites that row and copies the table
into ``README.md`` (between the same markers). ``tests/test_docs_comparison.py``
fails if the two differ, if the speed row does not match the JSON, or if the table
names a test that does not exist.
"""

from __future__ import annotations

import os
import re
import sys

SCRIPTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(SCRIPTS_DIR))
COMPARISON_PATH = os.path.join(REPO_ROOT, "docs", "comparison.md")
README_PATH = os.path.join(REPO_ROOT, "README.md")
BENCHMARK_JSON = os.path.join(REPO_ROOT, "docs", "benchmarks", "results.json")
START = "<!-- comparison-table:start -->"
END = "<!-- comparison-table:end -->"
SPEED_ROW_LABEL = "| Speed, one image per call |"
#: ``tests/...py`` or ``tests/...py::test_name`` inside backticks
TEST_REFERENCE = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")
if SCRIPTS_DIR not in sys.path:
    sys.path.insert(0, SCRIPTS_DIR)


def table(text: str) -> str:
    """Return the text between the markers (without them)."""
    start, end = text.index(START) + len(START), text.index(END)
    return text[start:end].strip("\n")


def replace_table(text: str, new_table: str) -> str:
    """Return ``text`` with the part between the markers replaced."""
    start, end = text.index(START) + len(START), text.index(END)
    return text[:start] + "\n" + new_table + "\n" + text[end:]


def speed_row(json_path: str = BENCHMARK_JSON) -> str:
    """The table row with the geometric-mean speed ratios of the benchmark JSON."""
    import plot_benchmarks

    _, rows = plot_benchmarks.load(json_path)
    cells = {}
    for other in ("imgaug", "albx"):
        pairs = plot_benchmarks.ratios(rows, other)
        mean = plot_benchmarks.geometric_mean(value for _, value in pairs)
        cells[other] = (mean, len(pairs))
    ours = (
        f"{cells['imgaug'][0]:.2f}× imgaug 0.4.0 over {cells['imgaug'][1]} "
        f"transforms, {cells['albx'][0]:.2f}× AlbumentationsX over "
        f"{cells['albx'][1]} (geometric means of images/s, "
        f"`docs/benchmarks/results.json`, `benchmarks/run.py`)"
    )
    return (
        f"{SPEED_ROW_LABEL} {ours} | benchmarked (reference) | benchmarked in the "
        f"same run | not benchmarked | not benchmarked |"
    )


def with_speed_row(table_text: str, row: str) -> str:
    """Replace the speed row of ``table_text`` by ``row``."""
    lines = table_text.split("\n")
    index = [i for i, line in enumerate(lines) if line.startswith(SPEED_ROW_LABEL)]
    if len(index) != 1:
        raise ValueError(f"expected one row starting with {SPEED_ROW_LABEL!r}")
    lines[index[0]] = row
    return "\n".join(lines)


def named_tests(table_text: str) -> list[tuple[str, str | None]]:
    """``(path, test name or None)`` of every test the table names."""
    return [(m.group(1), m.group(2)) for m in TEST_REFERENCE.finditer(table_text)]


def missing_references(table_text: str, repo_root: str = REPO_ROOT) -> list[str]:
    """Named tests (files or functions) that do not exist."""
    missing = []
    for path, name in named_tests(table_text):
        full = os.path.join(repo_root, path)
        if not os.path.isfile(full):
            missing.append(path)
            continue
        if name is not None:
            with open(full, encoding="utf-8") as handle:
                source = handle.read()
            if not re.search(rf"^\s*def {re.escape(name)}\(", source, re.M):
                missing.append(f"{path}::{name}")
    return missing


def sync(comparison_path=COMPARISON_PATH, readme_path=README_PATH):
    """Update the speed row and copy the table into the README."""
    with open(comparison_path, encoding="utf-8") as handle:
        comparison = handle.read()
    new_table = with_speed_row(table(comparison), speed_row())
    with open(comparison_path, "w", encoding="utf-8") as handle:
        handle.write(replace_table(comparison, new_table))
    with open(readme_path, encoding="utf-8") as handle:
        readme = handle.read()
    with open(readme_path, "w", encoding="utf-8") as handle:
        handle.write(replace_table(readme, new_table))


if __name__ == "__main__":
    sync()
    print("updated docs/comparison.md (speed row) and README.md (table)")
