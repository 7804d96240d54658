"""Plain timing helpers for the opt-in micro benchmarks (no pytest-benchmark).

Timings are best-of-N wall-clock times from ``time.perf_counter``. The two routes
of a comparison are measured alternately (chosen, alternative, chosen, ...), so a
burst of load from other processes hurts both about equally, and the minimum of
each series is compared: the minimum is the least noisy estimate of what a route
costs when nothing interferes.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "DEFAULT_MARGIN",
    "Comparison",
    "assert_not_slower",
    "best_of",
    "compare",
]

#: Chosen route may take up to 15 % longer than the alternative (timing noise).
DEFAULT_MARGIN = 1.15

# one sample (``number`` calls) should last at least this long, so that the
# timer resolution and call overhead do not dominate
_MIN_SAMPLE_SECONDS = 5e-3
# rough budget per comparison round, both routes together
_ROUND_BUDGET_SECONDS = 0.8


@dataclass(frozen=True)
class Comparison:
    """Best per-call times (seconds) of two routes."""

    chosen: float
    alternative: float
    label: str = ""

    @property
    def ratio(self) -> float:
        """``chosen / alternative``; below 1 means the chosen route is faster."""
        return self.chosen / self.alternative

    def describe(self) -> str:
        """Return a one-line human readable summary."""
        prefix = f"{self.label}: " if self.label else ""
        return (
            f"{prefix}chosen {self.chosen * 1e6:.1f} us, "
            f"alternative {self.alternative * 1e6:.1f} us, "
            f"ratio {self.ratio:.2f}"
        )


def _time_calls(func: Callable[[], object], number: int) -> float:
    """Return the per-call time of `number` back-to-back calls of `func`."""
    start = time.perf_counter()
    for _ in range(number):
        func()
    return (time.perf_counter() - start) / number


def _calibrate(func: Callable[[], object]) -> tuple[float, int]:
    """Warm `func` up; return a first per-call estimate and a good call count."""
    func()  # warm-up: lazy imports, caches, first allocations
    estimate = _time_calls(func, 1)
    number = max(1, int(_MIN_SAMPLE_SECONDS / max(estimate, 1e-9)))
    return estimate, number


def best_of(func: Callable[[], object], repeat: int = 5) -> float:
    """Return the best per-call time of `func` over `repeat` samples (seconds)."""
    _, number = _calibrate(func)
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return min(_time_calls(func, number) for _ in range(repeat))
    finally:
        if gc_was_enabled:
            gc.enable()


def compare(
    chosen: Callable[[], object],
    alternative: Callable[[], object],
    repeat: int | None = None,
    label: str = "",
) -> Comparison:
    """Time two zero-argument callables alternately; return their best times.

    `repeat` samples are taken per route; by default as many as fit into a
    budget of about 0.8 s (between 3 and 20).
    """
    est_chosen, n_chosen = _calibrate(chosen)
    est_alt, n_alt = _calibrate(alternative)
    if repeat is None:
        per_round = est_chosen * n_chosen + est_alt * n_alt
        repeat = int(_ROUND_BUDGET_SECONDS / max(per_round, 1e-9))
        repeat = min(max(repeat, 3), 20)
    best_chosen = best_alt = float("inf")
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            best_chosen = min(best_chosen, _time_calls(chosen, n_chosen))
            best_alt = min(best_alt, _time_calls(alternative, n_alt))
    finally:
        if gc_was_enabled:
            gc.enable()
    return Comparison(best_chosen, best_alt, label)


def assert_not_slower(
    chosen: Callable[[], object],
    alternative: Callable[[], object],
    margin: float = DEFAULT_MARGIN,
    label: str = "",
    rounds: int = 3,
) -> Comparison:
    """Assert ``time(chosen) <= margin * time(alternative)``; return the timings.

    A failing round is measured again (up to `rounds` rounds), since a shared
    machine can slow one route down by chance; a route that is really slower
    fails every round. The timings are printed (pytest shows them with ``-rA``)
    and named in the error message.
    """
    result = compare(chosen, alternative, label=label)
    for _ in range(rounds - 1):
        if result.chosen <= margin * result.alternative:
            break
        retry = compare(chosen, alternative, label=label)
        result = Comparison(
            min(result.chosen, retry.chosen),
            min(result.alternative, retry.alternative),
            label,
        )
    print(result.describe())  # shown with -rA / -s, and on failure
    assert result.chosen <= margin * result.alternative, (
        f"chosen route slower than the alternative by more than the margin "
        f"{margin:.2f}: {result.describe()}"
    )
    return result
