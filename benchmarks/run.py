"""Benchmark harness: ours vs imgaug 0.4.0 vs albumentationsx, one table.

    bash benchmarks/setup_envs.sh          # once: builds .bench/{imgaug040,albx,ours}
    python benchmarks/run.py               # full run (all envs that exist)
    python benchmarks/run.py --quick --only-ours   # CI smoke run, current interpreter

One worker process per environment (``worker.py --serve``) stays alive for the whole
run; for every transform the harness asks each environment for one timed run in turn
(A B C A B C ...), so slow drift of the machine hits every library alike.  Each worker
runs single-threaded (OMP/OPENBLAS/MKL_NUM_THREADS=1, cv2.setNumThreads(0)).
See benchmarks/README.md for the method.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_BENCH_DIR = REPO / ".bench"

LIBS = ("ours", "imgaug", "albx")
ENV_DIRS = {"ours": "ours", "imgaug": "imgaug040", "albx": "albx"}
LABELS = {"ours": "ours", "imgaug": "imgaug 0.4.0", "albx": "albumentationsx"}
THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
    "ALBUMENTATIONS_NO_TELEMETRY": "1",
    "NO_ALBUMENTATIONS_UPDATE": "1",
    "PYTHONWARNINGS": "ignore",
}


def _load_module(name, path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


worker_mod = _load_module("_imgaug_bench_worker", HERE / "worker.py")
transforms = worker_mod.transforms
images_mod = worker_mod.images_mod
summarize = worker_mod.summarize


# ---------------------------------------------------------------------- workers
def worker_env(lib):
    """Environment of a process of ``lib``: one thread; "ours" imports this checkout."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(THREAD_ENV)
    if lib == "ours":  # "ours" is this checkout, installed or not
        env["PYTHONPATH"] = str(REPO)
    return env


class WorkerDied(RuntimeError):
    """The worker process exited (crash or import failure)."""


class InProcessWorker:
    """Runs a ``worker.Bench`` in this process (tests; no subprocess, no env)."""

    def __init__(self, lib, images):
        self.lib = lib
        # Leaves this process's thread settings alone (it may be a test run).
        self.bench = worker_mod.Bench(lib, images, single_thread=False)
        self.info = self.bench.info()

    def request(self, msg):
        return self.bench.handle(msg)

    def restart(self):
        pass

    def close(self):
        pass


