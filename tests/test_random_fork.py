"""Forked children reseed imgaug's global RNG (os.register_at_fork hook)."""

import multiprocessing
import os
import pickle
import sys
import types
import warnings

import numpy as np
import pytest

import imgaug.random as iarandom

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def _draw_global(n=4):
    return iarandom.get_global_rng().integers(0, 2**31 - 1, size=(n,)).tolist()


def _run_in_fork(func):
    """Run ``func`` in a child made by os.fork and return its (pickled) result."""
    read_fd, write_fd = os.pipe()
    with warnings.catch_warnings():
        # py>=3.12 warns about forking a multi-threaded process (BLAS threads)
        warnings.filterwarnings(
            "ignore", message=".*fork.*", category=DeprecationWarning
        )
        pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_fd)
            try:
                payload = pickle.dumps(("ok", func()))
            except BaseException as err:  # noqa: BLE001
                payload = pickle.dumps(("error", repr(err)))
            view = memoryview(payload)
            while view:
                view = view[os.write(write_fd, view) :]
        finally:
            os._exit(0)
    os.close(write_fd)
    chunks = []
    with os.fdopen(read_fd, "rb") as handle:
        chunks.append(handle.read())
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    status_, value = pickle.loads(b"".join(chunks))
    assert status_ == "ok", value
    return value


@pytest.fixture
def fork_counter_zero(monkeypatch):
    monkeypatch.setattr(iarandom, "_FORK_COUNTER", 0)


@pytest.mark.timeout(30)
def test_children_differ_from_parent_and_from_each_other():
    iarandom.seed(1)
    child_a = _run_in_fork(_draw_global)
    child_b = _run_in_fork(_draw_global)
    parent = _draw_global()
    assert child_a != child_b
    assert child_a != parent
    assert child_b != parent


@pytest.mark.timeout(30)
def test_parent_stream_is_not_advanced_by_forking():
    iarandom.seed(2)
    _run_in_fork(_draw_global)
    after_fork = _draw_global()
    iarandom.seed(2)
    assert _draw_global() == after_fork


@pytest.mark.timeout(30)
def test_children_are_reproducible(monkeypatch):
    results = []
    for _ in range(2):
        monkeypatch.setattr(iarandom, "_FORK_COUNTER", 0)
        iarandom.seed(3)
        results.append([_run_in_fork(_draw_global) for _ in range(2)])
    assert results[0] == results[1]
    assert results[0][0] != results[0][1]


@pytest.mark.timeout(30)
def test_child_stream_depends_on_parent_seed(fork_counter_zero, monkeypatch):
    iarandom.seed(4)
    first = _run_in_fork(_draw_global)
    monkeypatch.setattr(iarandom, "_FORK_COUNTER", 0)
    iarandom.seed(5)
    second = _run_in_fork(_draw_global)
    assert first != second


@pytest.mark.timeout(30)
def test_reseed_is_in_place_for_augmenter_style_sharers():
    # RNG(None) shares the global generator object (as augmenters with seed=None do)
    iarandom.seed(6)
    sharer = iarandom.RNG(None)

    def draw():
        assert sharer.is_global_rng()
        return sharer.integers(0, 2**31 - 1, size=(4,)).tolist()

    assert _run_in_fork(draw) != _run_in_fork(draw)


@pytest.mark.timeout(30)
def test_own_seeded_rngs_are_not_touched():
    own = iarandom.RNG(7)
    expected = iarandom.RNG(7).integers(0, 1000, size=(5,)).tolist()
    assert _run_in_fork(lambda: own.integers(0, 1000, size=(5,)).tolist()) == expected


@pytest.mark.timeout(30)
def test_torch_initial_seed_is_mixed_in(fork_counter_zero, monkeypatch):
    def with_torch_seed(value):
        fake = types.ModuleType("torch")
        fake.initial_seed = lambda: value
        monkeypatch.setitem(sys.modules, "torch", fake)
        monkeypatch.setattr(iarandom, "_FORK_COUNTER", 0)
        iarandom.seed(8)
        return _run_in_fork(_draw_global)

    assert with_torch_seed(10) == with_torch_seed(10)
    assert with_torch_seed(10) != with_torch_seed(11)


@pytest.mark.timeout(30)
def test_broken_torch_does_not_break_fork(monkeypatch):
    fake = types.ModuleType("torch")

    def initial_seed():
        raise RuntimeError("broken")

    fake.initial_seed = initial_seed
    monkeypatch.setitem(sys.modules, "torch", fake)
    iarandom.seed(9)
    assert _run_in_fork(_draw_global) != _run_in_fork(_draw_global)


@pytest.mark.timeout(30)
def test_global_rng_not_created_yet(monkeypatch):
    # without the hook both children would seed from the same legacy numpy state
    monkeypatch.setattr(iarandom, "GLOBAL_RNG", None)
    with iarandom.temporary_numpy_seed(10):
        first = _run_in_fork(_draw_global)
        second = _run_in_fork(_draw_global)
        parent_legacy_state = np.random.get_state()[1].copy()  # noqa: NPY002
        _run_in_fork(_draw_global)
        # reading the legacy state in the hook does not advance it in the parent
        assert np.array_equal(np.random.get_state()[1], parent_legacy_state)  # noqa: NPY002
    assert first != second
    assert iarandom.GLOBAL_RNG is None


def _queue_draw(queue):
    queue.put(_draw_global())


@pytest.mark.timeout(30)
def test_multiprocessing_fork_context_children_differ():
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("fork start method not available")
    ctx = multiprocessing.get_context("fork")
    iarandom.seed(11)
    queue = ctx.SimpleQueue()
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=".*fork.*", category=DeprecationWarning
        )
        procs = [ctx.Process(target=_queue_draw, args=(queue,)) for _ in range(2)]
        for proc in procs:
            proc.start()
    results = [queue.get() for _ in procs]
    for proc in procs:
        proc.join(10)
        assert proc.exitcode == 0
    queue.close()
    assert results[0] != results[1]


def test_counter_increments_in_parent_only():
    before = iarandom._FORK_COUNTER
    child_value = _run_in_fork(lambda: iarandom._FORK_COUNTER)
    assert iarandom._FORK_COUNTER == before + 1
    assert child_value == before + 1


def test_hook_never_raises(monkeypatch):
    monkeypatch.setattr(iarandom, "_derive_fork_entropy", lambda: 1 / 0)
    iarandom._reseed_global_rng_after_fork()  # swallowed


def test_state_to_words_flattens_ints_and_arrays():
    words = iarandom._state_to_words(
        {"b": np.array([1, 2], dtype=np.uint64), "a": 2**33 + 5, "s": "x"}
    )
    assert words == [5, 2, 1, 0, 2, 0]
