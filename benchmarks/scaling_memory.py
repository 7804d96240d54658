"""Scaling with image size and peak memory: ours vs imgaug 0.4.0 vs albumentationsx.

    python benchmarks/scaling_memory.py scaling     # µs per image at 128 ... 2048 px
    python benchmarks/scaling_memory.py memory      # extra RSS of a 5-step pipeline

Both use the environments of ``run.py`` (``bash benchmarks/setup_envs.sh``; a missing
one is left out) and run every library in its own process, single-threaded
(OMP/OPENBLAS/MKL_NUM_THREADS=1, cv2.setNumThreads(0), torch 1 thread).

``scaling``: square uint8 RGB images of each side (``--sides``, default 128, 256,
512, 1024, 2048; nearest-neighbour enlargements of the first benchmark photos, made
with numpy alone so every environment gets the same pixels) through five rows of
``transforms.py`` (HorizontalFlip, Affine, GaussianBlur, Add) and a crop to half
the side (``CropToFixedSize`` / ``RandomCrop``). One long-lived worker per
environment (the ``run.py`` protocol); per side and transform the environments take
turns (A B C A B C ...), each run repeats calls until ``--min-seconds`` have passed;
reported: the median µs per image over ``--runs`` runs and the same divided by the
megapixels of the image, which stays flat when the cost grows with the pixels.
``--plot PNG`` draws µs per image against the side (log-log, needs matplotlib),
``--json`` keeps all; ``--from-json FILE`` reports a saved run (both subcommands).

``memory``: the pipeline of ``transforms._issue_pipeline_imgaug`` (Fliplr, Affine,
GaussianBlur, Multiply, AdditiveGaussianNoise; albumentationsx: its ``Compose``)
over a ``(32, 384, 512, 3)`` uint8 batch, each measurement in a fresh process:
imports, pipeline built, warmed up on two small images, input batch built, then
the resident set (VmRSS) is the baseline; the peak (VmHWM, reset just before by
writing 5 to /proc/self/clear_refs; without it ru_maxrss) is read after one
augmentation call: ours and imgaug 0.4.0 ``augment_images(batch)``,
albumentationsx one call per image into a list. Reported: peak - baseline (the
extra memory, the output included), median of ``--repeats`` processes.
``--per-step`` also measures every step of the pipeline alone.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # before numpy is imported: one thread per library
    for _var in (
        "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "NUMEXPR_NUM_THREADS",
        "VECLIB_MAXIMUM_THREADS",
    ):
        os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent


def _load_module(name, path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


run_mod = _load_module("_imgaug_bench_run", HERE / "run.py")
worker_mod = run_mod.worker_mod
transforms = run_mod.transforms
images_mod = run_mod.images_mod
summarize = run_mod.summarize
LABELS = run_mod.LABELS

SIDES = (128, 256, 512, 1024, 2048)
CROP = "CropToHalf"
SCALING_NAMES = ("HorizontalFlip", "Affine", "GaussianBlur", "Add", CROP)
MEMORY_SHAPE = (32, 384, 512, 3)
PIPELINE = transforms.Spec(
    "IssuePipeline",
    transforms._issue_pipeline_imgaug,
    transforms._issue_pipeline_albx,
    approx=True,
)
NB_STEPS = 5  # flip, Affine, GaussianBlur, Multiply, AdditiveGaussianNoise


# ---------------------------------------------------------------- in each env
def square_images(photos, side):
    """Nearest-neighbour ``side x side`` versions of ``photos`` (numpy only)."""
    out = []
    for photo in photos:
        rows = np.arange(side) * photo.shape[0] // side
        cols = np.arange(side) * photo.shape[1] // side
        out.append(np.ascontiguousarray(photo[rows[:, None], cols[None, :]]))
    return out


def crop_spec(side):
    """Random crop to half the side (the harness's RandomCrop row, resized)."""
    half = max(1, side // 2)
    return transforms.Spec(
        CROP,
        lambda iaa: iaa.CropToFixedSize(width=half, height=half),
        lambda A: A.RandomCrop(height=half, width=half, p=1),
    )


class _SideBench(worker_mod.Bench):
    """A ``worker.Bench`` on images of one side that also knows the crop row."""

    def __init__(self, lib, images, side, single_thread=True):
        self.side = side
        self.extra_specs = {CROP: crop_spec(side)}
        super().__init__(lib, images, single_thread=single_thread)

    def _spec(self, name):
        return self.extra_specs.get(name) or super()._spec(name)


def time_calls(fn, images, min_seconds, min_calls=3):
    """Microseconds per call of ``fn`` cycling over ``images`` (>= min_seconds)."""
    contiguous, clock = np.ascontiguousarray, time.perf_counter
    n, calls = len(images), 0
    t0 = clock()
    while True:
        contiguous(fn(images[calls % n]))
        calls += 1
        elapsed = clock() - t0
        if calls >= min_calls and elapsed >= min_seconds:
            return elapsed / calls * 1e6, calls


class ScalingBench:
    """Answers ``{"cmd": "time", "name", "side", "min_seconds"}`` in one env."""

    def __init__(self, lib, photos, n_images=4, single_thread=True):
        self.lib = lib
        self.photos = photos[:n_images]
        self.single_thread = single_thread
        self._bench = None  # the current side's only: the 2048 px ones are large
        self.info_bench = worker_mod.Bench(lib, self.photos, single_thread)

    def bench(self, side):
        if self._bench is None or self._bench.side != side:
            self._bench = None
            images = square_images(self.photos, side)
            self._bench = _SideBench(self.lib, images, side, self.single_thread)
        return self._bench

    def time(self, name, side, min_seconds=0.3):
        bench = self.bench(side)
        obj, status, error = bench.prepare(name)
        if status != "ok":
            return {"status": status, "error": error}
        fn = bench._call_one(obj, bench._spec(name))
        us, calls = time_calls(fn, bench.images, min_seconds)
        return {"status": "ok", "us": us, "calls": calls, "digest": bench.digest}

    def handle(self, msg):
        """One request dict in, one answer dict out; never raises."""
        try:
            if msg.get("cmd") == "info":
                return {"status": "ok", "info": self.info_bench.info()}
            if msg.get("cmd") == "time":
                return self.time(
                    msg["name"], int(msg["side"]), msg.get("min_seconds", 0.3)
                )
        except Exception as exc:
            return {"status": "error", "error": worker_mod._short_error(exc)}
        return {"status": "error", "error": f"unknown command {msg.get('cmd')!r}"}


def _status_kb(field):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak():
    """Reset VmHWM to the current RSS; False if the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def _pipeline_step(lib, pipeline, step):
    if step is None:
        return pipeline
    return pipeline.transforms[step] if lib == "albx" else pipeline[step]


def probe_memory(lib, photos, shape=MEMORY_SHAPE, step=None, single_thread=True):
    """Extra memory (KiB) of one augmentation call over a ``shape`` batch.

    Runs in the process it measures, so call it in a fresh one. ``step``: only
    that step of the pipeline. Returns a dict of KiB figures and the method.
    """
    import resource

    bench = worker_mod.Bench(lib, photos[:1], single_thread=single_thread)
    pipeline, status, error = bench._construct(PIPELINE)
    if status != "ok":
        return {"status": status, "error": error}
    aug = _pipeline_step(lib, pipeline, step)
    if lib == "albx":

        def call(batch):
            return [aug(image=img)["image"] for img in batch]
    else:

        def call(batch):
            return aug.augment_images(batch)

    n, height, width, _ = shape
    small = np.stack([photo[:32, :32] for photo in photos[:2]])
    call(small)  # lazy imports, first-call caches
    del small
    photos = square_images(photos, max(height, width))
    batch = np.stack([photos[i % len(photos)][:height, :width] for i in range(n)])
    del photos
    gc.collect()
    baseline = _status_kb("VmRSS")
    if _reset_peak():
        method = "VmHWM after clear_refs"
    else:
        method = "ru_maxrss (includes the set-up)"
    out = call(batch)
    if method.startswith("VmHWM"):
        peak = _status_kb("VmHWM")
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out_kb = sum(o.nbytes for o in out) // 1024
    return {
        "status": "ok",
        "baseline_kb": baseline,
        "input_kb": batch.nbytes // 1024,
        "peak_kb": peak,
        "extra_kb": peak - baseline,
        "output_kb": out_kb,
        "method": method,
        "step": None if step is None else type(aug).__name__,
    }


# ---------------------------------------------------------------- the parent
class ScalingWorker(run_mod.SubprocessWorker):
    """This script's ``_serve`` mode inside one environment (run.py's pipes)."""

    def __init__(self, lib, python, images_path, log_dir):
        self.lib = lib
        self.python = str(python)
        self.cmd = [
            self.python,
            str(Path(__file__).resolve()),
            "_serve",
            "--lib",
            lib,
            "--images",
            str(images_path),
        ]
        self.log_path = Path(log_dir) / f"scaling-{lib}.log"
        self.proc = None
        self.info = None
        self._start()


def bench_scaling(workers, names=SCALING_NAMES, sides=SIDES, runs=5, min_seconds=0.3):
    """``{name: {side: {lib: {"status", "runs", "median", "sd", "n"}}}}`` (µs).

    Environments take turns run by run; sides go up from the smallest.
    """
    results = {name: {} for name in names}
    for side in sides:
        for name in names:
            state = {lib: {"status": "pending", "runs": []} for lib in workers}
            for _ in range(max(1, runs)):
                for lib, worker in workers.items():
                    if state[lib]["status"] not in ("pending", "ok"):
                        continue
                    msg = {
                        "cmd": "time",
                        "name": name,
                        "side": side,
                        "min_seconds": min_seconds,
                    }
                    res = run_mod._safe_request(worker, msg)
                    if res.get("status") == "ok":
                        state[lib]["status"] = "ok"
                        state[lib]["runs"].append(res["us"])
                        state[lib]["digest"] = res.get("digest")
                    else:
                        state[lib]["status"] = res.get("status", "error")
                        state[lib]["error"] = res.get("error")
            for entry in state.values():
                entry.update(summarize(entry["runs"]))
            results[name][side] = state
    return results


def _us_cell(entry, per_mp=None):
    if entry is None or entry.get("status") != "ok" or entry.get("median") is None:
        return "err" if entry and entry.get("status") in ("error", "crash") else "—"
    value = entry["median"] if per_mp is None else entry["median"] / per_mp
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def format_scaling_table(results):
    """Markdown: one row per transform and side, µs/image and µs/MP per library."""
    libs = [
        lib
        for lib in run_mod.LIBS
        if any(lib in per_side for by in results.values() for per_side in by.values())
    ]
    header = ["transform", "side"]
    for lib in libs:
        header += [f"{LABELS[lib]} µs/img", f"{LABELS[lib]} µs/MP"]
    rows = []
    for name, by_side in results.items():
        for side, state in by_side.items():
            mp = side * side / 1e6
            row = [name, f"{side}²"]
            for lib in libs:
                entry = state.get(lib)
                row += [_us_cell(entry), _us_cell(entry, per_mp=mp)]
            rows.append(row)
    return run_mod._markdown(header, rows)


def plot_scaling(results, path):
    """Log-log µs per image against the side, one panel per transform (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results)
    fig, axes = plt.subplots(
        1, len(names), figsize=(2.3 * len(names), 2.6), sharey=True, squeeze=False
    )
    colors = {"ours": "tab:blue", "imgaug": "tab:orange", "albx": "tab:green"}
    for ax, name in zip(axes[0], names):
        by_side = results[name]
        sides = sorted(by_side)
        for lib in run_mod.LIBS:
            points = [
                (side, by_side[side][lib]["median"])
                for side in sides
                if by_side[side].get(lib, {}).get("median")
            ]
            if points:
                xs, ys = zip(*points)
                ax.plot(
                    xs, ys, "o-", ms=3, lw=1.2, color=colors[lib], label=LABELS[lib]
                )
        ours = [by_side[s].get("ours", {}).get("median") for s in sides]
        if sides and ours[-1]:  # guide through ours' largest: cost ∝ pixels
            guide = [ours[-1] * (s / sides[-1]) ** 2 for s in sides]
            ax.plot(sides, guide, ":", color="grey", lw=1, label="∝ pixels")
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xticks(sides, [str(s) for s in sides], fontsize=7, rotation=45)
        ax.tick_params(axis="y", labelsize=7)
        ax.set_title(name, fontsize=9)
        ax.set_xlabel("side (px)", fontsize=8)
        ax.grid(True, which="major", lw=0.3)
    axes[0][0].set_ylabel("µs per image", fontsize=8)
    axes[0][0].legend(fontsize=6, loc="upper left")
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=90)
    plt.close(fig)