class SubprocessWorker:
    """``python worker.py --serve`` inside one environment, spoken to over pipes."""

    def __init__(self, lib, python, images_path, size, n_images, log_dir):
        self.lib = lib
        self.python = str(python)
        self.cmd = [
            self.python,
            str(HERE / "worker.py"),
            "--serve",
            "--lib",
            lib,
            "--images",
            str(images_path),
            "--size",
            size,
        ]
        if n_images is not None:
            self.cmd += ["--n-images", str(n_images)]
        self.log_path = Path(log_dir) / f"worker-{lib}.log"
        self.proc = None
        self.info = None
        self._start()

    def _start(self):
        env = worker_env(self.lib)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "a")  # closed in close()
        # cwd outside the checkout: the repo's imgaug/ must not shadow imgaug 0.4.0.
        try:
            self.proc = subprocess.Popen(
                self.cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._log,
                text=True,
                bufsize=1,
                env=env,
                cwd=str(self.log_path.parent),
            )
        except OSError as exc:
            raise WorkerDied(f"{self.lib} worker could not start: {exc}") from exc
        self.info = self.request({"cmd": "info"}).get("info")

    def request(self, msg):
        if self.proc is None or self.proc.poll() is not None:
            raise WorkerDied(f"{self.lib} worker is not running")
        try:
            self.proc.stdin.write(json.dumps(msg) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        except (BrokenPipeError, OSError) as exc:
            raise WorkerDied(f"{self.lib} worker: {exc}") from exc
        if not line:
            raise WorkerDied(
                f"{self.lib} worker exited (code {self.proc.wait()}); "
                f"see {self.log_path}"
            )
        return json.loads(line)

    def restart(self):
        self.close()
        self._start()

    def close(self):
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None


def _safe_request(worker, msg):
    """Send ``msg``; a dead worker becomes a "crash" result and is restarted."""
    try:
        return worker.request(msg)
    except WorkerDied as exc:
        try:
            worker.restart()
        except Exception as exc2:  # report it and keep the other envs going
            print(f"[run] could not restart {worker.lib}: {exc2}", file=sys.stderr)
        return {"status": "crash", "error": str(exc)}


# ---------------------------------------------------------------------- core
def bench_transforms(workers, names, runs=5, max_seconds=4.0, progress=None):
    """Time ``names`` in every worker, alternating workers run by run.

    Returns ``{name: {lib: {"status", "runs", "median", "sd", "n", ["error"]}}}``;
    ``status`` is "ok", "missing" (library lacks it: shown as "—"), "n/a" (no
    counterpart in that library), "error" or "crash".
    """
    results = {}
    for i, name in enumerate(names):
        state = {lib: {"status": "pending", "runs": []} for lib in workers}
        for _ in range(max(1, runs)):
            for lib, worker in workers.items():
                if state[lib]["status"] not in ("pending", "ok"):
                    continue
                res = _safe_request(
                    worker, {"cmd": "run", "name": name, "max_seconds": max_seconds}
                )
                if res.get("status") == "ok":
                    state[lib]["status"] = "ok"
                    state[lib]["runs"].append(res["ips"])
                else:
                    state[lib]["status"] = res.get("status", "error")
                    state[lib]["error"] = res.get("error")
        for entry in state.values():
            entry.update(summarize(entry["runs"]))
        results[name] = state
        if progress is not None:
            progress(i + 1, len(names), name, state)
    return results


def bench_batch(workers, names, runs=3, batch_size=32, max_seconds=4.0):
    """Batch call vs one image per call (ours and imgaug only), alternating."""
    results = {}
    libs = [lib for lib in workers if lib != "albx"]
    for name in names:
        state = {lib: {"status": "pending", "batch": [], "single": []} for lib in libs}
        for _ in range(max(1, runs)):
            for lib in libs:
                if state[lib]["status"] not in ("pending", "ok"):
                    continue
                res = _safe_request(
                    workers[lib],
                    {
                        "cmd": "batch",
                        "name": name,
                        "batch_size": batch_size,
                        "max_seconds": max_seconds,
                    },
                )
                if res.get("status") == "ok":
                    state[lib]["status"] = "ok"
                    state[lib]["batch"].append(res["batch_ips"])
                    state[lib]["single"].append(res["single_ips"])
                else:
                    state[lib]["status"] = res.get("status", "error")
                    state[lib]["error"] = res.get("error")
        for entry in state.values():
            entry["batch_stats"] = summarize(entry["batch"])
            entry["single_stats"] = summarize(entry["single"])
        results[name] = state
    return results


def bench_overhead(workers, runs=5, seconds=0.5):
    """Per-call overhead (µs) of each ``transforms.OVERHEADS`` case on one 64x64
    image: ``{case name: {lib: state}}``."""
    results = {}
    for spec in transforms.OVERHEADS:
        state = {lib: {"status": "pending", "runs": []} for lib in workers}
        for _ in range(max(1, runs)):
            for lib, worker in workers.items():
                if state[lib]["status"] not in ("pending", "ok"):
                    continue
                msg = {"cmd": "overhead", "seconds": seconds, "name": spec.name}
                res = _safe_request(worker, msg)
                if res.get("status") == "ok":
                    state[lib]["status"] = "ok"
                    state[lib]["runs"].append(res["us_per_call"])
                else:
                    state[lib]["status"] = res.get("status", "error")
                    state[lib]["error"] = res.get("error")
        for entry in state.values():
            entry.update(summarize(entry["runs"]))
        results[spec.name] = state
    return results


# ---------------------------------------------------------------------- tables
DASH = "—"


def _fmt_rate(entry, approx=False):
    if entry is None:
        return DASH
    status = entry.get("status")
    if status == "ok" and entry.get("median") is not None:
        med, sd = entry["median"], entry["sd"] or 0.0
        prefix = "~" if approx else ""
        if med >= 100:
            return f"{prefix}{med:.0f} ± {sd:.0f}"
        return f"{prefix}{med:.1f} ± {sd:.1f}"
    if status in ("error", "crash"):
        return "err"
    return DASH


def _ratio(a, b):
    if a is None or b is None:
        return None
    if a.get("status") != "ok" or b.get("status") != "ok":
        return None
    if not a.get("median") or not b.get("median"):
        return None
    return a["median"] / b["median"]


def _fmt_ratio(r):
    return DASH if r is None else f"{r:.2f}×"


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def _markdown(header, rows):
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), sep, *[line(r) for r in rows]])


