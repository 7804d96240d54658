"""Tests for imgaug.multicore: Pool, transport, faults, legacy loaders."""

import contextlib
import glob
import multiprocessing
import os
import pickle
import queue as queue_module
import signal
import subprocess
import sys
import time
import types

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.random as iarandom
from imgaug import multicore
from imgaug.augmentables.batches import Batch, UnnormalizedBatch
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.multicore import Pool, WorkerError, augment_batch_with_seed

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="process checks use /proc and POSIX signals"
)


# ---------------------------------------------------------------------------------
# Test augmenters (module level: picklable for every start method)
# ---------------------------------------------------------------------------------
class _AddRandom(_SampledAugmenter):
    """Add one random value in [0, 100) per row to images; shift keypoints by it."""

    _KINDS = ("images", "keypoints")

    # sampling order: value
    def _draw_samples(self, batch, random_state):
        return random_state.integers(0, 100, size=(batch.nb_rows,))

    def _augment_images_by_samples(self, images, samples):
        for i, value in enumerate(samples):
            images[i] = np.clip(images[i].astype(np.int32) + value, 0, 255).astype(
                images[i].dtype
            )
        return images

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, value in enumerate(samples):
            xy = kpsois[i].to_xy_array()
            xy[:, 0] += value
            kpsois[i] = kpsois[i].fill_from_xy_array_(xy)
        return kpsois

    def get_parameters(self):
        return []


class _DoubleHeight(_SampledAugmenter):
    """Stack every image on top of itself (output larger than input)."""

    _KINDS = ("images",)

    def _augment_images_by_samples(self, images, samples):
        if isinstance(images, np.ndarray):
            return np.concatenate([images, images], axis=1)
        return [np.concatenate([image, image], axis=0) for image in images]

    def get_parameters(self):
        return []


class _FailingAugmenter(iaa.Augmenter):
    def __init__(self, message="boom", seed=None):
        super().__init__(seed=seed)
        self.message = message

    def _augment_batch_(self, batch, random_state, parents, hooks):
        raise ValueError(self.message)

    def get_parameters(self):
        return []


class _FailOnValue(iaa.Augmenter):
    """Raise if the first pixel of the first image equals ``value``."""

    def __init__(self, value, seed=None):
        super().__init__(seed=seed)
        self.value = value

    def _augment_batch_(self, batch, random_state, parents, hooks):
        if int(np.asarray(batch.images[0]).flat[0]) == self.value:
            raise ValueError(f"bad value {self.value}")
        return batch

    def get_parameters(self):
        return []


class _UnpicklableError(Exception):
    def __init__(self, text):
        super().__init__(text)
        self.handle = lambda: None  # makes the exception unpicklable


class _RaiseUnpicklable(iaa.Augmenter):
    def _augment_batch_(self, batch, random_state, parents, hooks):
        raise _UnpicklableError("cannot travel")

    def get_parameters(self):
        return []


class _KillSelf(iaa.Augmenter):
    """SIGKILL the current process if it is a pool worker."""

    def _augment_batch_(self, batch, random_state, parents, hooks):
        if multicore.Pool._WORKER_AUGSEQ is not None:
            os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(10)
        return batch

    def get_parameters(self):
        return []


class _Sleep(iaa.Augmenter):
    def __init__(self, delay, seed=None):
        super().__init__(seed=seed)
        self.delay = delay

    def _augment_batch_(self, batch, random_state, parents, hooks):
        time.sleep(self.delay)
        return batch

    def get_parameters(self):
        return []


class _RecordPid(iaa.Augmenter):
    """Write the worker's pid into the first pixel row of every image."""

    def _augment_batch_(self, batch, random_state, parents, hooks):
        images = batch.images
        for i in range(len(images)):
            images[i] = images[i].copy()
            images[i].flat[0:4] = np.frombuffer(
                np.uint32(os.getpid()).tobytes(), np.uint8
            )
        batch.images = images
        return batch

    def get_parameters(self):
        return []


# ---------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------
def _images(seed, n=3, size=8):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 150, size=(n, size, size, 3), dtype=np.uint8)


def _batches(count, n=3, size=8):
    return [Batch(images=_images(i, n=n, size=size), data=i) for i in range(count)]


def _gen(batches):
    yield from batches


def _aug_images(batches):
    return [np.asarray(b.images_aug) for b in batches]


def _assert_same(list_a, list_b):
    assert len(list_a) == len(list_b)
    for a, b in zip(list_a, list_b):
        assert np.array_equal(a, b)


def _tracker_pid():
    from multiprocessing import resource_tracker

    return getattr(resource_tracker._resource_tracker, "_pid", None)


def _child_pids():
    """Direct children of this process according to /proc (tracker excluded)."""
    own = os.getpid()
    tracker = _tracker_pid()
    children = set()
    if not os.path.isdir("/proc"):  # not Linux: rely on active_children()
        return children
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == own and int(entry) != tracker:
            children.add(int(entry))
    return children


def _own_shm_blocks():
    return glob.glob(f"/dev/shm/iaa{os.getpid()}_*")


