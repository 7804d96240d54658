"""Benchmarks of the RNG routes (imgaug.random).

* clearing SFC64's cached half word through its C struct (a ctypes view of
  ``has_uint32``) instead of reading and writing the state dict: every
  parameter draw advances the RNG once, so this sits in every augmenter call;
* drawing one seed as a scalar instead of an array of one.
"""

from __future__ import annotations

import numpy as np
import pytest

import imgaug.random as iarandom
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _clear_by_state_dict(generator):
    bit_generator = generator.bit_generator
    state = bit_generator.state
    if state["has_uint32"]:
        state["has_uint32"] = 0
        bit_generator.state = state
    generator.random()


def test_advance_sfc64():
    chosen_rng = iarandom.RNG(1)
    other = iarandom.RNG(1).generator

    def chosen():
        chosen_rng.integers(0, 10)  # leaves a half word cached
        chosen_rng.advance_()

    def state_dict_route():
        other.integers(0, 10, dtype=np.int32)
        _clear_by_state_dict(other)

    chosen()
    state_dict_route()
    assert chosen_rng.equals(iarandom.RNG(other))
    assert_not_slower(chosen, state_dict_route, label="advance_ SFC64")


def test_generate_one_seed():
    rng = iarandom.RNG(2)
    generator = iarandom.RNG(2).generator

    def chosen():
        return rng.generate_seeds_(1)

    def array_route():
        return generator.integers(0, iarandom.SEED_MAX_VALUE, size=(1,), dtype="int32")

    assert np.array_equal(chosen(), array_route())
    assert_not_slower(chosen, array_route, label="one seed")


def test_advance_cached_flag():
    # the RNG keeps the ctypes view of SFC64's cache flag: advance_ without
    # building it per call (every parameter draw advances the RNG)
    rng = iarandom.RNG(3)
    generator = iarandom.RNG(3).generator

    def chosen():
        rng.integers(0, 10)  # leaves a half word cached
        rng.advance_()

    def uncached_route():
        generator.integers(0, 10, dtype=np.int32)
        iarandom.advance_generator_(generator)

    for _ in range(3):
        chosen()
        uncached_route()
    assert rng.equals(iarandom.RNG(generator))
    assert_not_slower(chosen, uncached_route, label="advance_ with cached flag")
