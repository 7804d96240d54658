"""Keeps benchmarks/ from rotting: the quick mode's core runs in-process.

Not a timed test: it checks the structure of the results, not the speed.  It needs
no other environment (imgaug 0.4.0 / albumentationsx are not imported).
"""

import importlib.util
import inspect
import re
import sys
from pathlib import Path

import numpy as np
import pytest

import imgaug.augmenters as iaa

BENCH_DIR = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name, path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def run_mod():
    return _load("_imgaug_bench_run", BENCH_DIR / "run.py")


@pytest.fixture
def tiny_images():
    rng = np.random.default_rng(0)
    return [rng.integers(0, 256, size=(8, 10, 3), dtype=np.uint8) for _ in range(2)]


def test_quick_core_one_transform_one_run(run_mod, tiny_images):
    originals = [img.copy() for img in tiny_images]
    worker = run_mod.InProcessWorker("ours", tiny_images)
    results = run_mod.bench_transforms(
        {"ours": worker}, ["HorizontalFlip"], runs=1, max_seconds=0.2
    )

    assert list(results) == ["HorizontalFlip"]
    entry = results["HorizontalFlip"]["ours"]
    assert entry["status"] in ("ok", "missing")
    if entry["status"] == "ok":
        assert len(entry["runs"]) == 1
        assert entry["n"] == 1
        assert entry["median"] == entry["runs"][0] > 0
        assert entry["sd"] == 0.0
    else:  # the augmenter does not exist yet: shown as "—"
        assert entry["runs"] == []
        assert entry["median"] is None
        assert entry["error"]

    table = run_mod.format_table(results)
    row = next(line for line in table.splitlines() if "HorizontalFlip" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert len(cells) == 6
    assert cells[0] == "HorizontalFlip"
    assert cells[2] == cells[3] == run_mod.DASH  # no imgaug / albx column data
    assert "geometric mean" in table
    # the worker must not touch the caller's images
    for img, orig in zip(tiny_images, originals):
        np.testing.assert_array_equal(img, orig)


def test_unknown_library_and_missing_transform(run_mod, tiny_images):
    with pytest.raises(ValueError, match="lib"):
        run_mod.worker_mod.Bench("nope", tiny_images)
    worker = run_mod.InProcessWorker("ours", tiny_images)
    res = worker.request({"cmd": "run", "name": "NoSuchTransform"})
    assert res["status"] == "error"
    assert "NoSuchTransform" in res["error"]


def test_transform_table_is_complete(run_mod):
    table = run_mod.transforms.TRANSFORMS
    assert set(run_mod.transforms.QUICK) <= set(table)
    assert set(run_mod.transforms.BATCH) <= set(table)
    for name, spec in table.items():
        assert spec.name == name
        assert callable(spec.factory("ours"))
        # the mixing transforms (donors) are new: no imgaug 0.4.0 counterpart
        assert callable(spec.factory("imgaug")) or spec.donors is not None
        assert spec.factory("albx") is None or callable(spec.factory("albx"))
        if spec.donors is not None:
            assert spec.nb_donors >= 1 and spec.metadata_key


def test_mixing_transform_gets_donors(run_mod, tiny_images):
    images = tiny_images + [img[::-1].copy() for img in tiny_images]
    worker = run_mod.InProcessWorker("ours", images)
    for name in ("MixUp", "CopyAndPaste"):
        res = worker.request({"cmd": "run", "name": name, "max_seconds": 0.1})
        assert res["status"] == "ok", res
        assert res["ips"] > 0
    spec = run_mod.transforms.TRANSFORMS["Mosaic"]
    donors = spec.donors(images[:3])
    assert [sorted(d) for d in donors] == [["image"]] * 3
    (obj,) = run_mod.transforms.TRANSFORMS["CopyAndPaste"].donors(images[:1])
    assert obj["mask"].shape == images[0].shape[0:2] and obj["mask"].any()


def test_import_time_probe_loads_no_heavy_module(run_mod):
    # the probe runs a fresh interpreter on this checkout; importing the augmenters
    # must leave scipy, scikit-image, matplotlib, Pillow, imageio lazy
    results = run_mod.bench_import({"ours": Path(sys.executable)}, runs=1)
    entry = results["ours"]
    assert entry["status"] == "ok", entry
    assert entry["n"] == 1 and entry["median"] > 0
    assert entry["loaded"] == []
    table = run_mod.format_import_table(results)
    assert "`import imgaug.augmenters`" in table and "none" in table


def test_format_ratios_and_geomean(run_mod):
    ok = {"status": "ok", "runs": [200.0, 100.0], "median": 150.0, "sd": 70.7, "n": 2}
    ref = {"status": "ok", "runs": [75.0], "median": 75.0, "sd": 0.0, "n": 1}
    missing = {"status": "missing", "runs": [], "median": None, "sd": None, "n": 0}
    results = {"Affine": {"ours": ok, "imgaug": ref, "albx": missing}}
    table = run_mod.format_table(results)
    row = next(line for line in table.splitlines() if line.startswith("| Affine"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells == ["Affine", "150 ± 71", "75.0 ± 0.0", "—", "2.00×", "—"]
    assert run_mod.geomean([2.0, 8.0, None]) == pytest.approx(4.0)
    assert run_mod.geomean([None]) is None


@pytest.fixture(scope="module")
def compat_mod():
    return _load("_imgaug_compat040", BENCH_DIR / "compat040.py")


def test_compat_cases_run_on_ours(compat_mod):
    """Every compatibility case whose augmenter exists here runs and gives arrays."""
    import warnings

    lib = compat_mod.Lib()
    assert len(compat_mod.CASES) > 50
    for name, case in compat_mod.CASES.items():
        if case.expr is not None:
            compile(case.expr, name, "eval")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            outputs = compat_mod.run_case(lib, case)
        assert "image" in outputs or any(k.startswith("image") for k in outputs), name
        for key, value in outputs.items():
            assert isinstance(np.asarray(value), np.ndarray), (name, key)


def _public_augmenter_keys():
    """``Name`` for star-imported augmenters, ``<module>.Name`` for sub-modules."""
    keys = set()
    for module in (iaa, iaa.pillike, iaa.imgcorruptlike):
        prefix = "" if module is iaa else module.__name__.rsplit(".", 1)[1] + "."
        for name in getattr(module, "__all__", dir(module)):
            obj = getattr(module, name)
            if (
                isinstance(obj, type)
                and issubclass(obj, iaa.Augmenter)
                and obj is not iaa.Augmenter
                and obj.__name__ == name
            ):
                keys.add(prefix + name)
    return keys


def test_every_augmenter_has_a_compat_case_or_a_reason(compat_mod):
    texts = [
        case.expr
        if case.expr is not None
        # generated function cases carry their expression as the function name
        else case.func.__name__ + "\n" + inspect.getsource(case.func)
        for case in compat_mod.CASES.values()
    ]
    text = "\n".join(texts)

    def has_case(key):
        if "." in key:
            return re.search(rf"\b{re.escape(key)}\b", text) is not None
        pattern = rf"(?<!pillike\.)(?<!imgcorruptlike\.)\b{key}\b"
        return re.search(pattern, text) is not None

    keys = _public_augmenter_keys()
    missing = sorted(
        k for k in keys if not has_case(k) and k not in compat_mod.WITHOUT_CASE
    )
    assert missing == [], f"no compat040 case and no WITHOUT_CASE reason: {missing}"
    stale = sorted(k for k in compat_mod.WITHOUT_CASE if k not in keys or has_case(k))
    assert stale == [], (
        f"WITHOUT_CASE entries that have a case or no augmenter: {stale}"
    )


def test_compat_compare_flags_differences(compat_mod):
    case = compat_mod.Case(name="X", family="f", expr="iaa.Identity()")
    same = {"meta": {}, "arrays": {"image": np.zeros((2, 2)), "xy:k": np.zeros((1, 2))}}
    other = {
        "meta": {},
        "arrays": {"image": np.full((2, 2), 5.0), "xy:k": np.ones((1, 2))},
    }
    assert compat_mod.compare_case(case, same, same)["status"] == "ok"
    row = compat_mod.compare_case(case, same, other)
    assert row["status"] == "DIFF" and row["mad"] == 5.0 and row["xy"] == 1.0
    errored = {"meta": {"error": "boom"}, "arrays": {}}
    assert compat_mod.compare_case(case, same, errored)["status"] == "err(ours)"
    assert compat_mod.select("flip") == [
        n for n, c in compat_mod.CASES.items() if c.family == "flip"
    ]
