"""Augment batches in background processes.

:class:`Pool` runs an augmenter in worker processes and augments whole batches
(:class:`~imgaug.augmentables.batches.Batch` or
:class:`~imgaug.augmentables.batches.UnnormalizedBatch`) there. It is usually created
via :meth:`imgaug.augmenters.meta.Augmenter.pool` or used implicitly by
``Augmenter.augment_batches(..., background=True)``. :class:`BatchLoader` and
:class:`BackgroundAugmenter` are the deprecated queue-based predecessors.

Reproducibility rule
    With ``Pool(augseq, seed=s)`` every batch gets a global index ``i``, counted over
    the pool's lifetime from 0 in submission order (``map_batches`` with ``n``
    batches uses the next ``n`` indices, generators one index per pulled batch).
    Batch ``i`` is augmented as::

        imgaug.random.seed(_derive_seed(s + i, -10**9))
        augseq.seed_(_derive_seed(s + i))
        batch_aug = augseq.augment_batch_(batch)

    with ``_derive_seed(b, offset) = SEED_MIN_VALUE + (b + offset) % (SEED_MAX_VALUE
    - SEED_MIN_VALUE)``. The output therefore depends only on ``s``, ``i``, the batch
    and the augmenter's configuration, never on the number of processes, the
    chunksize, the order of iteration or which worker ran it.
    :func:`augment_batch_with_seed` performs exactly these steps in the calling
    process, so ``augment_batch_with_seed(augseq, batch, s, i)`` equals the pool's
    output for batch ``i``. With ``seed=None`` each worker seeds itself once from its
    name and the clock (results differ between runs; batches within a run differ
    because each worker's random state advances from batch to batch).

Transport
    Workers are processes of the platform's ``fork`` start method (``spawn`` where
    fork is unavailable, on macOS and on NixOS), managed by this module rather than
    by ``multiprocessing.Pool``. Each batch is pickled with protocol 5; contiguous
    arrays of at least ``_OOB_MIN_BYTES`` (images, heatmap and segmentation arrays)
    are placed out-of-band in a :mod:`multiprocessing.shared_memory` block owned by
    the parent instead of going through a pipe; the worker reads them without
    copying and writes the augmented arrays back into the same block. Blocks are
    reused (one per batch in flight), the number of batches in flight is bounded,
    and every block is unlinked on ``close()``, ``terminate()``, a worker crash or
    garbage collection. Anything that does not fit falls back to plain pickling.
    Returned batches are new objects that carry the augmented ``*_aug`` columns; their
    ``*_unaug`` columns and ``data`` refer to the submitted batch's objects.

Faults
    An exception raised while augmenting a batch is re-raised in the caller with the
    worker's traceback text appended to its message (type kept where possible,
    otherwise :class:`WorkerError`). A worker that dies while holding batches (e.g.
    ``SIGKILL``, a segfault) makes the iteration raise :class:`WorkerError`
    immediately instead of hanging; the pool's processes are then terminated and a
    later call starts fresh ones. ``KeyboardInterrupt`` during an iteration and
    ``terminate()`` kill all workers; workers also exit by themselves when their
    parent disappears.
"""

from __future__ import annotations

import collections
import contextlib
import copy as copylib
import itertools
import multiprocessing
import multiprocessing.connection
import multiprocessing.queues
import os
import pickle
import platform
import queue as queuelib
import random as pyrandom
import secrets
import signal
import sys
import threading
import time
import traceback
import types
import warnings
import weakref
from multiprocessing import shared_memory

import numpy as np

import imgaug.imgaug as ia
import imgaug.random as iarandom
from imgaug.augmentables.batches import _AUGMENTABLE_NAMES, Batch, UnnormalizedBatch
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["Pool", "BatchLoader", "BackgroundAugmenter"]

_CONTEXT = None

#: Contiguous buffers smaller than this travel inside the pickle stream.
_OOB_MIN_BYTES = 8192
#: Pickle streams larger than this are put into the shared block as well.
_INBAND_MAX_BYTES = 65536
#: Offsets inside shared blocks are multiples of this (cache-line aligned).
_ALIGNMENT = 64
#: Seconds between liveness checks while waiting for results.
_POLL_INTERVAL = 0.1
#: Seconds a closing worker may take before it is terminated.
_JOIN_TIMEOUT = 5.0
#: Maximum number of shared blocks a worker keeps mapped.
_WORKER_BLOCK_CACHE_SIZE = 32

_AUG_ATTRS = tuple(name + "_aug" for name in _AUGMENTABLE_NAMES)
_SHM_SUPPORTS_TRACK = sys.version_info >= (3, 13)

# Parent-side ends of worker pipes. Forked children close their copies, so that a
# worker sees end-of-file when the parent goes away.
_INHERITED_CONNECTIONS: set = set()


class WorkerError(RuntimeError):
    """A worker process of a :class:`Pool` failed or died.

    Raised when a worker dies while it holds batches, when its start-up fails, or
    when the exception of a failed batch cannot be re-raised with its own type.
    The message contains the worker's traceback text where one exists.
    """


class _PoolUsageError(RuntimeError, AssertionError):
    """Invalid use of a Pool (e.g. creating one inside a worker process)."""


class _RemoteTraceback(Exception):
    def __init__(self, tb_text):
        super().__init__(tb_text)
        self.tb_text = tb_text

    def __str__(self):
        return self.tb_text


# ---------------------------------------------------------------------------------
# Start-method selection
# ---------------------------------------------------------------------------------
def _get_context_method():
    """Return the start method used for worker processes.

    ``"spawn"`` on NixOS (fork-related hangs) and macOS (fork is unsafe there),
    otherwise ``"fork"`` where available, else ``"spawn"``.
    """
    if "NixOS" in platform.version() or platform.system() == "Darwin":
        return "spawn"
    if "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _set_context(method):
    global _CONTEXT
    _CONTEXT = multiprocessing.get_context(method)


def _reset_context():
    global _CONTEXT
    _CONTEXT = None


def _autoset_context():
    _set_context(_get_context_method())


def _get_context():
    if _CONTEXT is None:
        _autoset_context()
    return _CONTEXT


@contextlib.contextmanager
def _quiet_fork_warning():
    # Python >= 3.12 warns when forking a process with several threads (BLAS
    # pools, queue feeders). Workers disable OpenCV threads and touch no locks of
    # the parent's threads, so the warning is noise here.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore",
            message=r".*multi-threaded, use of fork\(\) may lead to deadlocks",
            category=DeprecationWarning,
        )
        yield


# ---------------------------------------------------------------------------------
# Seeding (worker side, also used by augment_batch_with_seed)
# ---------------------------------------------------------------------------------
def _derive_seed(base_seed, offset=0):
    span = iarandom.SEED_MAX_VALUE - iarandom.SEED_MIN_VALUE
    return iarandom.SEED_MIN_VALUE + (int(base_seed) + int(offset)) % span


def _reseed_global_local(base_seed, augseq):
    iarandom.seed(_derive_seed(base_seed, -(10**9)))
    augseq.seed_(_derive_seed(base_seed))