def format_table(results, verbose=False):
    """Main table (markdown) from ``bench_transforms`` results, with geometric means.

    ``verbose`` also lists why a library shows "—" for a transform.
    """
    header = [
        "transform",
        "ours img/s",
        "imgaug 0.4.0 img/s",
        "albumentationsx img/s",
        "ours/imgaug",
        "ours/albx",
    ]
    rows = []
    pairs = {"ours/imgaug": [], "ours/albx": [], "imgaug/albx": []}
    notes = []
    for name, per_lib in results.items():
        spec = transforms.TRANSFORMS.get(name)
        approx = bool(spec and spec.approx)
        ours, iaa, albx = (per_lib.get(lib) for lib in LIBS)
        r_oi, r_oa, r_ia = _ratio(ours, iaa), _ratio(ours, albx), _ratio(iaa, albx)
        pairs["ours/imgaug"].append(r_oi)
        pairs["ours/albx"].append(r_oa)
        pairs["imgaug/albx"].append(r_ia)
        rows.append(
            [
                name,
                _fmt_rate(ours),
                _fmt_rate(iaa),
                _fmt_rate(albx, approx=approx),
                _fmt_ratio(r_oi),
                _fmt_ratio(r_oa),
            ]
        )
        for lib, entry in per_lib.items():
            status = entry.get("status")
            if status in ("error", "crash"):
                notes.append(f"err  {name} [{LABELS[lib]}]: {entry.get('error')}")
            elif verbose and status == "missing":
                notes.append(f"—    {name} [{LABELS[lib]}]: {entry.get('error')}")
    gm = {k: geomean(v) for k, v in pairs.items()}
    counts = {k: sum(1 for x in v if x is not None) for k, v in pairs.items()}
    rows.append(
        [
            "geometric mean",
            "",
            "",
            "",
            f"{_fmt_ratio(gm['ours/imgaug'])} (n={counts['ours/imgaug']})",
            f"{_fmt_ratio(gm['ours/albx'])} (n={counts['ours/albx']})",
        ]
    )
    text = _markdown(header, rows)
    foot = [
        "img/s: median ± sd over runs, one thread, one image per call. "
        "— = not available; ~ = albumentationsx parameters only approximate imgaug's.",
        f"imgaug 0.4.0 / albumentationsx geometric mean: "
        f"{_fmt_ratio(gm['imgaug/albx'])} (n={counts['imgaug/albx']})",
    ]
    return "\n".join([text, "", *foot, *notes])


def format_batch_table(results):
    header = [
        "transform",
        "ours 1/call",
        "ours batch",
        "ours batch/1",
        "imgaug 1/call",
        "imgaug batch",
        "imgaug batch/1",
    ]
    rows = []
    for name, per_lib in results.items():
        row = [name]
        for lib in ("ours", "imgaug"):
            entry = per_lib.get(lib)
            if entry is None or entry.get("status") != "ok":
                cell = (
                    "err"
                    if entry and entry.get("status") in ("error", "crash")
                    else DASH
                )
                row += [cell, cell, DASH]
                continue
            single = {"status": "ok", **entry["single_stats"]}
            batch = {"status": "ok", **entry["batch_stats"]}
            row += [
                _fmt_rate(single),
                _fmt_rate(batch),
                _fmt_ratio(_ratio(batch, single)),
            ]
        rows.append(row)
    return _markdown(header, rows)


