"""Tests for imgaug._kernels.contrast (contrast tables and formulas)."""

import numpy as np
import pytest

from imgaug._kernels import contrast as _contrast

BUILDERS = [
    (_contrast.gamma_tables_uint8, ([0.5, 1.0, 2.0],)),
    (_contrast.sigmoid_tables_uint8, ([5.0, 10.0, 20.0], [0.3, 0.5, 0.7])),
    (_contrast.log_tables_uint8, ([0.5, 1.0, 1.5],)),
    (_contrast.linear_tables_uint8, ([0.5, 1.0, -1.5],)),
]


@pytest.mark.parametrize(("builder", "params"), BUILDERS)
def test_vectorised_tables_equal_scalar_tables(builder, params):
    arrays = [np.array(values, dtype=np.float32) for values in params]
    batch = builder(*[a.reshape(1, 3) for a in arrays])
    assert batch.shape == (256, 1, 3) and batch.dtype == np.uint8
    for k in range(3):
        single = builder(*[a[k] for a in arrays])
        assert single.shape == (256,)
        assert np.array_equal(batch[:, 0, k], single)


@pytest.mark.parametrize(("builder", "params"), BUILDERS)
def test_tables_are_monotone_for_positive_parameters(builder, params):
    table = builder(*[np.float32(values[-1]) for values in params])
    if builder is _contrast.linear_tables_uint8:
        table = builder(np.float32(1.5))
    assert np.all(np.diff(table.astype(int)) >= 0)


def test_extreme_parameters_stay_in_range():
    assert _contrast.gamma_tables_uint8(np.float32(-2.0))[0] == 255
    assert _contrast.gamma_tables_uint8(np.float32(1e6))[254] == 0
    assert _contrast.sigmoid_tables_uint8(1e6, 0.5)[[0, 255]].tolist() == [0, 255]
    assert _contrast.log_tables_uint8(1e30)[255] == 255
    assert _contrast.linear_tables_uint8(1e30)[[0, 127, 255]].tolist() == [0, 127, 255]


def _reference_table(values):
    """nan_to_num, clip, truncate: the table rule the builders implement."""
    values = np.nan_to_num(np.asarray(values, dtype=np.float32), nan=0.0)
    return np.clip(values, 0, 255).astype(np.uint8)


SPECIAL = [0.0, -0.0, 1.0, np.nan, np.inf, -np.inf, 1e30, -1e30, 1e-30, -88.0, 3.0]


@pytest.mark.parametrize("value", SPECIAL)
def test_tables_equal_the_reference_rule_for_special_parameters(value):
    with np.errstate(all="ignore"):
        unit = _contrast._UNIT_VALUES
        value32 = np.float32(value)
        gamma = np.power(unit, value32) * np.float32(255)
        log = np.float32(255) * value32 * np.log2(np.float32(1) + unit)
        linear = np.float32(127) + value32 * (np.arange(256, dtype=np.float32) - 127)
        sigmoid = np.float32(255) / (1 + np.exp(value32 * (np.float32(0.5) - unit)))
    assert np.array_equal(_contrast.gamma_tables_uint8(value), _reference_table(gamma))
    assert np.array_equal(_contrast.log_tables_uint8(value), _reference_table(log))
    assert np.array_equal(
        _contrast.linear_tables_uint8(value), _reference_table(linear)
    )
    assert np.array_equal(
        _contrast.sigmoid_tables_uint8(value, 0.5), _reference_table(sigmoid)
    )


def test_nan_entries_become_zero():
    assert not _contrast.log_tables_uint8(np.float32(np.nan)).any()
    assert not _contrast.linear_tables_uint8(np.float32(np.nan)).any()
    assert not _contrast.sigmoid_tables_uint8(np.nan, 0.5).any()
    gamma = _contrast.gamma_tables_uint8(np.float32(np.nan))  # 1 ** nan is 1
    assert not gamma[:255].any() and gamma[255] == 255


def test_sigmoid_broadcasts_parameters_of_different_shapes():
    tables = _contrast.sigmoid_tables_uint8(np.array([[5.0, 10.0]]), 0.5)
    assert tables.shape == (256, 1, 2)
    assert np.array_equal(tables[:, 0, 1], _contrast.sigmoid_tables_uint8(10.0, 0.5))


def test_gamma_other_per_channel_broadcast():
    arr = np.full((2, 2, 2), 0.25, dtype=np.float32)
    result = _contrast.adjust_gamma_other(arr, np.array([1.0, 2.0]))
    assert np.allclose(result[..., 0], 0.25) and np.allclose(result[..., 1], 0.0625)


def test_linear_other_float16_precision_and_rounding():
    arr = np.array([[-3, 3]], dtype=np.int16)
    assert _contrast.adjust_linear_other(arr, 0.5).tolist() == [[-2, 2]]
    half = np.array([[0.5]], dtype=np.float16)
    result = _contrast.adjust_linear_other(half, 3.0)
    assert result.dtype == np.float16 and result[0, 0] == 1.5


def test_clahe_plane_grid_of_one_and_zero_tiles():
    plane = np.random.default_rng(0).integers(0, 256, (20, 20)).astype(np.uint8)
    assert _contrast.clahe_plane(plane, 2.0, (1, 1)) is plane
    assert _contrast.clahe_plane(plane, 2.0, (0, 0)) is plane
    changed = _contrast.clahe_plane(plane, 2.0, (0, 4))  # rows raised to 1 tile
    assert changed.shape == plane.shape and not np.array_equal(changed, plane)