def _check_seed(seed):
    if seed is None:
        return None
    if not ia.is_single_integer(seed) or not (
        iarandom.SEED_MIN_VALUE <= seed <= iarandom.SEED_MAX_VALUE
    ):
        raise InvalidValueError(
            "Expected `seed` to be either None or an integer in the interval "
            f"[{iarandom.SEED_MIN_VALUE}, {iarandom.SEED_MAX_VALUE}], got {seed!r}."
        )
    return int(seed)


def _check_batch(batch):
    if not isinstance(batch, (Batch, UnnormalizedBatch)):
        raise InvalidTypeError(
            "Expected every batch to be an imgaug.augmentables.batches.Batch or "
            f"UnnormalizedBatch, got {type(batch).__name__}."
        )


def augment_batch_with_seed(augseq, batch, seed, batch_idx=0):
    """Augment one batch in this process exactly as ``Pool(seed=seed)`` would.

    Neither `augseq`, `batch` nor the global RNG is changed: the batch and the
    augmenter are copied and the global RNG state is restored afterwards.

    Parameters
    ----------
    augseq : imgaug.augmenters.meta.Augmenter
        The augmenter.
    batch : Batch or UnnormalizedBatch
        The batch.
    seed : int
        The pool's seed.
    batch_idx : int, optional
        The batch's index among all batches submitted to the pool.

    Returns
    -------
    imgaug.augmentables.batches.Batch or imgaug.augmentables.batches.UnnormalizedBatch
        A copy of `batch` with its ``*_aug`` columns filled, equal to the output of
        the pool for batch number `batch_idx`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> from imgaug.augmentables.batches import Batch
    >>> from imgaug.multicore import augment_batch_with_seed
    >>> batch = Batch(images=np.zeros((1, 2, 2, 1), dtype=np.uint8))
    >>> out = augment_batch_with_seed(iaa.Identity(), batch, seed=1, batch_idx=3)
    >>> out.images_aug.shape
    (1, 2, 2, 1)

    """
    seed = _check_seed(seed)
    if seed is None:
        raise InvalidValueError("Expected `seed` to be an integer, got None.")
    if not ia.is_single_integer(batch_idx):
        raise InvalidTypeError(
            f"Expected argument 'batch_idx' to be an integer, got "
            f"{type(batch_idx).__name__}."
        )
    _check_batch(batch)
    augseq = augseq.deepcopy()
    batch = copylib.deepcopy(batch)
    global_rng = iarandom.get_global_rng()
    state = copylib.deepcopy(global_rng.state)
    try:
        augseq.localize_random_state_()
        _reseed_global_local(seed + int(batch_idx), augseq)
        return augseq.augment_batch_(batch)
    finally:
        global_rng.set_state_(state)


# ---------------------------------------------------------------------------------
# Worker functions (module level: picklable for the spawn start method)
# ---------------------------------------------------------------------------------
def _Pool_initialize_worker(augseq, seed_start):  # noqa: N802  (0.4.0 name)
    import cv2  # lazy: only worker processes need it

    # OpenCV's thread pool does not survive fork reliably; the pool parallelises.
    cv2.setNumThreads(0)
    if seed_start is None:
        # spec: per-worker seed from the process name and the clock
        seed_global = hash(multiprocessing.current_process().name) + time.time_ns()
        _reseed_global_local(seed_global, augseq)
    Pool._WORKER_SEED_START = seed_start
    Pool._WORKER_AUGSEQ = augseq
    augseq.localize_random_state_()


def _Pool_worker(batch_idx, batch):  # noqa: N802  (0.4.0 name)
    if not ia.is_single_integer(batch_idx):
        raise InvalidTypeError(
            f"Expected 'batch_idx' to be an integer, got {type(batch_idx).__name__}."
        )
    _check_batch(batch)
    augseq = Pool._WORKER_AUGSEQ
    if augseq is None:
        raise _PoolUsageError(
            "Augmenter in worker process is not initialized; call "
            "_Pool_initialize_worker() first."
        )
    seed_start = Pool._WORKER_SEED_START
    if seed_start is not None:
        _reseed_global_local(seed_start + int(batch_idx), augseq)
    return augseq.augment_batch_(batch)


def _Pool_starworker(inputs):  # noqa: N802  (0.4.0 name)
    return _Pool_worker(*inputs)


# ---------------------------------------------------------------------------------
# Transport: pickle protocol 5 with large buffers in shared memory
# ---------------------------------------------------------------------------------
def _align(value):
    return (value + _ALIGNMENT - 1) // _ALIGNMENT * _ALIGNMENT


def _pickle_out_of_band(obj):
    """Pickle `obj`; return the stream and the large buffers kept out of it."""
    buffers = []

    def callback(pickle_buffer):
        try:
            raw = pickle_buffer.raw()
        except BufferError:
            return True
        if raw.nbytes < _OOB_MIN_BYTES:
            return True
        buffers.append(raw)
        return False

    data = pickle.dumps(obj, protocol=5, buffer_callback=callback)
    return data, buffers


def _compute_layout(data, buffers):
    offsets = []
    position = 0
    for buf in buffers:
        position = _align(position)
        offsets.append((position, buf.nbytes))
        position += buf.nbytes
    data_loc = None
    if len(data) > _INBAND_MAX_BYTES:
        position = _align(position)
        data_loc = (position, len(data))
        position += len(data)
    return offsets, data_loc, position


def _buffer_address(buf):
    return np.frombuffer(buf, dtype=np.uint8).ctypes.data


def _write_payload(block, data, buffers, offsets, data_loc):
    """Write buffers (and the stream if `data_loc`) into `block`; return payload."""
    view = block.buf
    start = _buffer_address(view)
    end = start + block.size
    safe = []
    for buf in buffers:
        address = _buffer_address(buf)
        # never let a later write clobber a buffer that still has to be read
        inside = address < end and address + buf.nbytes > start
        safe.append(bytes(buf) if inside else buf)
    for (offset, nbytes), buf in zip(offsets, safe):
        view[offset : offset + nbytes] = buf
    if data_loc is not None:
        view[data_loc[0] : data_loc[0] + data_loc[1]] = data
        data = None
    del view
    return (data, block.name, offsets, data_loc, 0)


def _inband_payload(obj, grow_hint=0):
    return (pickle.dumps(obj, protocol=5), None, [], None, grow_hint)


def _read_payload(payload, block, copy):
    """Unpickle a payload; arrays are views of `block` unless `copy`."""
    data, name, offsets, data_loc, _ = payload
    if name is None:
        return pickle.loads(data)
    view = block.buf
    try:
        if copy:
            buffers = [bytearray(view[o : o + n]) for o, n in offsets]
        else:
            buffers = [view[o : o + n] for o, n in offsets]
        if data_loc is not None:
            data = bytes(view[data_loc[0] : data_loc[0] + data_loc[1]])
        return pickle.loads(data, buffers=buffers)
    finally:
        del view


def _create_block(nbytes):
    name = f"iaa{os.getpid()}_{secrets.token_hex(5)}"
    block = shared_memory.SharedMemory(name=name, create=True, size=nbytes)
    fallocate = getattr(os, "posix_fallocate", None)
    if fallocate is not None:
        try:
            # reserve the pages now: a full tmpfs then fails here with OSError
            # instead of killing a process with SIGBUS on first write
            fallocate(block._fd, 0, nbytes)
        except OSError:
            _destroy_block(block)
            raise
    return block


