"""Draw the performance plots of the documentation from a benchmark JSON file.

The JSON is what ``python benchmarks/run.py --json results.json`` writes; the one
the documentation shows is committed as ``docs/benchmarks/results.json``. Output
(SVG, plus a Markdown summary that ``docs/performance.md`` includes)::

    python docs/scripts/plot_benchmarks.py docs/benchmarks/results.json out_dir/

* ``ratio_imgaug.svg`` -- ours ÷ imgaug 0.4.0 (images per second), per transform,
  with whiskers of one standard deviation of the runs (propagated to the ratio);
* ``ratio_albx.svg`` -- ours ÷ AlbumentationsX, per transform ("~" marks rows whose
  AlbumentationsX parameters only approximate imgaug's, see
  ``benchmarks/transforms.py``);
* ``throughput.svg`` -- images per second of all three libraries;
* ``summary.md`` -- environments, geometric means and counts.

The Sphinx build runs :func:`plot` (``docs/_ext/imgaug_docs.py``), so the plots are
never older than the JSON.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LABELS = {"ours": "ours", "imgaug": "imgaug 0.4.0", "albx": "AlbumentationsX"}
COLORS = {"ours": "#2a7ab0", "imgaug": "#9a9a9a", "albx": "#e08a2c"}
FASTER, SLOWER = "#3b9a57", "#c8553d"


def _approx_names():
    """Names of benchmark rows marked ``approx`` in ``benchmarks/transforms.py``."""
    path = os.path.join(REPO_ROOT, "benchmarks", "transforms.py")
    spec = importlib.util.spec_from_file_location("_bench_transforms_for_plots", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return {name for name, row in module.TRANSFORMS.items() if row.approx}


def _rate(entry):
    if not entry or entry.get("status") != "ok" or not entry.get("median"):
        return None
    return float(entry["median"])


def _relative_sd(entry):
    if _rate(entry) is None:
        return None
    return float(entry.get("sd") or 0.0) / float(entry["median"])


def load(path):
    """Return ``(doc, rows)``; rows are ``(name, {lib: images/s or None})``."""
    with open(path, encoding="utf-8") as handle:
        doc = json.load(handle)
    rows = [
        (name, {lib: _rate(per_lib.get(lib)) for lib in LABELS})
        for name, per_lib in doc["transforms"].items()
    ]
    return doc, rows


def ratio_spread(doc, name, other):
    """Relative spread of the ratio ours / other from both standard deviations.

    ``sqrt(rsd_ours² + rsd_other²)``, the usual first-order error propagation for
    a quotient; None if either library has no result.
    """
    per_lib = doc["transforms"][name]
    rsd = [_relative_sd(per_lib.get(lib)) for lib in ("ours", other)]
    if None in rsd:
        return None
    return math.sqrt(rsd[0] ** 2 + rsd[1] ** 2)


def ratios(rows, other):
    """``[(name, ours / other)]`` for the rows where both were measured."""
    return [
        (name, rates["ours"] / rates[other])
        for name, rates in rows
        if rates["ours"] and rates[other]
    ]


def geometric_mean(values):
    """Geometric mean of positive numbers (None for no numbers)."""
    values = list(values)
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def _plot_ratios(doc, pairs, other, approx, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    pairs = sorted(pairs, key=lambda pair: pair[1])
    names = [("~ " if name in approx else "") + name for name, _ in pairs]
    values = [value for _, value in pairs]
    spreads = [ratio_spread(doc, name, other) or 0.0 for name, _ in pairs]
    mean = geometric_mean(values)
    names.append("geometric mean")
    values.append(mean)
    spreads.append(0.0)
    colors = [FASTER if v >= 1 else SLOWER for v in values]
    colors[-1] = "#333333"
    height = 0.9 + 0.24 * len(values)
    fig, ax = plt.subplots(figsize=(7.5, height))
    positions = range(len(values))
    # the spread as a factor: value / (1 + s) ... value * (1 + s) on the log axis
    errors = [
        [v - v / (1 + s) for v, s in zip(values, spreads)],
        [v * s for v, s in zip(values, spreads)],
    ]
    ax.barh(
        positions,
        values,
        color=colors,
        height=0.7,
        xerr=errors,
        error_kw={"elinewidth": 0.7, "ecolor": "#555555", "capsize": 1.5},
    )
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_yticks(list(positions), names, fontsize=8)
    low = min(min(v / (1 + s) for v, s in zip(values, spreads)), 1.0) / 1.6
    high = max(max(v * (1 + s) for v, s in zip(values, spreads)), 1.0) * 1.9
    ax.set_xlim(low, high)
    for position, value, spread in zip(positions, values, spreads):
        ax.text(
            value * (1 + spread) * 1.04,
            position,
            f"{value:.2f}×",
            va="center",
            fontsize=7,
        )
    ax.xaxis.set_major_formatter(
        matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:g}×")
    )
    ax.set_xlabel(
        f"images/s of ours ÷ images/s of {LABELS[other]}\n(log scale; "
        f"whiskers: ±1 sd of the runs, propagated to the ratio)",
        fontsize=9,
    )
    ax.set_title(
        f"ours vs {LABELS[other]}: > 1 means ours is faster ({len(pairs)} transforms)",
        fontsize=10,
    )
    ax.grid(axis="x", which="both", alpha=0.25)
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def _plot_throughput(rows, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    rows = [(name, rates) for name, rates in rows if rates["ours"]]
    height = 1.0 + 0.36 * len(rows)
    fig, ax = plt.subplots(figsize=(7.5, height))
    bar = 0.26
    for offset, lib in enumerate(LABELS):
        positions = [i + (offset - 1) * bar for i in range(len(rows))]
        values = [rates[lib] or 0.0 for _, rates in rows]
        ax.barh(positions, values, height=bar, color=COLORS[lib], label=LABELS[lib])
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(
        matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:g}")
    )
    ax.set_yticks(range(len(rows)), [name for name, _ in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("images per second, one image per call (log scale, higher is better)")
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", which="both", alpha=0.25)
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def summary_markdown(doc, rows):
    """Return the Markdown summary shown above the plots."""
    args = doc.get("args", {})
    lines = [
        f"Throughput on {args.get('size', '?')} RGB uint8 images, "
        f"{args.get('n_images', '?')} images, {args.get('runs', '?')} timed runs "
        f"(median), one thread, one image per call. Environments:",
        "",
    ]
    names = {"ours": "ours", "imgaug": "imgaug", "albx": "AlbumentationsX"}
    for lib, info in doc.get("info", {}).items():
        lines.append(
            f"* {names.get(lib, lib)} {info.get('version', '?')}: Python "
            f"{info.get('python', '?')}, NumPy {info.get('numpy', '?')}, OpenCV "
            f"{info.get('cv2', '?')}"
        )
    lines.append("")
    lines.append("| comparison | transforms | geometric mean | faster in | slower in |")
    lines.append("| --- | --- | --- | --- | --- |")
    for other in ("imgaug", "albx"):
        pairs = ratios(rows, other)
        mean = geometric_mean(v for _, v in pairs)
        faster = sum(1 for _, v in pairs if v >= 1)
        mean_text = f"{mean:.2f}×" if mean else "—"
        lines.append(
            f"| ours ÷ {LABELS[other]} | {len(pairs)} | {mean_text} | {faster} | "
            f"{len(pairs) - faster} |"
        )
    missing = [name for name, rates in rows if not rates["ours"]]
    lines.append("")
    if missing:
        lines.append(
            f"Rows of the benchmark table without a result of ours in this run "
            f"({len(missing)}): {', '.join(missing)}."
        )
    return "\n".join(lines) + "\n"


def plot(json_path, out_dir):
    """Write the three SVG plots and ``summary.md`` into ``out_dir``."""
    os.makedirs(out_dir, exist_ok=True)
    doc, rows = load(json_path)
    approx = _approx_names()
    for other, marked in (("imgaug", set()), ("albx", approx)):
        path = os.path.join(out_dir, f"ratio_{other}.svg")
        _plot_ratios(doc, ratios(rows, other), other, marked, path)
    _plot_throughput(rows, os.path.join(out_dir, "throughput.svg"))
    with open(os.path.join(out_dir, "summary.md"), "w", encoding="utf-8") as handle:
        handle.write(summary_markdown(doc, rows))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    plot(argv[0], argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
