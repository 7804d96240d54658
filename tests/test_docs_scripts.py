"""Helpers of the documentation build that run without Sphinx."""

import importlib.util
import json
import os
import sys

import pytest

_REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SCRIPTS = os.path.join(_REPO, "docs", "scripts")


def _load(name):
    if _SCRIPTS not in sys.path:
        sys.path.insert(0, _SCRIPTS)
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(_SCRIPTS, name + ".py")
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


CHANGELOG = """# Changelog

## 1.0 (unreleased)

Intro line.

### Engine
- a change

### Augmenter families
Per family.

#### arithmetic

#### blur
- blur change

#### color

## 0.9

### Old
- old
"""


def test_changelog_keeps_sections_with_text_and_drops_empty_ones(tmp_path):
    changelog = _load("changelog")
    path = tmp_path / "CHANGELOG.md"
    path.write_text(CHANGELOG)
    text = changelog.changelog_markdown(str(path))
    assert text.startswith("Intro line.")
    assert "### Engine\n\n- a change" in text
    assert "#### blur\n\n- blur change" in text
    assert "arithmetic" not in text and "color" not in text
    assert "Old" not in text and "0.9" not in text  # only the newest release


def test_changelog_of_the_repository_has_its_sections():
    changelog = _load("changelog")
    text = changelog.changelog_markdown()
    assert "### Fixed upstream quirks" in text
    assert "#### imgcorruptlike" in text


def _bench_json(path):
    entry = {"status": "ok", "median": 0, "sd": 0, "n": 1, "runs": []}
    doc = {
        "args": {"size": "384x512", "n_images": 100, "runs": 5},
        "info": {"ours": {"version": "x", "python": "3", "numpy": "2", "cv2": "5"}},
        "transforms": {
            "A": {
                "ours": {**entry, "median": 200},
                "imgaug": {**entry, "median": 100},
                "albx": {**entry, "median": 400},
            },
            "B": {
                "ours": {**entry, "median": 50},
                "imgaug": {**entry, "median": 100},
                "albx": {"status": "missing", "median": None},
            },
            "C": {
                "ours": {"status": "missing", "median": None},
                "imgaug": {**entry, "median": 10},
                "albx": {**entry, "median": 10},
            },
        },
    }
    path.write_text(json.dumps(doc))


def test_benchmark_ratios_and_summary(tmp_path):
    pytest.importorskip("matplotlib")
    plots = _load("plot_benchmarks")
    path = tmp_path / "results.json"
    _bench_json(path)
    doc, rows = plots.load(str(path))
    assert plots.ratios(rows, "imgaug") == [("A", 2.0), ("B", 0.5)]
    assert plots.ratios(rows, "albx") == [("A", 0.5)]
    assert plots.geometric_mean([2.0, 0.5]) == pytest.approx(1.0)
    summary = plots.summary_markdown(doc, rows)
    assert "| ours ÷ imgaug 0.4.0 | 2 | 1.00× | 1 | 1 |" in summary
    assert "| ours ÷ AlbumentationsX | 1 | 0.50× | 0 | 1 |" in summary
    assert "(1): C." in summary
    plots.plot(str(path), str(tmp_path / "out"))
    for name in ("ratio_imgaug.svg", "ratio_albx.svg", "throughput.svg", "summary.md"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert "<svg" in (tmp_path / "out" / "ratio_imgaug.svg").read_text()