def _wait_until_dead(pid, timeout=10.0):
    """Wait until process `pid` and all its threads have exited.

    A killed multi-threaded process shows as a zombie while its other threads are
    still being torn down, and its files (the pool's sentinel pipe) stay open until
    the last one is gone: wait for "zombie with one thread" or no process at all.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/status") as handle:
                status = dict(
                    line.split(":", 1)
                    for line in handle.read().splitlines()
                    if ":" in line
                )
        except (FileNotFoundError, ProcessLookupError):
            return
        if status["State"].strip()[0] in "ZX" and status["Threads"].strip() == "1":
            return
        time.sleep(0.02)
    raise AssertionError(f"process {pid} still running after {timeout} s")


@pytest.fixture
def no_leaks():
    """Fail if a test leaves processes or shared-memory blocks behind."""
    before = _child_pids()
    active_before = set(multiprocessing.active_children())
    yield

    def new_active():
        return set(multiprocessing.active_children()) - active_before

    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline:
        if not (_child_pids() - before) and not new_active():
            break
        time.sleep(0.05)
    assert _child_pids() - before == set()
    assert new_active() == set()
    assert _own_shm_blocks() == []


@pytest.fixture
def small_oob(monkeypatch):
    """Put even small arrays into shared memory (module globals are forked)."""
    monkeypatch.setattr(multicore, "_OOB_MIN_BYTES", 64)


# ---------------------------------------------------------------------------------
# Reproducibility
# ---------------------------------------------------------------------------------
class TestReproducibility:
    @pytest.mark.timeout(60)
    def test_same_output_for_any_processes_chunksize_and_order(self, no_leaks):
        aug = _AddRandom()
        batches = _batches(6)
        expected = [
            augment_batch_with_seed(aug, batch, 7, i) for i, batch in enumerate(batches)
        ]
        expected = _aug_images(expected)
        with Pool(aug, processes=1, seed=7) as pool:
            _assert_same(_aug_images(pool.map_batches(batches)), expected)
        with Pool(aug, processes=2, seed=7) as pool:
            _assert_same(_aug_images(pool.map_batches(batches, chunksize=4)), expected)
        with Pool(aug, processes=2, seed=7) as pool:
            got = list(pool.imap_batches(_gen(batches), chunksize=2))
            _assert_same(_aug_images(got), expected)
        with Pool(aug, processes=2, seed=7) as pool:
            got = list(pool.imap_batches_unordered(_gen(batches), chunksize=3))
        got = sorted(got, key=lambda b: b.data)
        assert [b.data for b in got] == list(range(6))
        _assert_same(_aug_images(got), expected)

    @pytest.mark.timeout(30)
    def test_batch_index_grows_across_calls(self, no_leaks):
        aug = _AddRandom()
        batches = _batches(2)
        with Pool(aug, processes=2, seed=3) as pool:
            first = pool.map_batches(batches)
            second = pool.map_batches(batches)
            assert pool._batch_idx == 4
        for i, batch in enumerate(batches):
            ref_first = augment_batch_with_seed(aug, batch, 3, i)
            ref_second = augment_batch_with_seed(aug, batch, 3, i + 2)
            assert np.array_equal(first[i].images_aug, ref_first.images_aug)
            assert np.array_equal(second[i].images_aug, ref_second.images_aug)
        assert not np.array_equal(first[0].images_aug, second[0].images_aug)

    @pytest.mark.timeout(30)
    def test_different_seeds_differ_and_batches_differ(self, no_leaks):
        aug = _AddRandom()
        same = [Batch(images=np.zeros((4, 4, 4, 1), np.uint8)) for _ in range(3)]
        with Pool(aug, processes=2, seed=1) as pool:
            out_1 = _aug_images(pool.map_batches(same))
        with Pool(aug, processes=2, seed=2) as pool:
            out_2 = _aug_images(pool.map_batches(same))
        assert not np.array_equal(out_1[0], out_2[0])
        assert not np.array_equal(out_1[0], out_1[1])
        assert not np.array_equal(out_1[1], out_1[2])

    @pytest.mark.timeout(30)
    def test_seed_none_differs_between_runs_and_batches(self, no_leaks):
        aug = _AddRandom()
        same = [Batch(images=np.zeros((8, 2, 2, 1), np.uint8)) for _ in range(4)]
        with Pool(aug, processes=2) as pool:
            run_1 = _aug_images(pool.map_batches(same))
        with Pool(aug, processes=2) as pool:
            run_2 = _aug_images(pool.map_batches(same))
        assert not np.array_equal(np.stack(run_1), np.stack(run_2))
        assert len({arr.tobytes() for arr in run_1}) == 4

    @pytest.mark.timeout(30)
    def test_serial_helper_changes_nothing(self):
        aug = _AddRandom(seed=5)
        state = aug.random_state.state
        batch = Batch(images=_images(0))
        images_before = batch.images_unaug.copy()
        iarandom.seed(9)
        global_state = iarandom.get_global_rng().state
        out_a = augment_batch_with_seed(aug, batch, 11, 4)
        out_b = augment_batch_with_seed(aug, batch, 11, 4)
        assert np.array_equal(out_a.images_aug, out_b.images_aug)
        assert batch.images_aug is None
        assert np.array_equal(batch.images_unaug, images_before)
        assert aug.random_state.state["state"]["state"].tolist() == (
            state["state"]["state"].tolist()
        )
        assert iarandom.get_global_rng().state["state"]["state"].tolist() == (
            global_state["state"]["state"].tolist()
        )

    def test_serial_helper_rejects_bad_arguments(self):
        batch = Batch(images=_images(0))
        with pytest.raises(ValueError, match="seed"):
            augment_batch_with_seed(iaa.Identity(), batch, None)
        with pytest.raises(ValueError, match="Expected `seed` to be"):
            augment_batch_with_seed(iaa.Identity(), batch, -1)
        with pytest.raises(TypeError, match="batch_idx"):
            augment_batch_with_seed(iaa.Identity(), batch, 1, batch_idx=1.5)
        with pytest.raises(TypeError, match="Batch"):
            augment_batch_with_seed(iaa.Identity(), "batch", 1)

    def test_derive_seed_formula(self):
        span = iarandom.SEED_MAX_VALUE - iarandom.SEED_MIN_VALUE
        assert multicore._derive_seed(5) == 5
        assert multicore._derive_seed(5, -(10**9)) == (5 - 10**9) % span
        assert multicore._derive_seed(span + 3) == 3


# ---------------------------------------------------------------------------------
# Inputs and outputs
# ---------------------------------------------------------------------------------
class TestInputs:
    @pytest.mark.timeout(30)
    def test_batch_with_keypoints_and_data(self, no_leaks):
        aug = _AddRandom()
        kpsoi = KeypointsOnImage([Keypoint(x=1.0, y=2.0)], shape=(8, 8, 3))
        batch = Batch(images=_images(0, n=1), keypoints=[kpsoi], data={"id": 1})
        with Pool(aug, processes=1, seed=4) as pool:
            (out,) = pool.map_batches([batch])
        ref = augment_batch_with_seed(aug, batch, 4, 0)
        assert out is not batch
        assert batch.images_aug is None  # caller's batch untouched
        assert out.data == {"id": 1}
        assert out.images_unaug is batch.images_unaug
        assert np.array_equal(out.images_aug, ref.images_aug)
        assert (
            out.keypoints_aug[0].keypoints[0].x == ref.keypoints_aug[0].keypoints[0].x
        )
        shift = int(out.images_aug[0, 0, 0, 0]) - int(batch.images_unaug[0, 0, 0, 0])
        assert out.keypoints_aug[0].keypoints[0].x == pytest.approx(1.0 + shift)

    @pytest.mark.timeout(30)
    def test_unnormalized_batches_with_lists_of_arrays(self, no_leaks, small_oob):
        aug = _AddRandom()
        batches = [
            UnnormalizedBatch(
                images=[
                    np.full((4, 6, 3), 10, np.uint8),
                    np.full((5, 3), 20, np.uint8),
                ],
                data="a",
            ),
            UnnormalizedBatch(images=np.full((2, 3, 3, 3), 30, np.uint8), data="b"),
        ]
        with Pool(aug, processes=2, seed=5) as pool:
            out = list(pool.imap_batches(_gen(batches)))
        refs = [augment_batch_with_seed(aug, b, 5, i) for i, b in enumerate(batches)]
        assert [type(b) for b in out] == [UnnormalizedBatch, UnnormalizedBatch]
        assert [b.data for b in out] == ["a", "b"]
        assert isinstance(out[0].images_aug, list)
        assert [img.shape for img in out[0].images_aug] == [(4, 6, 3), (5, 3)]
        for got, ref in zip(out[0].images_aug, refs[0].images_aug):
            assert np.array_equal(got, ref)
        assert isinstance(out[1].images_aug, np.ndarray)
        assert np.array_equal(out[1].images_aug, refs[1].images_aug)

    @pytest.mark.timeout(30)
    def test_generator_of_batches_and_empty_inputs(self, no_leaks):
        aug = _AddRandom()
        with Pool(aug, processes=2, seed=1) as pool:
            assert pool.map_batches([]) == []
            assert list(pool.imap_batches(_gen([]))) == []
            out = list(pool.imap_batches(b for b in _batches(5)))
        assert [b.data for b in out] == [0, 1, 2, 3, 4]

    @pytest.mark.timeout(30)
    def test_large_images_go_through_shared_memory(self, no_leaks):
        aug = _AddRandom()
        batches = _batches(4, n=4, size=64)  # 48 KiB per batch
        with Pool(aug, processes=2, seed=2) as pool:
            out = pool.map_batches(batches)
            slots = pool.pool._resources.slots
            assert slots and all(slot.block is not None for slot in slots)
            assert len(_own_shm_blocks()) == len(slots)
        refs = [augment_batch_with_seed(aug, b, 2, i) for i, b in enumerate(batches)]
        _assert_same(_aug_images(out), _aug_images(refs))
        assert out[0].images_aug.flags["WRITEABLE"]

    @pytest.mark.timeout(30)
    def test_outputs_aliasing_the_shared_input_are_copied_safely(self, no_leaks):
        # Identity may hand back the (shared-memory) input array itself
        batches = _batches(3, n=4, size=64)
        with Pool(iaa.Identity(), processes=1, seed=1) as pool:
            out = pool.map_batches(batches)
            again = pool.map_batches(batches)
        for batch, got, got_again in zip(batches, out, again):
            assert np.array_equal(got.images_aug, batch.images_unaug)
            assert np.array_equal(got_again.images_aug, batch.images_unaug)
            assert not np.shares_memory(got.images_aug, batch.images_unaug)

    @pytest.mark.timeout(30)
    def test_outputs_larger_than_block_grow_it(self, no_leaks, small_oob):
        aug = _DoubleHeight()
        batches = _batches(6, n=2, size=16)
        with Pool(aug, processes=1, seed=2) as pool:
            out = pool.map_batches(batches)
            capacities = [slot.capacity for slot in pool.pool._resources.slots]
        assert all(capacity > 2 * 2 * 16 * 16 * 3 for capacity in capacities)
        for batch, batch_aug in zip(batches, out):
            expected = np.concatenate([batch.images_unaug] * 2, axis=1)
            assert np.array_equal(batch_aug.images_aug, expected)

    @pytest.mark.timeout(30)
    def test_falls_back_to_pickling_without_shared_memory(
        self, no_leaks, small_oob, monkeypatch
    ):
        def fail(nbytes):
            raise OSError("no space left")

        monkeypatch.setattr(multicore, "_create_block", fail)
        aug = _AddRandom()
        batches = _batches(3)
        with Pool(aug, processes=2, seed=8) as pool:
            out = pool.map_batches(batches)
            assert all(s.block is None for s in pool.pool._resources.slots)
        refs = [augment_batch_with_seed(aug, b, 8, i) for i, b in enumerate(batches)]
        _assert_same(_aug_images(out), _aug_images(refs))

    @pytest.mark.timeout(30)
    def test_unpicklable_batch_raises_in_caller_and_pool_survives(self, no_leaks):
        with Pool(_AddRandom(), processes=1, seed=1) as pool:
            with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
                pool.map_batches([Batch(images=_images(0), data=lambda: 1)])
            out = pool.map_batches(_batches(2))
        assert len(out) == 2

    @pytest.mark.timeout(30)
    def test_pool_via_augmenter_and_augment_batches_background(self, no_leaks):
        aug = _AddRandom()
        pool = aug.pool(processes=1, seed=3)
        assert isinstance(pool, Pool)
        assert (pool.processes, pool.seed) == (1, 3)
        pool.close()
        batches = _batches(4)
        batches[2] = UnnormalizedBatch(images=_images(2), data="u")
        out = list(aug.augment_batches(batches, background=True))
        assert [b.data for b in out] == [0, 1, "u", 3]
        assert isinstance(out[2], UnnormalizedBatch)
        assert out[0].images_aug.shape == (3, 8, 8, 3)


# ---------------------------------------------------------------------------------
# Bounded prefetch
# ---------------------------------------------------------------------------------
class TestBuffering:
    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("ordered", [True, False])
    def test_output_buffer_size_bounds_pulled_batches(self, no_leaks, ordered):
        pulled = []

        def source():
            for batch in _batches(12):
                pulled.append(batch.data)
                yield batch

        with Pool(_AddRandom(), processes=2, seed=1) as pool:
            method = pool.imap_batches if ordered else pool.imap_batches_unordered
            consumed = 0
            for _ in method(source(), output_buffer_size=3):
                consumed += 1
                assert len(pulled) - consumed <= 3 - 1
                time.sleep(0.01)  # slow consumer
        assert consumed == 12

    @pytest.mark.timeout(30)
    def test_default_buffer_is_bounded(self, no_leaks):
        pulled = []

        def source():
            for batch in _batches(30, n=1, size=2):
                pulled.append(batch.data)
                yield batch

        with Pool(_AddRandom(), processes=2, seed=1) as pool:
            iterator = pool.imap_batches(source(), chunksize=2)
            next(iterator)
            time.sleep(0.2)
            assert len(pulled) <= 2 * 2 * 2
            rest = list(iterator)
        assert len(rest) == 29


# ---------------------------------------------------------------------------------
# Faults
# ---------------------------------------------------------------------------------
class TestFaults:
    @pytest.mark.timeout(30)
    def test_worker_exception_reaches_caller_with_traceback(self, no_leaks):
        with Pool(_FailingAugmenter("boom-4711"), processes=2, seed=1) as pool:
            with pytest.raises(ValueError, match="boom-4711") as excinfo:
                pool.map_batches(_batches(3))
            message = str(excinfo.value)
            assert "Traceback" in message
            assert "_augment_batch_" in message
            assert "ImgaugPoolWorker" in message
            assert isinstance(excinfo.value.__cause__, multicore._RemoteTraceback)
            # a failed batch does not break the pool
            with pytest.raises(ValueError, match="boom-4711"):
                list(pool.imap_batches(_gen(_batches(1))))

    @pytest.mark.timeout(30)
    def test_ordered_results_before_the_failure_are_yielded(self, no_leaks):
        batches = [Batch(images=np.full((1, 2, 2, 1), v, np.uint8)) for v in range(4)]
        got = []
        with Pool(_FailOnValue(2), processes=2, seed=1) as pool:
            with pytest.raises(ValueError, match="bad value 2"):
                for batch in pool.imap_batches(_gen(batches)):
                    got.append(int(batch.images_aug[0, 0, 0, 0]))
            # later calls still work
            assert len(pool.map_batches(batches[:2])) == 2
        assert got == [0, 1]

    @pytest.mark.timeout(30)
    def test_unpicklable_worker_exception_becomes_worker_error(self, no_leaks):
        with Pool(_RaiseUnpicklable(), processes=1, seed=1) as pool:
            with pytest.raises(WorkerError, match="cannot travel"):
                pool.map_batches(_batches(1))

    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("method", ["map", "imap", "imap_unordered"])
    def test_sigkilled_worker_raises_instead_of_hanging(self, no_leaks, method):
        pool = Pool(_KillSelf(), processes=2, seed=1)
        start = time.monotonic()
        with pytest.raises(WorkerError, match="SIGKILL"):
            if method == "map":
                pool.map_batches(_batches(3))
            elif method == "imap":
                list(pool.imap_batches(_gen(_batches(3))))
            else:
                list(pool.imap_batches_unordered(_gen(_batches(3))))
        assert time.monotonic() - start < 5.0
        pool.close()

    @pytest.mark.timeout(30)
    def test_pool_recovers_after_a_crash(self, no_leaks):
        pool = Pool(_KillSelf(), processes=1, seed=1)
        with pytest.raises(WorkerError):
            pool.map_batches(_batches(1))
        pool.augseq = _AddRandom()  # fresh workers pick up the new augmenter (fork)
        assert len(pool.map_batches(_batches(2))) == 2
        pool.close()

    @pytest.mark.timeout(30)
    def test_idle_worker_killed_is_replaced(self, no_leaks):
        with Pool(_RecordPid(), processes=1, seed=1) as pool:
            first = pool.map_batches(_batches(1))[0]
            pid = int(
                np.frombuffer(first.images_aug.ravel()[:4].tobytes(), np.uint32)[0]
            )
            os.kill(pid, signal.SIGKILL)
            _wait_until_dead(pid)
            second = pool.map_batches(_batches(1))[0]
            pid_2 = int(
                np.frombuffer(second.images_aug.ravel()[:4].tobytes(), np.uint32)[0]
            )
        assert pid_2 != pid

    @pytest.mark.timeout(30)
    def test_terminate_during_iteration_leaves_nothing(self, no_leaks):
        pool = Pool(_Sleep(0.3), processes=2, seed=1)
        iterator = pool.imap_batches(_gen(_batches(8, n=4, size=64)))
        next(iterator)
        pool.terminate()
        with pytest.raises((ValueError, WorkerError)):
            next(iterator)

    @pytest.mark.timeout(30)
    def test_keyboard_interrupt_terminates_workers(self, no_leaks):
        def source():
            yield from _batches(2)
            raise KeyboardInterrupt

        pool = Pool(_Sleep(6.0), processes=2, seed=1)
        start = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            with pool:
                list(pool.imap_batches(source()))
        assert time.monotonic() - start < 5.0  # did not wait for the workers
        assert pool._pool is None

    @pytest.mark.timeout(30)
    def test_sigint_while_waiting_terminates_workers(self, no_leaks):
        import threading

        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        timer = threading.Timer(0.3, os.kill, args=(os.getpid(), signal.SIGINT))
        pool = Pool(_Sleep(8.0), processes=2, seed=1)
        try:
            timer.start()
            start = time.monotonic()
            with pytest.raises(KeyboardInterrupt):
                pool.map_batches(_batches(4))
            assert time.monotonic() - start < 6.0  # did not wait for the workers
        finally:
            timer.cancel()
            signal.signal(signal.SIGINT, previous)
        assert not pool._pool.is_usable
        assert pool._pool._workers == []
        pool.terminate()

    @pytest.mark.timeout(30)
    def test_abandoned_generator_then_close(self, no_leaks):
        with Pool(_AddRandom(), processes=2, seed=1) as pool:
            iterator = pool.imap_batches(_gen(_batches(10, n=4, size=64)))
            next(iterator)
            del iterator
            out = pool.map_batches(_batches(2))
        assert len(out) == 2

    @pytest.mark.timeout(30)
    def test_garbage_collected_pool_cleans_up(self, no_leaks):
        pool = Pool(_AddRandom(), processes=2, seed=1)
        pool.map_batches(_batches(2, n=4, size=64))
        del pool
        import gc

        gc.collect()

    @pytest.mark.timeout(30)
    def test_pool_inherited_by_forked_child_leaves_parent_workers_alone(self, no_leaks):
        aug = _AddRandom()
        batches = _batches(2)
        with Pool(aug, processes=1, seed=3) as pool:
            before = _aug_images(pool.map_batches(batches))
            parent_workers = [w.process.pid for w in pool.pool._workers]
            read_fd, write_fd = os.pipe()
            with multicore._quiet_fork_warning():
                pid = os.fork()
            if pid == 0:  # child: use the inherited Pool, report, never return
                code = 1
                try:
                    out = _aug_images(pool.map_batches(batches))
                    pool.close()
                    os.write(write_fd, pickle.dumps([a.sum() for a in out]))
                    code = 0
                finally:
                    os._exit(code)
            os.close(write_fd)
            with os.fdopen(read_fd, "rb") as handle:
                child_sums = pickle.loads(handle.read())
            _, status = os.waitpid(pid, 0)
            assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
            # the child continued the batch counter from 2: batches 2 and 3
            refs = [
                augment_batch_with_seed(aug, b, 3, i + 2) for i, b in enumerate(batches)
            ]
            assert child_sums == [r.images_aug.sum() for r in refs]
            assert [w.process.pid for w in pool.pool._workers] == parent_workers
            after = _aug_images(pool.map_batches(batches))
        assert not np.array_equal(before[0], after[0])

    @pytest.mark.timeout(60)
    def test_workers_exit_when_the_parent_is_killed(self, tmp_path):
        script = (
            "import sys, time, numpy as np\n"
            "import imgaug.augmenters as iaa\n"
            "from imgaug.augmentables.batches import Batch\n"
            "pool = iaa.Identity().pool(processes=2, seed=1)\n"
            "pool.map_batches([Batch(images=np.zeros((1, 8, 8, 3), np.uint8))])\n"
            "print(' '.join(str(w.process.pid) for w in pool.pool._workers))\n"
            "sys.stdout.flush()\n"
            "time.sleep(60)\n"
        )
        # the imgaug under test, whether installed or imported from a checkout
        package_parent = os.path.dirname(os.path.dirname(os.path.abspath(ia.__file__)))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [package_parent] + [p for p in [env.get("PYTHONPATH")] if p]
        )
        proc = subprocess.Popen(
            [sys.executable, "-c", script],
            stdout=subprocess.PIPE,
            cwd=tmp_path,
            env=env,
        )
        try:
            worker_pids = [int(p) for p in proc.stdout.readline().split()]
            assert len(worker_pids) == 2
            proc.kill()
            proc.wait(10)
        finally:
            proc.stdout.close()
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)

        def running(pid):
            if not os.path.isdir("/proc"):
                try:
                    os.kill(pid, 0)
                except OSError:
                    return False
                return True
            try:
                with open(f"/proc/{pid}/stat") as handle:
                    return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
            except OSError:
                return False

        deadline = time.monotonic() + 10
        while any(running(p) for p in worker_pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(running(p) for p in worker_pids)

    @pytest.mark.timeout(30)
    def test_spawned_worker_that_cannot_start_raises(self, no_leaks, monkeypatch):
        def broken_init(augseq, seed_start):
            raise RuntimeError("init failed 1234")

        monkeypatch.setattr(multicore, "_Pool_initialize_worker", broken_init)
        with Pool(_AddRandom(), processes=1, seed=1) as pool:
            with pytest.raises(WorkerError, match="init failed 1234"):
                pool.map_batches(_batches(1))


# ---------------------------------------------------------------------------------
# Pool API details
# ---------------------------------------------------------------------------------
class TestPoolApi:
    def test_argument_validation(self):
        aug = iaa.Identity()
        with pytest.raises(AssertionError, match="processes"):
            Pool(aug, processes=0)
        with pytest.raises(ValueError, match="Expected `seed` to be"):
            Pool(aug, seed=-1)
        with pytest.raises(AssertionError, match="Expected `seed` to be"):
            Pool(aug, seed=2**31)
        with pytest.raises(ValueError, match="maxtasksperchild"):
            Pool(aug, maxtasksperchild=0)
        pool = Pool(aug, processes=1)
        with pytest.raises(TypeError, match="imap_batches"):
            pool.map_batches(b for b in [])
        with pytest.raises(AssertionError, match="list"):
            pool.map_batches_async(b for b in [])
        with pytest.raises(TypeError, match="generator"):
            pool.imap_batches([])
        with pytest.raises(TypeError, match="generator"):
            pool.imap_batches_unordered([])
        with pytest.raises(ValueError, match="output_buffer_size"):
            pool.imap_batches(_gen([]), output_buffer_size=0)
        with pytest.raises(ValueError, match="chunksize"):
            pool.imap_batches(_gen([]), chunksize=0)
        with pytest.raises(TypeError, match="Batch"):
            pool.map_batches([np.zeros((1, 2, 2), np.uint8)])
        assert pool._pool is None  # nothing was started

    def test_attributes(self):
        aug = iaa.Identity()
        pool = Pool(aug, processes=-1, maxtasksperchild=2, seed=5)
        assert pool.augseq is aug
        assert (pool.processes, pool.maxtasksperchild, pool.seed) == (-1, 2, 5)
        assert pool._pool is None
        assert pool._batch_idx == 0
        assert Pool._WORKER_AUGSEQ is None
        assert Pool._WORKER_SEED_START is None
        pool.close()
        pool.terminate()
        pool.join()

    def test_resolve_processes(self, monkeypatch):
        monkeypatch.setattr(multiprocessing, "cpu_count", lambda: 4)
        assert multicore._resolve_processes(-1) == 3
        assert multicore._resolve_processes(-10) == 1
        assert multicore._resolve_processes(2) == 2
        assert multicore._resolve_processes(None) == (os.cpu_count() or 1)

        def missing():
            raise NotImplementedError

        monkeypatch.setattr(multiprocessing, "cpu_count", missing)
        with pytest.warns(UserWarning, match="cpu_count"):
            assert multicore._resolve_processes(-1) == (os.cpu_count() or 1)

    def test_nested_pool_is_rejected(self, monkeypatch):
        monkeypatch.setattr(Pool, "_WORKER_AUGSEQ", iaa.Identity())
        with pytest.raises(AssertionError, match="nested"):
            Pool(iaa.Identity())

    @pytest.mark.timeout(30)
    def test_nested_pool_inside_worker_fails_in_worker(self, no_leaks):
        aug = _CreatePool()
        with Pool(aug, processes=1, seed=1) as pool:
            with pytest.raises(AssertionError, match="nested"):
                pool.map_batches(_batches(1))

    @pytest.mark.timeout(30)
    def test_context_manager_and_lifecycle(self, no_leaks):
        pool = Pool(_AddRandom(), processes=2, seed=1)
        with pool as entered:
            assert entered is pool
            assert pool._pool is not None
            assert pool.pool._processes == 2
            with pytest.raises(AssertionError):
                pool.__enter__()
        assert pool._pool is None
        # a closed Pool starts new workers on the next call
        assert len(pool.map_batches(_batches(1))) == 1
        pool.join()
        pool.terminate()
        assert pool._pool is None

    @pytest.mark.timeout(30)
    def test_maxtasksperchild_replaces_workers(self, no_leaks):
        aug = _AddRandom()
        batches = _batches(5)
        with Pool(aug, processes=1, maxtasksperchild=1, seed=6) as pool:
            out = pool.map_batches(batches)
            out_ids = pool.map_batches([Batch(images=_images(0))])
            assert len(out_ids) == 1
        refs = [augment_batch_with_seed(aug, b, 6, i) for i, b in enumerate(batches)]
        _assert_same(_aug_images(out), _aug_images(refs))

    @pytest.mark.timeout(30)
    def test_map_batches_async(self, no_leaks):
        aug = _AddRandom()
        batches = _batches(3)
        results = []
        with Pool(aug, processes=2, seed=9) as pool:
            async_result = pool.map_batches_async(batches, callback=results.append)
            out = async_result.get(timeout=20)
            assert async_result.ready() and async_result.successful()
            errors = []
            failing = Pool(_FailingAugmenter("async-err"), processes=1, seed=1)
            bad = failing.map_batches_async(_batches(1), error_callback=errors.append)
            with pytest.raises(ValueError, match="async-err"):
                bad.get(timeout=20)
            assert not bad.successful()
            assert len(errors) == 1
            failing.close()
        assert results == [out]
        refs = [augment_batch_with_seed(aug, b, 9, i) for i, b in enumerate(batches)]
        _assert_same(_aug_images(out), _aug_images(refs))

    def test_async_result_not_ready(self):
        result = multicore._AsyncResult(iter([time.sleep(0)]), None, None)
        result.wait(5)
        assert result.get() == [None]
        pending = multicore._AsyncResult(
            (time.sleep(0.5) for _ in range(1)), None, None
        )
        with pytest.raises(ValueError):
            pending.successful()
        with pytest.raises(multiprocessing.TimeoutError):
            pending.get(timeout=0.01)
        pending.wait(5)

    def test_worker_functions_in_process(self, monkeypatch):
        monkeypatch.setattr(Pool, "_WORKER_AUGSEQ", None)
        monkeypatch.setattr(Pool, "_WORKER_SEED_START", None)
        aug = _AddRandom()
        batch = Batch(images=_images(0))
        with pytest.raises(AssertionError, match="initialized"):
            multicore._Pool_worker(0, batch)
        multicore._Pool_initialize_worker(aug, 10)
        assert Pool._WORKER_AUGSEQ is aug
        assert Pool._WORKER_SEED_START == 10
        out = multicore._Pool_starworker((2, Batch(images=_images(0))))
        ref = augment_batch_with_seed(aug, batch, 10, 2)
        assert np.array_equal(out.images_aug, ref.images_aug)
        with pytest.raises(TypeError, match="batch_idx"):
            multicore._Pool_worker("0", batch)
        with pytest.raises(TypeError, match="Batch"):
            multicore._Pool_worker(0, [batch])
        monkeypatch.setattr(Pool, "_WORKER_AUGSEQ", None)
        multicore._Pool_initialize_worker(aug, None)
        assert Pool._WORKER_SEED_START is None
        out_a = multicore._Pool_worker(
            0, Batch(images=np.zeros((4, 2, 2, 1), np.uint8))
        )
        assert out_a.images_aug.shape == (4, 2, 2, 1)

    def test_context_selection(self, monkeypatch):
        monkeypatch.setattr(multicore, "_CONTEXT", None)
        monkeypatch.setattr(multicore.platform, "version", lambda: "#1 SMP NixOS")
        assert multicore._get_context_method() == "spawn"
        monkeypatch.setattr(multicore.platform, "version", lambda: "#1 SMP Debian")
        monkeypatch.setattr(multicore.platform, "system", lambda: "Linux")
        expected = (
            "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        )
        assert multicore._get_context_method() == expected
        assert multicore._get_context().get_start_method() == expected
        multicore._set_context("spawn")
        assert multicore._get_context().get_start_method() == "spawn"
        multicore._reset_context()
        assert multicore._CONTEXT is None
        monkeypatch.setattr(multicore.platform, "system", lambda: "Darwin")
        assert multicore._get_context_method() == "spawn"

    @pytest.mark.timeout(60)
    def test_spawn_start_method(self, no_leaks, monkeypatch):
        monkeypatch.setattr(multicore, "_CONTEXT", multiprocessing.get_context("spawn"))
        aug = _AddRandom()
        batches = _batches(2, n=4, size=64)
        with Pool(aug, processes=1, seed=12) as pool:
            out = pool.map_batches(batches)
        refs = [augment_batch_with_seed(aug, b, 12, i) for i, b in enumerate(batches)]
        _assert_same(_aug_images(out), _aug_images(refs))

    def test_rebuild_exception_variants(self):
        err = multicore._rebuild_exception(pickle.dumps(ValueError("x")), "H", "TB")
        assert isinstance(err, ValueError)
        assert str(err) == "x\n\nH\nTB"
        err = multicore._rebuild_exception(pickle.dumps(KeyError("k")), "H", "TB")
        assert isinstance(err, WorkerError)
        assert isinstance(err.__cause__, KeyError)
        assert "TB" in str(err)
        err = multicore._rebuild_exception(None, "H", "TB")
        assert isinstance(err, WorkerError)
        assert "TB" in str(err)
        assert multicore._describe_exitcode(-9) == "exit code -9 (SIGKILL)"
        assert multicore._describe_exitcode(3) == "exit code 3"
        assert multicore._describe_exitcode(None) == "an unknown exit status"


class _CreatePool(iaa.Augmenter):
    def _augment_batch_(self, batch, random_state, parents, hooks):
        Pool(iaa.Identity())
        return batch

    def get_parameters(self):
        return []


# ---------------------------------------------------------------------------------
# Deprecated BatchLoader / BackgroundAugmenter
# ---------------------------------------------------------------------------------
def _load_three_batches():
    for i in range(3):
        yield Batch(images=np.full((2, 4, 4, 3), 10 * i, np.uint8), data=i)


def _read_loader_queue(loader, timeout=10):
    out = []
    while True:
        batch = pickle.loads(loader.queue.get(timeout=timeout))
        if batch is None:
            return out
        out.append(batch)


class TestBatchLoader:
    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("threaded", [True, False])
    def test_queue_protocol(self, no_leaks, threaded):
        with pytest.warns(ia.DeprecationWarning, match="BatchLoader"):
            loader = multicore.BatchLoader(
                _load_three_batches, queue_size=4, nb_workers=1, threaded=threaded
            )
        batches = _read_loader_queue(loader)
        assert sorted(b.data for b in batches) == [0, 1, 2]
        deadline = time.monotonic() + 5
        while not loader.all_finished() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert loader.all_finished()
        assert loader.count_workers_alive() == 0
        loader.terminate()

    # issue 18, item 8: the end marker follows the end of the workers (0.4.0)
    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("threaded", [True, False])
    def test_end_marker_comes_after_the_workers_ended(self, no_leaks, threaded):
        with pytest.warns(ia.DeprecationWarning):
            loader = multicore.BatchLoader(
                _load_three_batches, queue_size=2, nb_workers=1, threaded=threaded
            )
        assert len(_read_loader_queue(loader)) == 3
        assert loader.all_finished()
        loader.terminate()

    @pytest.mark.timeout(60)
    @pytest.mark.parametrize("threaded", [True, False])
    @pytest.mark.parametrize(("nb_workers", "queue_size"), [(1, 2), (2, 50)])
    def test_polling_consumer_counts_every_batch_once(
        self, no_leaks, threaded, nb_workers, queue_size
    ):
        # the consumer of 0.4.0's own tests: read while workers run or items wait
        for _ in range(2):
            with pytest.warns(ia.DeprecationWarning):
                loader = multicore.BatchLoader(
                    _load_three_batches,
                    queue_size=queue_size,
                    nb_workers=nb_workers,
                    threaded=threaded,
                )
            loaded = []
            deadline = time.monotonic() + 20
            while not loader.all_finished() or not loader.queue.empty():
                assert time.monotonic() < deadline
                with contextlib.suppress(queue_module.Empty):
                    loaded.append(pickle.loads(loader.queue.get(timeout=0.001)))
            loader.terminate()
            assert None not in loaded
            assert sorted(b.data for b in loaded) == sorted([0, 1, 2] * nb_workers)

    @pytest.mark.timeout(30)
    def test_generator_and_several_workers(self, no_leaks):
        with pytest.warns(ia.DeprecationWarning):
            loader = multicore.BatchLoader(
                _load_three_batches, nb_workers=2, threaded=False
            )
        assert sorted(b.data for b in _read_loader_queue(loader)) == [0, 0, 1, 1, 2, 2]
        loader.terminate()
        with pytest.warns(ia.DeprecationWarning):
            loader = multicore.BatchLoader(_load_three_batches(), threaded=True)
        assert len(_read_loader_queue(loader)) == 3
        loader.terminate()

    @pytest.mark.timeout(30)
    def test_terminate_while_loading_and_validation(self, no_leaks):
        def endless():
            while True:
                yield Batch(images=np.zeros((1, 2, 2), np.uint8))

        with pytest.warns(ia.DeprecationWarning):
            loader = multicore.BatchLoader(endless, queue_size=2, threaded=False)
        pickle.loads(loader.queue.get(timeout=10))
        loader.terminate()
        assert loader.count_workers_alive() == 0
        assert not loader.main_worker_thread.is_alive()
        with pytest.warns(ia.DeprecationWarning):
            with pytest.raises(ValueError, match="queue_size"):
                multicore.BatchLoader(endless, queue_size=1)
        with pytest.warns(ia.DeprecationWarning):
            with pytest.raises(ValueError, match="nb_workers"):
                multicore.BatchLoader(endless, nb_workers=0)

    @pytest.mark.timeout(30)
    def test_moved_forwarders(self, no_leaks):
        with pytest.warns(ia.DeprecationWarning):
            loader = ia.BatchLoader(_load_three_batches, threaded=True)
        with pytest.warns(ia.DeprecationWarning):
            bg = ia.BackgroundAugmenter(loader, iaa.Identity(), nb_workers=1)
        assert isinstance(loader, multicore.BatchLoader)
        assert isinstance(bg, multicore.BackgroundAugmenter)
        out = []
        while (batch := bg.get_batch()) is not None:
            out.append(batch)
        assert len(out) == 3
        bg.terminate()
        loader.terminate()


class TestBackgroundAugmenter:
    @pytest.mark.timeout(30)
    def test_protocol_with_batch_loader(self, no_leaks):
        aug = _AddRandom()
        with pytest.warns(ia.DeprecationWarning):
            loader = multicore.BatchLoader(_load_three_batches, threaded=True)
        with pytest.warns(ia.DeprecationWarning, match="BackgroundAugmenter"):
            bg = multicore.BackgroundAugmenter(loader, aug, nb_workers=2)
        out = []
        while True:
            batch = bg.get_batch()
            if batch is None:
                break
            out.append(batch)
        assert sorted(b.data for b in out) == [0, 1, 2]
        assert all(b.images_aug.shape == (2, 4, 4, 3) for b in out)
        assert bg.all_finished()
        assert bg.get_batch() is None
        bg.terminate()
        loader.terminate()

    @pytest.mark.timeout(30)
    def test_plain_queue_source_and_terminate(self, no_leaks):
        source = multiprocessing.Queue()
        source.put(pickle.dumps(Batch(images=np.zeros((1, 2, 2, 1), np.uint8))))
        source.put(pickle.dumps(None))
        with pytest.warns(ia.DeprecationWarning):
            bg = multicore.BackgroundAugmenter(source, iaa.Identity(), nb_workers=1)
        first = bg.get_batch()
        assert first.images_aug.shape == (1, 2, 2, 1)
        assert bg.get_batch() is None
        bg.terminate()
        source.close()
        source.join_thread()

    @pytest.mark.timeout(30)
    def test_auto_workers_and_validation(self, no_leaks):
        source = multiprocessing.Queue()
        with pytest.warns(ia.DeprecationWarning):
            bg = multicore.BackgroundAugmenter(source, iaa.Identity())
        assert bg.nb_workers == max(multiprocessing.cpu_count() - 1, 1)
        bg.terminate()
        assert bg.all_finished()
        source.close()
        with pytest.warns(ia.DeprecationWarning):
            with pytest.raises(TypeError, match="batch_loader"):
                multicore.BackgroundAugmenter([], iaa.Identity())
        with pytest.warns(ia.DeprecationWarning):
            with pytest.raises(ValueError, match="nb_workers"):
                multicore.BackgroundAugmenter(source, iaa.Identity(), nb_workers=0)

    @pytest.mark.timeout(30)
    def test_dead_workers_do_not_hang_get_batch(self, no_leaks):
        source = multiprocessing.Queue()
        with pytest.warns(ia.DeprecationWarning):
            bg = multicore.BackgroundAugmenter(source, iaa.Identity(), nb_workers=1)
        for worker in bg.workers:
            worker.kill()
            worker.join(5)
        with pytest.raises(WorkerError):
            bg.get_batch()
        bg.terminate()
        source.close()


def test_module_namespace():
    assert multicore.__all__ == ["Pool", "BatchLoader", "BackgroundAugmenter"]
    assert isinstance(multicore, types.ModuleType)