def _destroy_block(block):
    with contextlib.suppress(BufferError, OSError):
        block.close()
    with contextlib.suppress(FileNotFoundError, OSError):
        block.unlink()


def _attach_block(name):
    if _SHM_SUPPORTS_TRACK:
        return shared_memory.SharedMemory(name=name, track=False)
    return shared_memory.SharedMemory(name=name)


class _BlockCache:
    """Shared blocks a worker has mapped, by name (least recently used evicted)."""

    def __init__(self):
        self._blocks = collections.OrderedDict()
        self._zombies = []

    def get(self, name):
        block = self._blocks.get(name)
        if block is None:
            block = _attach_block(name)
            self._blocks[name] = block
            while len(self._blocks) > _WORKER_BLOCK_CACHE_SIZE:
                _, old = self._blocks.popitem(last=False)
                self._close(old)
        else:
            self._blocks.move_to_end(name)
        return block

    def forget(self, names):
        for name in names:
            block = self._blocks.pop(name, None)
            if block is not None:
                self._close(block)

    def _close(self, block):
        try:
            block.close()
        except BufferError:  # a view is still alive somewhere; retry later
            self._zombies.append(block)
        zombies, self._zombies = self._zombies, []
        for zombie in zombies:
            try:
                zombie.close()
            except BufferError:
                self._zombies.append(zombie)

    def close_all(self):
        self.forget(list(self._blocks))


# ---------------------------------------------------------------------------------
# Worker process
# ---------------------------------------------------------------------------------
def _close_inherited_connections():
    for conn in list(_INHERITED_CONNECTIONS):
        with contextlib.suppress(OSError):
            conn.close()
    _INHERITED_CONNECTIONS.clear()


def _worker_reader(task_conn, inbox, parent_pid):
    """Move messages from the parent into `inbox`; exit if the parent is gone."""
    try:
        while True:
            if task_conn.poll(1.0):
                message = task_conn.recv()
                inbox.put(message)
                if message is None:
                    return
            elif os.getppid() != parent_pid:
                break
    except (EOFError, OSError):
        pass
    # The parent died (or dropped the pipe without saying goodbye): nobody will
    # read our results, so stop right away, even in the middle of a batch.
    os._exit(1)


def _format_worker_error(err, batch_idx):
    tb_text = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    try:
        exc_bytes = pickle.dumps(err)
        pickle.loads(exc_bytes)
    except Exception:  # noqa: BLE001  (unpicklable exceptions become WorkerError)
        exc_bytes = None
    process = multiprocessing.current_process()
    header = (
        f"Augmentation of batch {batch_idx} failed in worker process "
        f"{process.name} (pid {os.getpid()}). Traceback of the worker:"
    )
    return (exc_bytes, header, tb_text)


def _worker_run_task(task_id, batch_idx, payload, blocks):
    name = payload[1]
    block = None
    try:
        if name is not None:
            block = blocks.get(name)
        batch = _read_payload(payload, block, copy=False)
        result = _Pool_worker(batch_idx, batch)
        if result is batch:
            obj = ("cols", {attr: getattr(result, attr) for attr in _AUG_ATTRS})
        else:
            obj = ("obj", result)
        del batch, result
        data, buffers = _pickle_out_of_band(obj)
        if not buffers and len(data) <= _INBAND_MAX_BYTES:
            return ("ok", task_id, (data, None, [], None, 0))
        offsets, data_loc, total = _compute_layout(data, buffers)
        if block is not None and total <= block.size:
            return (
                "ok",
                task_id,
                _write_payload(block, data, buffers, offsets, data_loc),
            )
        del buffers, data
        # too large for this batch's block: pickle and ask for a larger block
        return ("ok", task_id, _inband_payload(obj, grow_hint=total))
    except BaseException as err:  # noqa: BLE001  (everything goes to the parent)
        info = _format_worker_error(err, batch_idx)
        err.__traceback__ = None
        return ("error", task_id, info)


def _worker_main(task_conn, result_conn, augseq, seed_start, maxtasks, parent_pid):
    """Entry point of a pool worker process."""
    _close_inherited_connections()
    with contextlib.suppress(ValueError, OSError):
        # Ctrl-C reaches the whole process group; the parent handles it
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _Pool_initialize_worker(augseq, seed_start)
    except BaseException as err:  # noqa: BLE001
        result_conn.send(("init_error", _format_worker_error(err, None)[2]))
        return
    result_conn.send(("ready",))
    inbox = queuelib.SimpleQueue()
    reader = threading.Thread(
        target=_worker_reader, args=(task_conn, inbox, parent_pid), daemon=True
    )
    reader.start()
    blocks = _BlockCache()
    nb_chunks_done = 0
    while True:
        message = inbox.get()
        if message is None:
            break
        kind, content = message
        if kind == "forget":
            blocks.forget(content)
            continue
        for task_id, batch_idx, payload in content:
            reply = _worker_run_task(task_id, batch_idx, payload, blocks)
            result_conn.send(reply)
        nb_chunks_done += 1
        if maxtasks is not None and nb_chunks_done >= maxtasks:
            break
    blocks.close_all()
    result_conn.close()


# ---------------------------------------------------------------------------------
# Parent side: the process pool behind Pool.pool
# ---------------------------------------------------------------------------------
class _Slot:
    """A shared block reused by successive batches (one batch at a time)."""

    __slots__ = ("block", "capacity")

    def __init__(self):
        self.block = None
        self.capacity = 0


class _WorkerHandle:
    __slots__ = (
        "process",
        "task_conn",
        "result_conn",
        "tasks",
        "chunk_sizes",
        "assigned_chunks",
        "ready",
        "init_error",
        "eof",
    )

    def __init__(self, process, task_conn, result_conn):
        self.process = process
        self.task_conn = task_conn
        self.result_conn = result_conn
        self.tasks = collections.deque()  # task ids in flight, in order
        self.chunk_sizes = collections.deque()  # unfinished tasks per chunk
        self.assigned_chunks = 0
        self.ready = False
        self.init_error = None
        self.eof = False


class _TaskRecord:
    __slots__ = ("task_id", "batch_idx", "original", "slot", "worker", "discard")

    def __init__(self, task_id, batch_idx, original, slot, worker):
        self.task_id = task_id
        self.batch_idx = batch_idx
        self.original = original
        self.slot = slot
        self.worker = worker
        self.discard = False


class _PoolResources:
    """Everything that must be released even if the pool is never closed."""

    def __init__(self):
        self.workers = []
        self.slots = []
        self.owner_pid = os.getpid()