def _overhead_cell(entry):
    if entry is None:
        return DASH
    if entry.get("status") == "ok":
        median, sd = entry["median"], entry["sd"] or 0.0
        if median >= 100:
            return f"{median:.0f} ± {sd:.0f}"
        return f"{median:.1f} ± {sd:.1f}"
    if entry.get("status") in ("error", "crash"):
        return f"err ({entry.get('error')})"
    return DASH


#: What each library's users import; the heavy optional modules we load lazily.
IMPORT_STATEMENTS = {
    "ours": "import imgaug.augmenters",
    "imgaug": "import imgaug.augmenters",
    "albx": "import albumentations",
}
_LAZY_MODULES = ("scipy", "skimage", "matplotlib", "PIL", "imageio", "shapely")
_IMPORT_PROBE = """
import json, sys, time
start = time.perf_counter()
{statement}
seconds = time.perf_counter() - start
lazy = [m for m in {lazy!r} if m in sys.modules]
print(json.dumps({{"seconds": seconds, "loaded": lazy}}))
"""


def bench_import(pythons, runs=5):
    """Seconds to import each library in a fresh interpreter (median of `runs`).

    One untimed import first, with bytecode writing allowed, so that the timed
    ones read cached bytecode as an installed package does. Returns
    ``{lib: {"status", "runs", "median", "sd", "n", "loaded"}}``; ``loaded`` lists
    the heavy optional modules the import pulled in.
    """
    results = {}
    for lib, python in pythons.items():
        env = worker_env(lib)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        statement = IMPORT_STATEMENTS[lib]
        code = _IMPORT_PROBE.format(statement=statement, lazy=_LAZY_MODULES)
        entry = {"status": "ok", "runs": [], "loaded": []}
        for i in range(runs + 1):
            proc = subprocess.run(
                [str(python), "-c", code],
                capture_output=True,
                text=True,
                env=env,
                cwd=str(Path(python).parent),  # not the checkout: no shadowing
            )
            if proc.returncode != 0:
                entry = {"status": "error", "error": proc.stderr.strip()[-300:]}
                break
            out = json.loads(proc.stdout.strip().splitlines()[-1])
            if i > 0:
                entry["runs"].append(out["seconds"])
                entry["loaded"] = out["loaded"]
        if entry["status"] == "ok":
            entry.update(summarize(entry["runs"]))
        results[lib] = entry
    return results


def format_import_table(results):
    """One row per library: import seconds and the heavy modules it loaded."""
    rows = []
    for lib, entry in results.items():
        if entry.get("status") != "ok":
            rows.append([LABELS[lib], IMPORT_STATEMENTS[lib], DASH, DASH])
            continue
        loaded = ", ".join(entry["loaded"]) or "none"
        seconds = f"{entry['median']:.3f} ± {entry['sd']:.3f}"
        rows.append([LABELS[lib], f"`{IMPORT_STATEMENTS[lib]}`", seconds, loaded])
    return _markdown(["library", "statement", "seconds", "heavy modules loaded"], rows)


def format_overhead_table(results):
    """One row per overhead case: µs per call of each library, ours/AlbX."""
    libs = [lib for lib in LIBS if any(lib in state for state in results.values())]
    header = ["case", *(f"{LABELS[lib]} µs" for lib in libs), "ours / AlbX"]
    notes = {spec.name: spec for spec in transforms.OVERHEADS}
    rows = []
    for name, state in results.items():
        spec = notes.get(name)
        label = name + (" (approx.)" if spec is not None and spec.approx else "")
        if spec is not None and spec.note:
            label += f": {spec.note}"
        cells = [_overhead_cell(state.get(lib)) for lib in libs]
        ours, albx = state.get("ours"), state.get("albx")
        ratio = DASH
        if ours and albx and ours.get("median") and albx.get("median"):
            ratio = f"{ours['median'] / albx['median']:.2f}×"
        rows.append([label, *cells, ratio])
    return _markdown(header, rows)