def run_memory_probe(lib, python, images_path, step=None):
    """One fresh process of ``_probe`` in the environment of ``lib``."""
    env = run_mod.worker_env(lib)
    cmd = [str(python), str(Path(__file__).resolve()), "_probe", "--lib", lib]
    cmd += ["--images", str(images_path)]
    if step is not None:
        cmd += ["--step", str(step)]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=env, cwd=str(Path(python).parent)
    )
    if proc.returncode != 0:
        return {"status": "error", "error": proc.stderr.strip()[-300:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_memory(pythons, images_path, repeats=3, steps=(None,), probe=None):
    """``{step: {lib: {"status", "runs": [extra KiB], "median", ..., "last"}}}``."""
    probe = probe or run_memory_probe
    results = {}
    for step in steps:
        state = {lib: {"status": "pending", "runs": []} for lib in pythons}
        for _ in range(max(1, repeats)):
            for lib, python in pythons.items():
                if state[lib]["status"] not in ("pending", "ok"):
                    continue
                res = probe(lib, python, images_path, step)
                if res.get("status") == "ok":
                    state[lib]["status"] = "ok"
                    state[lib]["runs"].append(res["extra_kb"])
                    state[lib]["last"] = res
                else:
                    state[lib]["status"] = res.get("status", "error")
                    state[lib]["error"] = res.get("error")
        for entry in state.values():
            entry.update(summarize(entry["runs"]))
        results["pipeline" if step is None else step] = state
    return results


def _mib(kb):
    return f"{kb / 1024:.0f}" if kb >= 10240 else f"{kb / 1024:.1f}"


def format_memory_table(results):
    """Markdown: extra MiB per library (and × the input), ours / imgaug 0.4.0."""
    libs = [lib for lib in run_mod.LIBS if any(lib in s for s in results.values())]
    header = ["measured", *(f"{LABELS[lib]} extra MiB" for lib in libs)]
    header.append("ours / imgaug 0.4.0")
    rows = []
    for key, state in results.items():
        label = key
        cells = []
        for lib in libs:
            entry = state.get(lib)
            if entry is None or entry.get("median") is None:
                cells.append("—")
                continue
            last = entry["last"]
            if key != "pipeline" and last.get("step") and label == key:
                label = f"step {key}: {last['step']}"  # the first library's name
            times = entry["median"] / last["input_kb"]
            cells.append(f"{_mib(entry['median'])} ({times:.1f}× input)")
        ours, old = state.get("ours"), state.get("imgaug")
        ratio = "—"
        if ours and old and ours.get("median") and old.get("median"):
            ratio = f"{ours['median'] / old['median']:.2f}×"
        rows.append([label, *cells, ratio])
    return run_mod._markdown(header, rows)


def _pythons(args):
    return run_mod._pick_pythons(args)


def _add_env_args(parser):
    parser.add_argument("--libs", default="ours,imgaug,albx", help="subset of envs")
    parser.add_argument("--only-ours", action="store_true", help="this interpreter")
    parser.add_argument("--ours-python", default=None)
    parser.add_argument("--bench-dir", default=str(run_mod.DEFAULT_BENCH_DIR))
    parser.add_argument("--images", default=None, help="default <bench-dir>/images.npz")
    parser.add_argument("--json", default=None, help="also write all results here")
    parser.add_argument("--from-json", default=None, help="report a --json file")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sc = sub.add_parser("scaling", help="µs per image against the image side")
    _add_env_args(sc)
    sc.add_argument("--sides", default=",".join(map(str, SIDES)))
    sc.add_argument("--transforms", default=",".join(SCALING_NAMES))
    sc.add_argument("--runs", type=int, default=5)
    sc.add_argument("--min-seconds", type=float, default=0.3, help="per run")
    sc.add_argument("--plot", default=None, help="write the log-log plot (PNG) here")
    me = sub.add_parser("memory", help="extra peak RSS of the 5-step pipeline")
    _add_env_args(me)
    me.add_argument("--repeats", type=int, default=3, help="fresh processes per lib")
    me.add_argument("--per-step", action="store_true", help="each step alone too")
    for name in ("_serve", "_probe"):  # inside one environment
        inner = sub.add_parser(name)
        inner.add_argument("--lib", required=True, choices=run_mod.LIBS)
        inner.add_argument("--images", default=str(images_mod.DEFAULT_PATH))
        inner.add_argument("--step", type=int, default=None)
    return p.parse_args(argv)


def _photos(path, n=4):
    return images_mod.load_images(path, "384x512", n)[0]


def main(argv=None):
    args = parse_args(argv)
    if args.cmd == "_serve":
        out, sys.stdout = sys.stdout, sys.stderr  # keep the protocol channel clean
        worker_mod.serve(ScalingBench(args.lib, _photos(args.images)), sys.stdin, out)
        return 0
    if args.cmd == "_probe":
        res = probe_memory(args.lib, _photos(args.images), step=args.step)
        print(json.dumps(res))
        return 0
    if args.from_json:
        doc = json.loads(Path(args.from_json).read_text())
        if args.cmd == "memory":
            _report_memory(doc["results"], doc["args"])
            return 0
        results = {
            name: {int(side): state for side, state in by_side.items()}
            for name, by_side in doc["results"].items()
        }
        _report_scaling(results, doc["args"], args.plot)
        return 0
    t_start = time.perf_counter()
    pythons = _pythons(args)
    bench_dir = Path(args.bench_dir)
    bench_dir.mkdir(parents=True, exist_ok=True)
    images_path = run_mod._ensure_images(
        args.images or bench_dir / "images.npz", pythons.get("ours", sys.executable)
    )
    keep = ("libs", "sides", "transforms", "runs", "min_seconds", "repeats")
    settings = {k: v for k, v in vars(args).items() if k in keep}
    if args.cmd == "scaling":
        sides = [int(s) for s in args.sides.split(",") if s.strip()]
        names = [n.strip() for n in args.transforms.split(",") if n.strip()]
        workers = {}
        try:
            for lib, py in pythons.items():
                try:
                    workers[lib] = ScalingWorker(lib, py, images_path, bench_dir)
                except run_mod.WorkerDied as exc:
                    print(
                        f"[scaling] {LABELS[lib]} unavailable: {exc}", file=sys.stderr
                    )
            print(run_mod.format_info(workers), file=sys.stderr)
            results = bench_scaling(workers, names, sides, args.runs, args.min_seconds)
        finally:
            for w in workers.values():
                w.close()
        info = {lib: w.info for lib, w in workers.items()}
        doc = {"args": settings, "info": info, "results": results}
    else:
        steps = [None, *range(NB_STEPS)] if args.per_step else [None]
        results = bench_memory(pythons, images_path, args.repeats, steps)
        doc = {"args": settings, "results": results}
    if args.json:  # first: a failing plot must not lose the numbers
        Path(args.json).write_text(json.dumps(doc, indent=1, default=str))
    if args.cmd == "scaling":
        _report_scaling(results, settings, args.plot)
    else:
        _report_memory(results, settings)
    print(f"\n(total {time.perf_counter() - t_start:.0f} s)")
    return 0


def _report_memory(results, settings):
    print(
        f"## Memory: extra peak RSS over a {MEMORY_SHAPE} uint8 batch "
        f"(median of {settings['repeats']} fresh processes; output included)\n"
    )
    print(format_memory_table(results))


def _report_scaling(results, settings, plot=None):
    print(
        f"## Scaling: square uint8 RGB images, {settings['runs']} run(s) of >= "
        f"{settings['min_seconds']:g} s, median µs per image (µs/MP = per megapixel)\n"
    )
    print(format_scaling_table(results))
    sides = sorted({side for by_side in results.values() for side in by_side})
    for side in sides:
        digests = {
            entry.get("digest")
            for by_side in results.values()
            for entry in by_side.get(side, {}).values()
            if entry.get("digest")
        }
        if len(digests) > 1:
            print(f"\nwarning: the libraries saw different {side}² images")
    if plot:
        try:
            plot_scaling(results, plot)
        except ImportError as exc:
            print(f"\n(no plot: {exc}; the --json file can be plotted later)")
        else:
            print(f"\n(plot: {plot})")


if __name__ == "__main__":
    sys.exit(main())
