"""Benchmark worker: runs inside ONE environment and times transforms of one library.

Two ways to use it:

* one shot: ``python worker.py --lib imgaug --transforms Affine,Add --runs 3``
  prints one JSON document ``{"info": ..., "results": {name: {...}}}``;
* server (used by ``run.py``): ``python worker.py --lib imgaug --serve`` reads one JSON
  request per line on stdin and answers one JSON line on stdout, so the harness can
  alternate environments run by run (A B C A B C ...) with warm processes.

Libraries: ``ours`` and ``imgaug`` (both ``import imgaug.augmenters as iaa``; which
one you get depends on the interpreter), ``albx`` (``import albumentations as A``).

Timing (per request ``run``): the transform is built once, checked on one image and
warmed up; then images are pushed one per call through it, each output made
C-contiguous inside the timed loop, and images/s is returned.  Mixing transforms
(a ``Spec`` with ``donors``) get the next images of the list as donors with every
call, passed under the spec's ``metadata_key`` (the same form in every library).
A run stops early once ``max_seconds`` have passed (and at least ``min_images``
were done), so very slow transforms do not dominate the wall time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import time
import traceback
import warnings
from pathlib import Path

THREAD_VARS = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "NUMEXPR_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
)
if __name__ == "__main__":  # before numpy is imported: one thread per library
    for _var in THREAD_VARS:
        os.environ.setdefault(_var, "1")
    os.environ.setdefault("ALBUMENTATIONS_NO_TELEMETRY", "1")
    os.environ.setdefault("NO_ALBUMENTATIONS_UPDATE", "1")

import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
LIBS = ("ours", "imgaug", "albx")
# Exceptions that mean "this library does not have that transform (yet)".
MISSING_ERRORS = (AttributeError, NotImplementedError, ImportError)


def _load_module(name, path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


transforms = _load_module("_imgaug_bench_transforms", HERE / "transforms.py")
images_mod = _load_module("_imgaug_bench_images", HERE / "images.py")


def _short_error(exc):
    text = f"{type(exc).__name__}: {exc}".strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return line[:200]


def summarize(values):
    """Median and sample standard deviation of a list of numbers (sd 0 for n < 2)."""
    if not values:
        return {"median": None, "sd": None, "n": 0}
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return {"median": statistics.median(values), "sd": sd, "n": len(values)}


def _contiguous(out):
    if isinstance(out, np.ndarray):
        return np.ascontiguousarray(out)
    return [np.ascontiguousarray(o) for o in out]


class Bench:
    """Times transforms of one library on a fixed list of images (in this process)."""

    def __init__(self, lib, images, single_thread=True):
        if lib not in LIBS:
            raise ValueError(f"lib must be one of {LIBS}, got {lib!r}")
        if not images:
            raise ValueError("images must be a non-empty list of HxWx3 uint8 arrays")
        self.lib = lib
        self.images = [np.ascontiguousarray(img) for img in images]
        self.digest = images_mod.digest(self.images)
        self._prepared = {}  # name -> (callable or augmenter or None, status, error)
        self.module = None
        self.import_error = None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._import_library(single_thread)

    # ------------------------------------------------------------------ setup
    def _import_library(self, single_thread):
        if single_thread:
            try:
                import cv2

                cv2.setNumThreads(0)
            except ImportError:
                pass
        try:
            if self.lib == "albx":
                import albumentations as A

                self.module = A
            else:
                import imgaug.augmenters as iaa

                self.module = iaa
        except Exception as exc:  # a half-built package must not kill the worker
            self.import_error = _short_error(exc)
        if single_thread and "torch" in sys.modules:  # albumentations imports it
            sys.modules["torch"].set_num_threads(1)

    def info(self):
        out = {
            "lib": self.lib,
            "python": sys.version.split()[0],
            "executable": sys.executable,
            "numpy": np.__version__,
            "n_images": len(self.images),
            "image_shape": list(self.images[0].shape),
            "images_digest": self.digest,
            "import_error": self.import_error,
        }
        try:
            import cv2

            out["cv2"] = cv2.__version__
        except ImportError:
            out["cv2"] = None
        if self.lib == "albx" and self.module is not None:
            out["version"] = getattr(self.module, "__version__", "?")
        elif self.module is not None:
            import imgaug

            out["version"] = getattr(imgaug, "__version__", "?")
            out["path"] = str(Path(imgaug.__file__).parent)
        return out

    def _seed(self):
        if self.lib == "albx" or self.module is None:
            return
        import imgaug

        seed = getattr(imgaug, "seed", None)
        if callable(seed):
            try:
                seed(1)
            except Exception:  # ours may not have it yet; timing does not need it
                pass

    def _construct(self, spec):
        """Return ``(augmenter_or_transform, status, error)``."""
        if self.module is None:
            return None, "missing", self.import_error
        factory = spec.factory(self.lib)
        if factory is None:
            return None, "n/a", f"no {self.lib} counterpart"
        self._seed()
        try:
            obj = factory(self.module)
        except MISSING_ERRORS as exc:
            return None, "missing", _short_error(exc)
        except Exception as exc:
            return None, "error", _short_error(exc)
        if self.lib == "albx" and hasattr(obj, "set_random_seed"):
            obj.set_random_seed(1)
        return obj, "ok", None

    def _call_one(self, obj, spec=None):
        if spec is None or spec.donors is None:
            if self.lib == "albx":
                return lambda img: obj(image=img)["image"]
            return obj.augment_image
        images, key, make = self.images, spec.metadata_key, spec.donors
        counter = [0]

        def with_donors(img):
            counter[0] += 1
            start = counter[0]
            picked = [images[(start + k) % len(images)] for k in range(spec.nb_donors)]
            out = obj(image=img, **{key: make(picked)})
            return out["image"] if self.lib == "albx" else out

        return with_donors

    def _spec(self, name):
        spec = transforms.TRANSFORMS.get(name)
        if spec is None:
            spec = next((s for s in transforms.OVERHEADS if s.name == name), None)
        return spec

    def prepare(self, name):
        """Build, check on one image and warm up ``name``; cached per worker."""
        if name in self._prepared:
            return self._prepared[name]
        spec = self._spec(name)
        if spec is None:
            result = (None, "error", f"unknown transform {name!r}")
        else:
            obj, status, error = self._construct(spec)
            result = (obj, status, error)
            if status == "ok":
                result = self._check_and_warm(obj, spec)
        self._prepared[name] = result
        return result

    def _check_and_warm(self, obj, spec=None, warm_seconds=1.0):
        fn = self._call_one(obj, spec)
        try:
            out = fn(self.images[0])
        except MISSING_ERRORS as exc:
            return None, "missing", _short_error(exc)
        except Exception as exc:
            return None, "error", _short_error(exc)
        if not isinstance(out, np.ndarray) or out.dtype != np.uint8 or out.ndim != 3:
            desc = getattr(out, "dtype", type(out).__name__)
            return None, "error", f"bad output: {desc} {getattr(out, 'shape', '')}"
        t0 = time.perf_counter()
        for img in self.images[1:10]:
            try:
                np.ascontiguousarray(fn(img))
            except Exception as exc:
                return None, "error", _short_error(exc)
            if time.perf_counter() - t0 > warm_seconds:
                break
        return obj, "ok", None

    # ------------------------------------------------------------------ timing
    def run(self, name, max_seconds=4.0, min_images=5):
        """One timed pass over the images; returns status, ips, images, seconds."""
        obj, status, error = self.prepare(name)
        if status != "ok":
            return {"status": status, "error": error}
        fn = self._call_one(obj, self._spec(name))
        contiguous = np.ascontiguousarray
        clock = time.perf_counter
        done = 0
        t0 = clock()
        for img in self.images:
            contiguous(fn(img))
            done += 1
            if done >= min_images and clock() - t0 > max_seconds:
                break
        dt = clock() - t0
        return {"status": "ok", "ips": done / dt, "images": done, "seconds": dt}

    def batch(self, name, batch_size=32, max_seconds=4.0):
        """Images/s of ``augment_images`` on (B,H,W,3) arrays vs one image per call."""
        if self.lib == "albx":
            return {"status": "n/a", "error": "albumentations has no batch call"}
        obj, status, error = self.prepare(name)
        if status != "ok":
            return {"status": status, "error": error}
        bs = min(batch_size, len(self.images))
        nb = max(1, len(self.images) // bs)
        batches = [np.stack(self.images[i * bs : (i + 1) * bs]) for i in range(nb)]
        try:
            _contiguous(obj.augment_images(batches[0]))  # warm-up / check
        except MISSING_ERRORS as exc:
            return {"status": "missing", "error": _short_error(exc)}
        except Exception as exc:
            return {"status": "error", "error": _short_error(exc)}
        clock = time.perf_counter

        t0 = clock()
        done = 0
        for b in batches:
            _contiguous(obj.augment_images(b))
            done += len(b)
            if clock() - t0 > max_seconds:
                break
        batch_ips = done / (clock() - t0)

        fn = obj.augment_image
        t0 = clock()
        done = 0
        for b in batches:
            for img in b:
                np.ascontiguousarray(fn(img))
            done += len(b)
            if clock() - t0 > max_seconds:
                break
        single_ips = done / (clock() - t0)
        return {
            "status": "ok",
            "batch_ips": batch_ips,
            "single_ips": single_ips,
            "batch_size": bs,
        }

    def overhead(self, seconds=0.5, size=64, name=transforms.OVERHEAD.name):
        """Microseconds per call of an overhead case on one size x size image."""
        obj, status, error = self.prepare(name)
        if status != "ok":
            return {"status": status, "error": error}
        src = self.images[0]
        y0 = max(0, (src.shape[0] - size) // 2)
        x0 = max(0, (src.shape[1] - size) // 2)
        img = np.ascontiguousarray(src[y0 : y0 + size, x0 : x0 + size])
        fn = self._call_one(obj)
        clock = time.perf_counter
        for _ in range(20):
            fn(img)
        # calibrate the call count to about `seconds`
        t0 = clock()
        calls = 0
        while clock() - t0 < min(0.05, seconds / 4):
            np.ascontiguousarray(fn(img))
            calls += 1
        per_call = (clock() - t0) / max(calls, 1)
        count = max(10, int(seconds / max(per_call, 1e-7)))
        t0 = clock()
        for _ in range(count):
            np.ascontiguousarray(fn(img))
        dt = clock() - t0
        return {"status": "ok", "us_per_call": dt / count * 1e6, "calls": count}

    # ------------------------------------------------------------------ protocol
    def handle(self, msg):
        """Answer one request dict (see ``serve``); never raises."""
        cmd = msg.get("cmd")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if cmd == "info":
                    return {"status": "ok", "info": self.info()}
                if cmd == "run":
                    return self.run(
                        msg["name"],
                        max_seconds=msg.get("max_seconds", 4.0),
                        min_images=msg.get("min_images", 5),
                    )
                if cmd == "batch":
                    return self.batch(
                        msg["name"],
                        batch_size=msg.get("batch_size", 32),
                        max_seconds=msg.get("max_seconds", 4.0),
                    )
                if cmd == "overhead":
                    return self.overhead(
                        seconds=msg.get("seconds", 0.5),
                        name=msg.get("name", transforms.OVERHEAD.name),
                    )
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            return {"status": "error", "error": _short_error(exc)}
        return {"status": "error", "error": f"unknown command {cmd!r}"}


def serve(bench, stdin, stdout):
    """Line protocol: one JSON request per line in, one JSON answer per line out."""
    for line in stdin:
        line = line.strip()
        if not line:
            continue
        msg = json.loads(line)
        if msg.get("cmd") == "quit":
            break
        stdout.write(json.dumps(bench.handle(msg)) + "\n")
        stdout.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lib", required=True, choices=LIBS)
    parser.add_argument("--images", default=str(images_mod.DEFAULT_PATH))
    parser.add_argument("--size", default="384x512", choices=sorted(images_mod.SIZES))
    parser.add_argument("--n-images", type=int, default=None)
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--transforms", default="", help="comma-separated names")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=4.0)
    args = parser.parse_args(argv)

    images, _ = images_mod.load_images(args.images, args.size, args.n_images)
    # Keep the protocol channel clean: anything a library prints goes to stderr.
    out = sys.stdout
    sys.stdout = sys.stderr
    bench = Bench(args.lib, images)
    if args.serve:
        serve(bench, sys.stdin, out)
        return 0
    names = [n for n in args.transforms.split(",") if n] or list(transforms.TRANSFORMS)
    results = {}
    for name in names:
        runs = []
        res = {}
        for _ in range(args.runs):
            res = bench.handle(
                {"cmd": "run", "name": name, "max_seconds": args.max_seconds}
            )
            if res["status"] != "ok":
                break
            runs.append(res["ips"])
        entry = {"status": res.get("status"), "runs": runs, **summarize(runs)}
        if res.get("error"):
            entry["error"] = res["error"]
        results[name] = entry
    out.write(json.dumps({"info": bench.info(), "results": results}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