def format_info(workers):
    lines = []
    for lib, w in workers.items():
        info = w.info or {}
        extra = f" | from {info['path']}" if info.get("path") else ""
        if info.get("import_error"):
            extra += f" | import error: {info['import_error']}"
        lines.append(
            f"- {LABELS[lib]}: {info.get('version', '?')} | python {info.get('python')}"
            f" | numpy {info.get('numpy')} | cv2 {info.get('cv2')}"
            f" | images {info.get('n_images')}x{info.get('image_shape')}"
            f" digest {info.get('images_digest')}{extra}"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------------- CLI
def _env_python(bench_dir, lib):
    py = Path(bench_dir) / ENV_DIRS[lib] / "bin" / "python"
    return py if py.exists() else None


def _pick_pythons(args):
    pythons = {}
    if args.only_ours:
        pythons["ours"] = Path(args.ours_python or sys.executable)
        return pythons
    pythons["ours"] = Path(
        args.ours_python or _env_python(args.bench_dir, "ours") or sys.executable
    )
    for lib in ("imgaug", "albx"):
        py = _env_python(args.bench_dir, lib)
        if py is None:
            print(
                f"[run] {LABELS[lib]}: no env at {Path(args.bench_dir) / ENV_DIRS[lib]}"
                " (bash benchmarks/setup_envs.sh): column shows —",
                file=sys.stderr,
            )
        else:
            pythons[lib] = py
    wanted = [x.strip() for x in args.libs.split(",") if x.strip()]
    return {lib: py for lib, py in pythons.items() if lib in wanted}


def _ensure_images(path, python):
    path = Path(path)
    if path.exists():
        return path
    print(f"[run] writing the image set to {path} ...", file=sys.stderr)
    subprocess.run(
        [str(python), str(HERE / "images.py"), str(path)],
        check=True,
        cwd=str(path.parent) if path.parent.exists() else None,
        stdout=subprocess.DEVNULL,
    )
    return path


def _progress(i, n, name, state):
    cells = []
    for lib, entry in state.items():
        cells.append(f"{lib}={_fmt_rate(entry)}")
    print(f"[{i}/{n}] {name}: " + "  ".join(cells), file=sys.stderr, flush=True)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="ours vs imgaug 0.4.0 vs albumentationsx")
    p.add_argument("--quick", action="store_true", help="few transforms, one run")
    p.add_argument(
        "--only-ours", action="store_true", help="only the current interpreter"
    )
    p.add_argument("--libs", default="ours,imgaug,albx", help="subset of envs")
    p.add_argument("--transforms", default=None, help="comma-separated names")
    p.add_argument("--runs", type=int, default=None, help="timed runs (default 5)")
    p.add_argument("--size", default=None, choices=sorted(images_mod.SIZES))
    p.add_argument("--n-images", type=int, default=None)
    p.add_argument("--max-seconds", type=float, default=None, help="cap per run")
    p.add_argument("--no-batch", action="store_true")
    p.add_argument("--no-overhead", action="store_true")
    p.add_argument("--no-import", action="store_true", help="skip the import times")
    p.add_argument("--json", default=None, help="also write all results here")
    p.add_argument("--bench-dir", default=str(DEFAULT_BENCH_DIR))
    p.add_argument("--images", default=None, help="default <bench-dir>/images.npz")
    p.add_argument("--ours-python", default=None)
    p.add_argument("--list", action="store_true", help="list transform names")
    p.add_argument("-v", "--verbose", action="store_true", help="why a cell is —")
    args = p.parse_args(argv)
    q = args.quick
    if args.runs is None:
        args.runs = 1 if q else 5
    if args.size is None:
        args.size = "256x256" if q else "384x512"
    if args.n_images is None:
        args.n_images = 32 if q else images_mod.N_IMAGES
    if args.max_seconds is None:
        args.max_seconds = 1.0 if q else 4.0
    if args.transforms is None:
        names = transforms.QUICK if q else list(transforms.TRANSFORMS)
    else:
        names = [n.strip() for n in args.transforms.split(",") if n.strip()]
        unknown = [n for n in names if n not in transforms.TRANSFORMS]
        if unknown:
            p.error(f"unknown transforms {unknown}; see --list")
    args.names = names
    args.batch_names = (
        [] if args.no_batch else (["Affine"] if q else list(transforms.BATCH))
    )
    args.batch_names = [n for n in args.batch_names if n in names or not q]
    return args