def _release_resources(resources, graceful=False):
    if os.getpid() != resources.owner_pid:
        # A forked copy of the owner (e.g. a user's os.fork() child exiting):
        # the workers and blocks belong to the original process.
        return
    workers, resources.workers = resources.workers, []
    if graceful:
        for worker in workers:
            with contextlib.suppress(OSError, ValueError):
                worker.task_conn.send(None)
        deadline = time.monotonic() + _JOIN_TIMEOUT
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
    for worker in workers:
        if worker.process.is_alive():
            worker.process.terminate()
    for worker in workers:
        worker.process.join(2.0)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(2.0)
        for conn in (worker.task_conn, worker.result_conn):
            _INHERITED_CONNECTIONS.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()
        with contextlib.suppress(ValueError):
            worker.process.close()
    slots, resources.slots = resources.slots, []
    for slot in slots:
        if slot.block is not None:
            _destroy_block(slot.block)
            slot.block = None


class _ProcessPool:
    """Worker processes, their pipes, shared blocks and the task bookkeeping."""

    def __init__(self, ctx, processes, augseq, seed, maxtasksperchild):
        self._ctx = ctx
        self._processes = processes
        self._augseq = augseq
        self._seed = seed
        self._maxtasks = maxtasksperchild
        self._lock = threading.RLock()
        self._resources = _PoolResources()
        self._free_slots = []
        self._tasks = {}
        self._results = {}
        self._task_ids = itertools.count()
        self._worker_ids = itertools.count(1)
        self._broken = None
        self._state = "running"
        if os.name == "posix":
            from multiprocessing import resource_tracker

            # one tracker shared with the workers, started before they are
            resource_tracker.ensure_running()
        self._finalizer = weakref.finalize(self, _release_resources, self._resources)
        with self._lock:
            self._ensure_workers()

    # ------------------------------------------------------------ workers
    @property
    def _workers(self):
        return self._resources.workers

    def _start_worker(self):
        ctx = self._ctx
        task_r, task_w = ctx.Pipe(duplex=False)
        result_r, result_w = ctx.Pipe(duplex=False)
        process = ctx.Process(
            target=_worker_main,
            args=(task_r, result_w, self._augseq, self._seed, self._maxtasks),
            kwargs={"parent_pid": os.getpid()},
            name=f"ImgaugPoolWorker-{next(self._worker_ids)}",
            daemon=True,
        )
        _INHERITED_CONNECTIONS.update((task_w, result_r))
        try:
            with _quiet_fork_warning():
                process.start()
        except BaseException:
            for conn in (task_r, task_w, result_r, result_w):
                _INHERITED_CONNECTIONS.discard(conn)
                conn.close()
            raise
        task_r.close()
        result_w.close()
        self._workers.append(_WorkerHandle(process, task_w, result_r))

    def _ensure_workers(self):
        while len(self._workers) < self._processes:
            self._start_worker()

    def _check_usable(self):
        if self._broken is not None:
            raise WorkerError(str(self._broken))
        if self._state != "running":
            raise ValueError(f"Pool is not running (it was {self._state}).")

    def _pick_worker(self, depth):
        self._ensure_workers()
        best = None
        for worker in self._workers:
            if worker.eof or len(worker.chunk_sizes) >= depth:
                continue
            if self._maxtasks is not None and worker.assigned_chunks >= self._maxtasks:
                continue
            if best is None or len(worker.chunk_sizes) < len(best.chunk_sizes):
                best = worker
        return best

    # ------------------------------------------------------------ slots
    def _acquire_slot(self, nbytes):
        free = self._free_slots
        fitting = [slot for slot in free if slot.capacity >= nbytes]
        if fitting:
            slot = min(fitting, key=lambda s: s.capacity)
            free.remove(slot)
            return slot
        if free:
            slot = max(free, key=lambda s: s.capacity)
            free.remove(slot)
        else:
            slot = _Slot()
            self._resources.slots.append(slot)
        try:
            self._grow_slot(slot, nbytes)
        except OSError:
            free.append(slot)
            return None
        return slot

    def _grow_slot(self, slot, nbytes):
        capacity = _align(int(nbytes * 1.1) + 65536)
        old = slot.block
        slot.block = None
        slot.capacity = 0
        if old is not None:
            self._forget_block(old.name)
            _destroy_block(old)
        slot.block = _create_block(capacity)
        slot.capacity = capacity

    def _forget_block(self, name):
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                worker.task_conn.send(("forget", [name]))

    def _release_slot(self, slot, grow_hint):
        if slot is None:
            return
        if grow_hint > slot.capacity:
            with contextlib.suppress(OSError):
                self._grow_slot(slot, grow_hint)
        self._free_slots.append(slot)

    # ------------------------------------------------------------ tasks
    def _encode_task(self, batch):
        data, buffers = _pickle_out_of_band(batch)
        if not buffers and len(data) <= _INBAND_MAX_BYTES:
            return (data, None, [], None, 0), None
        offsets, data_loc, total = _compute_layout(data, buffers)
        slot = self._acquire_slot(total)
        if slot is None:  # no shared memory available: plain pickling
            return _inband_payload(batch), None
        try:
            return _write_payload(slot.block, data, buffers, offsets, data_loc), slot
        except BaseException:
            self._free_slots.append(slot)
            raise

    def _submit_chunk(self, worker, items):
        """Send ``[(batch_idx, batch), ...]`` to `worker`; return the task ids.

        Returns ``None`` if the worker turned out to be dead (nothing was sent).
        """
        messages = []
        records = []
        try:
            for batch_idx, batch in items:
                payload, slot = self._encode_task(batch)
                record = _TaskRecord(
                    next(self._task_ids), int(batch_idx), batch, slot, worker
                )
                records.append(record)
                messages.append((record.task_id, record.batch_idx, payload))
            worker.task_conn.send(("tasks", messages))
        except BaseException as err:
            for record in records:
                self._release_slot(record.slot, 0)
            if not isinstance(err, (BrokenPipeError, ConnectionError)):
                raise
            # The worker is gone before it got these batches (nothing lost): never
            # pick it again; its sentinel tells _poll() whether that is an error.
            worker.eof = True
            self._poll(0)
            return None
        for record in records:
            self._tasks[record.task_id] = record
            worker.tasks.append(record.task_id)
        worker.chunk_sizes.append(len(records))
        worker.assigned_chunks += 1
        return [record.task_id for record in records]

    def _discard(self, task_ids):
        for task_id in task_ids:
            self._results.pop(task_id, None)
            record = self._tasks.get(task_id)
            if record is not None:
                record.discard = True

    # ------------------------------------------------------------ results
    def _poll(self, timeout):
        """Wait up to `timeout` s for messages or worker exits and process them."""
        conns = {w.result_conn: w for w in self._workers if not w.eof}
        sentinels = {w.process.sentinel: w for w in self._workers}
        if not conns and not sentinels:
            return
        ready = multiprocessing.connection.wait(list(conns) + list(sentinels), timeout)
        exited = []
        for obj in ready:
            if obj in conns:
                self._drain(conns[obj])
            else:
                exited.append(sentinels[obj])
        for worker in exited:
            self._drain(worker)
            self._on_worker_exit(worker)
            if self._broken is not None:
                return

    def _drain(self, worker):
        conn = worker.result_conn
        try:
            while not worker.eof and conn.poll():
                self._on_message(worker, conn.recv())
        except (EOFError, OSError):
            worker.eof = True

    def _on_message(self, worker, message):
        kind = message[0]
        if kind == "ready":
            worker.ready = True
            return
        if kind == "init_error":
            worker.init_error = message[1]
            return
        _, task_id, content = message
        if worker.tasks and worker.tasks[0] == task_id:
            worker.tasks.popleft()
        else:  # cannot happen with sequential workers; keep the books right anyway
            with contextlib.suppress(ValueError):
                worker.tasks.remove(task_id)
        if worker.chunk_sizes:
            worker.chunk_sizes[0] -= 1
            if worker.chunk_sizes[0] <= 0:
                worker.chunk_sizes.popleft()
        record = self._tasks.pop(task_id, None)
        if record is None:  # bookkeeping was reset (terminate) or interrupted
            return
        grow_hint = 0
        if kind == "ok":
            grow_hint = content[4]
            if record.discard:
                outcome = None
            else:
                try:
                    block = None if content[1] is None else record.slot.block
                    decoded = _read_payload(content, block, copy=True)
                    outcome = (True, _assemble_result(record.original, decoded))
                except Exception as err:  # noqa: BLE001
                    outcome = (False, err)
        else:
            outcome = (False, _rebuild_exception(*content))
        self._release_slot(record.slot, grow_hint)
        if outcome is not None and not record.discard:
            self._results[task_id] = outcome

    def _on_worker_exit(self, worker):
        process = worker.process
        process.join(1.0)
        exitcode = process.exitcode
        name, pid = process.name, process.pid
        lost = list(worker.tasks)
        planned = (
            not lost
            and exitcode == 0
            and self._maxtasks is not None
            and worker.assigned_chunks >= self._maxtasks
        )
        self._workers.remove(worker)
        for conn in (worker.task_conn, worker.result_conn):
            _INHERITED_CONNECTIONS.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()
        with contextlib.suppress(ValueError):
            process.close()
        if planned or self._state != "running":
            return
        if not lost and worker.ready and worker.init_error is None:
            return  # died while idle: nothing lost, a new worker replaces it
        if worker.init_error is not None:
            message = f"Worker process {name} failed to start:\n{worker.init_error}"
        else:
            batch_idxs = sorted(
                self._tasks[t].batch_idx for t in lost if t in self._tasks
            )
            message = (
                f"Worker process {name} (pid {pid}) died "
                f"unexpectedly with {_describe_exitcode(exitcode)} while augmenting "
                f"batch(es) {batch_idxs}. The pool's other workers were terminated."
            )
        self._break(WorkerError(message))

    def _break(self, error):
        self._broken = error
        self._state = "broken"
        self._tasks.clear()
        self._results.clear()
        self._free_slots = []
        _release_resources(self._resources)
        self._finalizer.detach()

    # ------------------------------------------------------------ driver
    def iterate(self, pairs, chunksize, limit, ordered):
        """Augment ``(batch_idx, batch)`` pairs; yield results (a generator)."""
        depth = max(2, -(-limit // (self._processes * chunksize)))
        pending = collections.deque()
        staged = []
        exhausted = False
        try:
            while True:
                while True:  # pull and submit as long as there is room
                    while (
                        not exhausted
                        and len(staged) < chunksize
                        and len(pending) + len(staged) < limit
                    ):
                        try:
                            staged.append(next(pairs))
                        except StopIteration:
                            exhausted = True
                    full = len(staged) == chunksize or (
                        len(pending) + len(staged) >= limit
                    )
                    if not staged or not (full or exhausted):
                        break
                    with self._lock:
                        self._check_usable()
                        worker = self._pick_worker(depth)
                        if worker is None:
                            break
                        task_ids = self._submit_chunk(worker, staged)
                        if task_ids is None:  # worker died meanwhile: retry
                            continue
                        pending.extend(task_ids)
                    staged = []
                progressed = False
                if ordered:
                    while pending and pending[0] in self._results:
                        success, value = self._results.pop(pending.popleft())
                        if not success:
                            raise value
                        progressed = True
                        yield value
                else:
                    for task_id in [t for t in pending if t in self._results]:
                        pending.remove(task_id)
                        success, value = self._results.pop(task_id)
                        if not success:
                            raise value
                        progressed = True
                        yield value
                if exhausted and not staged and not pending:
                    return
                if not progressed:
                    with self._lock:
                        self._check_usable()
                        self._poll(_POLL_INTERVAL)
        except KeyboardInterrupt:
            self.terminate()
            raise
        finally:
            with self._lock:
                self._discard(pending)

    # ------------------------------------------------------------ lifecycle
    def join(self):
        """Wait until every batch in flight is done."""
        with self._lock:
            while self._tasks and self._state == "running" and self._broken is None:
                self._poll(_POLL_INTERVAL)

    def close(self):
        """Finish the batches in flight, then stop the workers and free memory."""
        with self._lock:
            if self._state != "running":
                return
            self.join()
            if self._state != "running":
                return
            self._state = "closed"
            self._tasks.clear()
            _release_resources(self._resources, graceful=True)
            self._finalizer.detach()

    def terminate(self):
        """Kill the workers now and free all memory."""
        with self._lock:
            if self._state == "running":
                self._state = "terminated"
            self._tasks.clear()
            self._results.clear()
            _release_resources(self._resources)
            self._finalizer.detach()

    @property
    def is_usable(self):
        return self._state == "running" and self._broken is None


def _describe_exitcode(exitcode):
    if exitcode is None:
        return "an unknown exit status"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"exit code {exitcode} ({name})"
    return f"exit code {exitcode}"


def _assemble_result(original, decoded):
    kind, value = decoded
    if kind == "obj":
        return value
    result = copylib.copy(original)
    for attr, column in value.items():
        setattr(result, attr, column)
    return result


def _rebuild_exception(exc_bytes, header, tb_text):
    """Return the exception to raise in the parent for a failed batch."""
    exc = None
    if exc_bytes is not None:
        try:
            exc = pickle.loads(exc_bytes)
        except Exception:  # noqa: BLE001
            exc = None
    details = f"{header}\n{tb_text}"
    if (
        isinstance(exc, Exception)
        and type(exc).__str__ is BaseException.__str__
        and (exc.args == () or (len(exc.args) == 1 and isinstance(exc.args[0], str)))
    ):
        original = exc.args[0] if exc.args else ""
        exc.args = (f"{original}\n\n{details}" if original else details,)
        exc.__cause__ = _RemoteTraceback(tb_text)
        return exc
    error = WorkerError(
        f"{type(exc).__name__ if exc is not None else 'Exception'}: "
        f"{exc if exc is not None else ''}\n\n{details}"
    )
    error.__cause__ = exc if exc is not None else _RemoteTraceback(tb_text)
    return error


class _AsyncResult:
    """Result of :meth:`Pool.map_batches_async` (like ``multiprocessing``'s)."""

    def __init__(self, iterator, callback, error_callback):
        self._event = threading.Event()
        self._value = None
        self._error = None
        self._thread = threading.Thread(
            target=self._run,
            args=(iterator, callback, error_callback),
            name="ImgaugPoolAsync",
            daemon=True,
        )
        self._thread.start()

    def _run(self, iterator, callback, error_callback):
        try:
            self._value = list(iterator)
        except BaseException as err:  # noqa: BLE001
            self._error = err
        if self._error is None and callback is not None:
            callback(self._value)
        if self._error is not None and error_callback is not None:
            error_callback(self._error)
        self._event.set()

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("The result is not ready yet.")
        return self._error is None

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise multiprocessing.TimeoutError
        if self._error is not None:
            raise self._error
        return self._value


# ---------------------------------------------------------------------------------
# Public Pool
# ---------------------------------------------------------------------------------
class Pool:
    """Augment batches in worker processes (a context manager).

    Parameters
    ----------
    augseq : imgaug.augmenters.meta.Augmenter
        The augmenter to run in every worker. It must be picklable if the
        ``spawn`` start method is used (macOS, Windows, NixOS).
    processes : None or int, optional
        Number of worker processes; ``None`` uses all CPU cores and a negative
        value ``-p`` all but ``p`` of them (at least one). ``0`` is not allowed.
    maxtasksperchild : None or int, optional
        Replace a worker after it has handled this many chunks of batches.
    seed : None or int, optional
        Seed from which each batch's randomness is derived (see the module
        docstring): the results are then identical for any number of processes,
        chunksize and iteration order. ``None`` seeds each worker from its name and
        the clock (results differ between runs).

    Notes
    -----
    Leaving the ``with`` block normally or with an ``Exception`` calls
    :meth:`close`; leaving it with ``KeyboardInterrupt`` (or another
    ``BaseException``) calls :meth:`terminate`, so Ctrl-C does not wait for the
    workers.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> from imgaug.augmentables.batches import Batch
    >>> from imgaug.multicore import Pool
    >>> batches = [Batch(images=np.zeros((2, 4, 4, 3), dtype=np.uint8))]
    >>> with Pool(iaa.Identity(), processes=1, seed=1) as pool:
    ...     batches_aug = pool.map_batches(batches)
    >>> batches_aug[0].images_aug.shape
    (2, 4, 4, 3)

    """

    _WORKER_AUGSEQ = None
    _WORKER_SEED_START = None

    def __init__(self, augseq, processes=None, maxtasksperchild=None, seed=None):
        if Pool._WORKER_AUGSEQ is not None:
            raise _PoolUsageError(
                "Creating a Pool inside a worker process of another Pool is not "
                "allowed (nested pools)."
            )
        if processes is not None and (
            not ia.is_single_integer(processes) or processes == 0
        ):
            raise InvalidValueError(
                "Expected argument 'processes' to be None or a non-zero integer, "
                f"got {processes!r}."
            )
        if maxtasksperchild is not None and (
            not ia.is_single_integer(maxtasksperchild) or maxtasksperchild < 1
        ):
            raise InvalidValueError(
                "Expected argument 'maxtasksperchild' to be None or an integer "
                f">= 1, got {maxtasksperchild!r}."
            )
        self.augseq = augseq
        self.processes = processes
        self.maxtasksperchild = maxtasksperchild
        self.seed = _check_seed(seed)
        self._pool = None
        self._batch_idx = 0

    # ------------------------------------------------------------ pool
    @property
    def pool(self):
        """Return the process pool, starting its workers on first access.

        Returns
        -------
        object
            The internal process pool (``_processes`` is its worker count).

        """
        if self._pool is not None and self._pool._resources.owner_pid != os.getpid():
            # this Pool object was inherited by a forked process: the workers
            # belong to the parent, so leave them alone and start our own
            self._pool._finalizer.detach()
            self._pool = None
        if self._pool is not None and not self._pool.is_usable:
            self._pool.terminate()
            self._pool = None
        if self._pool is None:
            self._pool = _ProcessPool(
                _get_context(),
                _resolve_processes(self.processes),
                self.augseq,
                self.seed,
                self.maxtasksperchild,
            )
        return self._pool

    def _next_indices_for_list(self, count):
        indices = np.arange(self._batch_idx, self._batch_idx + count)
        self._batch_idx += count
        return indices

    def _indexed_generator(self, batches):
        for batch in batches:
            _check_batch(batch)
            batch_idx = self._batch_idx
            self._batch_idx += 1
            yield batch_idx, batch

    @staticmethod
    def _check_chunksize(chunksize):
        if not ia.is_single_integer(chunksize) or chunksize < 1:
            raise InvalidValueError(
                f"Expected argument 'chunksize' to be an integer >= 1, got "
                f"{chunksize!r}."
            )
        return int(chunksize)

    @staticmethod
    def _check_list(batches, method):
        if not isinstance(batches, list):
            raise InvalidTypeError(
                f"Expected argument 'batches' of {method}() to be a list of batches, "
                f"got {type(batches).__name__}. Use imap_batches() or "
                "imap_batches_unordered() for generators."
            )
        for batch in batches:
            _check_batch(batch)

    def _list_iterator(self, batches, chunksize):
        chunksize = 1 if chunksize is None else self._check_chunksize(chunksize)
        pool = self.pool
        pairs = zip(self._next_indices_for_list(len(batches)).tolist(), batches)
        limit = 2 * pool._processes * chunksize
        return pool.iterate(iter(pairs), chunksize, limit, ordered=True)

    # ------------------------------------------------------------ API
    def map_batches(self, batches, chunksize=None):
        """Augment a list of batches; return the results in input order.

        Parameters
        ----------
        batches : list of Batch or list of UnnormalizedBatch
            The batches.
        chunksize : None or int, optional
            Number of batches sent to a worker at once (``None``: 1).

        Returns
        -------
        list of Batch or list of UnnormalizedBatch
            The augmented batches, same order and types as the input.

        """
        self._check_list(batches, "map_batches")
        if not batches:
            return []
        return list(self._list_iterator(batches, chunksize))

    def map_batches_async(
        self, batches, chunksize=None, callback=None, error_callback=None
    ):
        """Augment a list of batches in the background.

        Parameters
        ----------
        batches : list of Batch or list of UnnormalizedBatch
            The batches.
        chunksize : None or int, optional
            See :meth:`map_batches`.
        callback : None or callable, optional
            Called with the list of results on success.
        error_callback : None or callable, optional
            Called with the exception on failure.

        Returns
        -------
        object
            An ``AsyncResult``-like object with ``get(timeout=None)``,
            ``wait(timeout=None)``, ``ready()`` and ``successful()``.

        """
        self._check_list(batches, "map_batches_async")
        iterator = self._list_iterator(batches, chunksize) if batches else iter(())
        return _AsyncResult(iterator, callback, error_callback)

    def imap_batches(self, batches, chunksize=1, output_buffer_size=None):
        """Augment batches from a generator; yield results in input order.

        Parameters
        ----------
        batches : generator of Batch or generator of UnnormalizedBatch
            The batches.
        chunksize : int, optional
            Number of batches sent to a worker at once.
        output_buffer_size : None or int, optional
            Maximum number of batches pulled from `batches` but not yet yielded
            (bounds memory when the consumer is slower than the workers). ``None``
            allows two chunks per worker.

        Yields
        ------
        Batch or UnnormalizedBatch
            The augmented batches.

        """
        return self._imap(batches, chunksize, output_buffer_size, True)

    def imap_batches_unordered(self, batches, chunksize=1, output_buffer_size=None):
        """Augment batches from a generator; yield results as they are done.

        Parameters
        ----------
        batches : generator of Batch or generator of UnnormalizedBatch
            The batches.
        chunksize : int, optional
            See :meth:`imap_batches`.
        output_buffer_size : None or int, optional
            See :meth:`imap_batches`.

        Yields
        ------
        Batch or UnnormalizedBatch
            The augmented batches, in order of completion.

        """
        return self._imap(batches, chunksize, output_buffer_size, False)

    def _imap(self, batches, chunksize, output_buffer_size, ordered):
        if not isinstance(batches, types.GeneratorType):
            raise InvalidTypeError(
                "Expected argument 'batches' to be a generator, got "
                f"{type(batches).__name__}. Use map_batches() for lists."
            )
        chunksize = self._check_chunksize(chunksize)
        if output_buffer_size is not None and (
            not ia.is_single_integer(output_buffer_size) or output_buffer_size < 1
        ):
            raise InvalidValueError(
                "Expected argument 'output_buffer_size' to be None or an integer "
                f"> 0, got {output_buffer_size!r}."
            )
        return self._imap_generator(batches, chunksize, output_buffer_size, ordered)

    def _imap_generator(self, batches, chunksize, output_buffer_size, ordered):
        pool = self.pool
        if output_buffer_size is None:
            limit = 2 * pool._processes * chunksize
        else:
            limit = int(output_buffer_size)
            chunksize = min(chunksize, limit)
        yield from pool.iterate(
            self._indexed_generator(batches), chunksize, limit, ordered
        )

    # ------------------------------------------------------------ lifecycle
    def __enter__(self):
        if self._pool is not None:
            raise _PoolUsageError(
                "Tried to enter the context of a Pool that was already started."
            )
        _ = self.pool
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if exc_type is not None and not issubclass(exc_type, Exception):
            self.terminate()  # KeyboardInterrupt & co.: do not wait for workers
        else:
            self.close()

    def close(self):
        """Let the workers finish their batches, then stop them (no-op if unused)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def terminate(self):
        """Stop the workers immediately (no-op if unused)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def join(self):
        """Wait for the batches in flight to finish (no-op if unused)."""
        if self._pool is not None:
            self._pool.join()


def _resolve_processes(processes):
    if processes is not None and processes < 0:
        try:
            nb_cores = multiprocessing.cpu_count()
        except (ImportError, NotImplementedError):
            ia.warn(
                "Could not find method multiprocessing.cpu_count(). This will "
                "likely lead to more CPU cores being used than requested."
            )
            processes = None
        else:
            processes = max(nb_cores - abs(processes), 1)
    if processes is None:
        processes = os.cpu_count() or 1
    return int(processes)


# ---------------------------------------------------------------------------------
# Deprecated queue-based classes
# ---------------------------------------------------------------------------------
def _put_until(queue, item, stop_event, timeout=0.005):
    """Put `item` into `queue` unless `stop_event` is set first; return success."""
    while not stop_event.is_set():
        try:
            queue.put(item, timeout=timeout)
            return True
        except queuelib.Full:
            continue
    return False


def _wait_until_read(queue, stop_event, timeout=0.1):
    """Wait until a consumer has read every item of `queue`, at most `timeout` s.

    ``multiprocessing.Queue.put`` hands items to a feeder thread, so ``empty()``
    can be True while items are still on their way; only read items are safe.
    """
    deadline = time.monotonic() + timeout
    with contextlib.suppress(NotImplementedError):  # qsize() is missing on macOS
        while (
            not stop_event.is_set()
            and queue.qsize() > 0
            and time.monotonic() < deadline
        ):
            time.sleep(0.0005)


def _seed_process_rngs(seedval):
    seedval = int(seedval)
    # Legacy contract (spec 5.2/5.3): user code in a forked worker must not repeat
    # the parent's streams, so the stdlib and numpy global RNGs are seeded too.
    pyrandom.seed(seedval)
    np.random.seed(seedval)  # noqa: NPY002
    iarandom.seed(seedval)


class BatchLoader:
    """Load batches in background threads or processes (deprecated).

    **Deprecated**. Use :class:`Pool` instead.

    Consumers read ``pickle.loads(loader.queue.get())`` until it returns ``None``.

    Parameters
    ----------
    load_batch_func : callable or generator
        A function returning an iterable of
        :class:`~imgaug.augmentables.batches.Batch` objects, or a generator of them.
    queue_size : int, optional
        Capacity (at least 2) shared by the internal and the output queue.
    nb_workers : int, optional
        Number of loading workers (at least 1).
    threaded : bool, optional
        Use threads (``True``) or daemon processes (``False``).

    """

    @ia.deprecated(alt_func="imgaug.multicore.Pool")
    def __init__(self, load_batch_func, queue_size=50, nb_workers=1, threaded=True):
        if not ia.is_single_integer(queue_size) or queue_size < 2:
            raise InvalidValueError(
                "Expected argument 'queue_size' to be an integer >= 2, got "
                f"{queue_size!r}."
            )
        if not ia.is_single_integer(nb_workers) or nb_workers < 1:
            raise InvalidValueError(
                "Expected argument 'nb_workers' to be an integer >= 1, got "
                f"{nb_workers!r}."
            )
        ctx = _get_context()
        self._queue_internal = ctx.Queue(queue_size // 2)
        self.queue = ctx.Queue(queue_size // 2)
        self.join_signal = ctx.Event()
        self.threaded = threaded
        self.workers = []
        # workers whose end marker the main worker has not forwarded yet
        self._nb_delivering = nb_workers
        seeds = iarandom.get_global_rng().generate_seeds_(nb_workers)
        for i in range(nb_workers):
            if threaded:
                worker = threading.Thread(
                    target=self._load_batches,
                    args=(
                        load_batch_func,
                        self._queue_internal,
                        self.join_signal,
                        None,
                    ),
                    daemon=True,
                )
                worker.start()
            else:
                worker = ctx.Process(
                    target=self._load_batches,
                    args=(
                        load_batch_func,
                        self._queue_internal,
                        self.join_signal,
                        int(seeds[i]),
                    ),
                    daemon=True,
                )
                with _quiet_fork_warning():
                    worker.start()
            self.workers.append(worker)
        self.main_worker_thread = threading.Thread(
            target=self._main_worker, daemon=True
        )
        self.main_worker_thread.start()

    def count_workers_alive(self):
        """Return the number of loading workers that are still running.

        A worker also counts while its batches are on their way to `queue` and
        (for at most 0.1 s) until they have been read from it.
        """
        alive = sum(int(worker.is_alive()) for worker in self.workers)
        if self.join_signal.is_set():
            return alive
        return max(alive, self._nb_delivering)

    def all_finished(self):
        """Tell whether all loading workers have finished."""
        return self.count_workers_alive() == 0

    def _main_worker(self):
        while self._nb_delivering > 0 and not self.join_signal.is_set():
            try:
                batch_str = self._queue_internal.get(timeout=0.1)
            except queuelib.Empty:
                continue
            if batch_str == "":
                _wait_until_read(self.queue, self.join_signal)
                self._nb_delivering -= 1
            else:
                _put_until(self.queue, batch_str, self.join_signal)
        # As in 0.4.0, the end marker follows the end of the workers by one poll
        # interval, so a consumer that reads while `not all_finished() or not
        # queue.empty()` receives exactly the batches, never the marker.
        for worker in self.workers:
            while worker.is_alive() and not self.join_signal.is_set():
                worker.join(0.01)
        self.join_signal.wait(0.1)
        _put_until(self.queue, pickle.dumps(None, protocol=-1), self.join_signal)

    @classmethod
    def _load_batches(cls, load_batch_func, queue_internal, join_signal, seedval):
        if seedval is not None:
            _seed_process_rngs(seedval)
        try:
            if ia.is_generator(load_batch_func):
                batches = load_batch_func
            else:
                batches = load_batch_func()
            for batch in batches:
                if not isinstance(batch, Batch):
                    raise InvalidTypeError(
                        "Expected load_batch_func to yield "
                        "imgaug.augmentables.batches.Batch objects, got "
                        f"{type(batch).__name__}."
                    )
                batch_pickled = pickle.dumps(batch, protocol=-1)
                if not _put_until(queue_internal, batch_pickled, join_signal):
                    break
        finally:
            _put_until(queue_internal, "", join_signal)

    def terminate(self):
        """Stop all workers and close the queues; consumers then receive ``None``."""
        self.join_signal.set()
        self.main_worker_thread.join(2.0)
        for worker in self.workers:
            if self.threaded:
                worker.join(2.0)
            else:
                worker.terminate()
                worker.join(2.0)
        for queue in (self._queue_internal, self.queue):
            while True:
                try:
                    queue.get(timeout=0.005)
                except (queuelib.Empty, OSError, ValueError):
                    break
        with contextlib.suppress(queuelib.Full, OSError, ValueError, AssertionError):
            self.queue.put(pickle.dumps(None, protocol=-1), timeout=0.1)
        for queue in (self._queue_internal, self.queue):
            with contextlib.suppress(OSError, ValueError):
                queue.close()
            # never block interpreter exit on a feeder thread nobody drains
            queue.cancel_join_thread()

    def __del__(self):
        join_signal = getattr(self, "join_signal", None)
        if join_signal is not None:
            with contextlib.suppress(Exception):
                join_signal.set()


class BackgroundAugmenter:
    """Augment batches from a :class:`BatchLoader` in background processes.

    **Deprecated**. Use :class:`Pool` instead.

    Call :meth:`get_batch` until it returns ``None``. The order of the results is
    not guaranteed.

    Parameters
    ----------
    batch_loader : BatchLoader or multiprocessing.Queue
        Source of pickled batches (a queue ending with a pickled ``None``).
    augseq : imgaug.augmenters.meta.Augmenter
        The augmenter.
    queue_size : int, optional
        Capacity of the result queue.
    nb_workers : "auto" or int, optional
        Number of worker processes; ``"auto"`` uses all CPU cores but one.

    """

    @ia.deprecated(alt_func="imgaug.multicore.Pool")
    def __init__(self, batch_loader, augseq, queue_size=50, nb_workers="auto"):
        if not ia.is_single_integer(queue_size) or queue_size < 1:
            raise InvalidValueError(
                "Expected argument 'queue_size' to be an integer >= 1, got "
                f"{queue_size!r}."
            )
        if isinstance(batch_loader, multiprocessing.queues.Queue):
            self.queue_source = batch_loader
        elif isinstance(batch_loader, BatchLoader):
            self.queue_source = batch_loader.queue
        else:
            raise InvalidTypeError(
                "Expected argument 'batch_loader' to be a BatchLoader or a "
                f"multiprocessing.Queue, got {type(batch_loader).__name__}."
            )
        if nb_workers == "auto":
            try:
                nb_workers = max(multiprocessing.cpu_count() - 1, 1)
            except (ImportError, NotImplementedError):
                nb_workers = 1
        elif not ia.is_single_integer(nb_workers) or nb_workers < 1:
            raise InvalidValueError(
                "Expected argument 'nb_workers' to be \"auto\" or an integer >= 1, "
                f"got {nb_workers!r}."
            )
        ctx = _get_context()
        self.augseq = augseq
        self.nb_workers = int(nb_workers)
        self.queue_result = ctx.Queue(queue_size)
        self.nb_workers_finished = 0
        self.workers = []
        seeds = iarandom.get_global_rng().generate_seeds_(self.nb_workers)
        for i in range(self.nb_workers):
            worker = ctx.Process(
                target=self._augment_images_worker,
                args=(augseq, self.queue_source, self.queue_result, int(seeds[i])),
                kwargs={"parent_pid": os.getpid()},
                daemon=True,
            )
            with _quiet_fork_warning():
                worker.start()
            self.workers.append(worker)

    def all_finished(self):
        """Tell whether every worker has reported completion."""
        return self.nb_workers_finished == self.nb_workers

    def get_batch(self):
        """Return the next augmented batch, or ``None`` once all are done.

        Returns
        -------
        None or imgaug.augmentables.batches.Batch
            The batch.

        """
        while not self.all_finished():
            try:
                batch_str = self.queue_result.get(timeout=0.1)
            except queuelib.Empty:
                if not any(worker.is_alive() for worker in self.workers):
                    # last chance: results put right before the workers exited
                    try:
                        batch_str = self.queue_result.get(timeout=0.5)
                    except queuelib.Empty:
                        raise WorkerError(
                            "All BackgroundAugmenter workers exited without "
                            "reporting completion."
                        ) from None
                else:
                    continue
            batch = pickle.loads(batch_str)
            if batch is not None:
                return batch
            self.nb_workers_finished += 1
            if self.all_finished():
                # every worker put the end marker back for the others: remove it
                with contextlib.suppress(queuelib.Empty):
                    self.queue_source.get(timeout=0.005)
        return None

    @classmethod
    def _augment_images_worker(
        cls, augseq, queue_source, queue_result, seedval, parent_pid=None
    ):
        _seed_process_rngs(seedval)
        augseq.seed_(int(seedval))
        while True:
            try:
                batch_str = queue_source.get(timeout=0.1)
            except queuelib.Empty:
                if parent_pid is not None and os.getppid() != parent_pid:
                    return
                continue
            batch = pickle.loads(batch_str)
            if batch is None:
                queue_source.put(batch_str)  # let the other workers see it too
                break
            batch_aug = augseq.augment_batch_(batch)
            queue_result.put(pickle.dumps(batch_aug, protocol=-1))
        queue_result.put(pickle.dumps(None, protocol=-1))

    def terminate(self):
        """Kill the worker processes and close the result queue."""
        for worker in self.workers:
            if worker.is_alive():
                worker.terminate()
        for worker in self.workers:
            worker.join(2.0)
            if worker.is_alive():
                worker.kill()
                worker.join(2.0)
        self.nb_workers_finished = len(self.workers)
        with contextlib.suppress(OSError, ValueError):
            self.queue_result.close()
        self.queue_result.cancel_join_thread()

    def __del__(self):
        if getattr(self, "workers", None):
            with contextlib.suppress(Exception):
                self.terminate()