def page_fault_microseconds(megabytes=64):
    """CPU time per first touch of a fresh 4 KiB page (anonymous mmap), in µs.

    Libraries that allocate new image-sized arrays on every call pay this per
    page; it differs a lot between machines (~0.1-0.3 µs on bare metal, several
    times that in some virtual machines), so every run records it.
    """
    import mmap

    size = megabytes << 20
    best = float("inf")
    for _ in range(3):
        with mmap.mmap(-1, size) as memory:
            ones = b"\x01" * (size // 4096)
            start = time.thread_time()
            memory[::4096] = ones  # one byte per page, written from C
            best = min(best, (time.thread_time() - start) / (size // 4096) * 1e6)
    return best


def main(argv=None):
    args = parse_args(argv)
    if args.list:
        print("\n".join(transforms.TRANSFORMS))
        return 0
    t_start = time.perf_counter()
    pythons = _pick_pythons(args)
    bench_dir = Path(args.bench_dir)
    bench_dir.mkdir(parents=True, exist_ok=True)
    images_path = _ensure_images(
        args.images or bench_dir / "images.npz", pythons.get("ours", sys.executable)
    )
    workers = {}
    try:
        for lib, py in pythons.items():
            try:
                workers[lib] = SubprocessWorker(
                    lib, py, images_path, args.size, args.n_images, bench_dir
                )
            except WorkerDied as exc:
                print(f"[run] {LABELS[lib]} unavailable: {exc}", file=sys.stderr)
        print(f"[run] environments:\n{format_info(workers)}", file=sys.stderr)

        results = bench_transforms(
            workers, args.names, args.runs, args.max_seconds, progress=_progress
        )
        batch = {}
        if args.batch_names:
            batch = bench_batch(
                workers,
                args.batch_names,
                runs=max(1, min(args.runs, 3)),
                max_seconds=args.max_seconds,
            )
        overhead = {}
        if not args.no_overhead:
            overhead = bench_overhead(
                workers, runs=args.runs, seconds=0.2 if args.quick else 0.5
            )
    finally:
        for w in workers.values():
            w.close()
    imports = {}
    if not args.no_import and not args.quick:
        imports = bench_import(pythons, runs=args.runs)

    fault_us = page_fault_microseconds()
    print(
        f"## Throughput: {args.size}, {args.n_images} images, {args.runs} run(s), "
        f"max {args.max_seconds:g} s per run"
    )
    print()
    print(format_info(workers))
    print(f"- machine: a first touch of a fresh memory page costs {fault_us:.2f} µs")
    print()
    print(format_table(results, verbose=args.verbose))
    if batch:
        print()
        print("## Batch (augment_images on (B,H,W,3)) vs one image per call, img/s")
        print()
        print(format_batch_table(batch))
    if overhead:
        print()
        print("## Per-call overhead on one 64x64 image (µs per call, lower is better)")
        print()
        print(format_overhead_table(overhead))
    if imports:
        print()
        print("## Import time in a fresh interpreter (s, median, bytecode cached)")
        print()
        print(format_import_table(imports))
    elapsed = time.perf_counter() - t_start
    print()
    print(f"(total {elapsed:.0f} s)")
    if args.json:
        doc = {
            "args": {k: v for k, v in vars(args).items() if k not in ("names",)},
            "info": {lib: w.info for lib, w in workers.items()},
            "machine": {"page_fault_us": round(fault_us, 3)},
            "transforms": results,
            "batch": batch,
            "overhead": overhead,
            "imports": imports,
        }
        Path(args.json).write_text(json.dumps(doc, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
