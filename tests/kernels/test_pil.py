"""``imgaug._kernels.pil``: every route against the installed Pillow, exactly."""

import numpy as np
import pytest
from PIL import Image, ImageFilter, ImageOps

from imgaug._kernels import pil as _pil

RNG_SEED = 3


def _random(shape, low=0, high=256, seed=RNG_SEED):
    rng = np.random.default_rng(seed)
    return rng.integers(low, high, size=shape).astype(np.uint8)


def _apply_tables(image, tables):
    channels = [image] if image.ndim == 2 else np.moveaxis(image, -1, 0)
    out = [c if t is None else t[c] for c, t in zip(channels, tables, strict=True)]
    return out[0] if image.ndim == 2 else np.stack(out, axis=-1)


def _channels(image):
    return [image] if image.ndim == 2 else [image[:, :, c] for c in range(3)]


# ---------------------------------------------------------------- grayscale


def test_luminance_equals_pillow_for_a_grid_of_colours():
    levels = np.concatenate([np.arange(0, 256, 5), [1, 2, 127, 128, 254, 255]])
    grid = np.stack(np.meshgrid(levels, levels, levels, indexing="ij"), axis=-1)
    image = grid.reshape(-1, len(levels), 3).astype(np.uint8)
    expected = np.asarray(Image.fromarray(image).convert("L"))
    assert np.array_equal(_pil.luminance(image), expected)


def test_luminance_ignores_alpha_and_handles_empty_images():
    image = _random((9, 11, 4))
    expected = np.asarray(Image.fromarray(image[:, :, 0:3]).convert("L"))
    assert np.array_equal(_pil.luminance(image), expected)
    assert _pil.luminance(np.zeros((0, 5, 3), np.uint8)).shape == (0, 5)


# ---------------------------------------------------------------- blending


@pytest.mark.parametrize("factor", [0.0, 0.1, 0.3, 0.5, 0.7, 1.0, 1.3, 1.7, 2.0, 2.9])
def test_blend_table_equals_image_blend_for_all_pairs(factor):
    degenerate = np.repeat(np.arange(256, dtype=np.uint8), 256).reshape(256, 256)
    image = degenerate.T.copy()
    expected = np.asarray(
        Image.blend(Image.fromarray(degenerate), Image.fromarray(image), factor)
    )
    assert np.array_equal(_pil.blend_table(factor), expected)
    assert np.array_equal(_pil.blend_images(degenerate, image, factor), expected)


def test_blend_images_with_one_degenerate_channel_for_all_channels():
    image = _random((6, 7, 3))
    gray = _random((6, 7, 1), seed=4)
    expected = _pil.blend_images(np.repeat(gray, 3, axis=2), image, 1.4)
    assert np.array_equal(_pil.blend_images(gray, image, 1.4), expected)


# ---------------------------------------------------------------- filters


def _filter_inputs():
    yield "random", _random((37, 45, 3))
    yield "gray", _random((30, 41))
    yield "rgba", _random((25, 27, 4))
    # multiples of 16 and 6 produce exact ties for the /16, /6 and /100 kernels
    yield "ties16", (_random((33, 35, 3), 0, 17) * 15).astype(np.uint8)
    yield "ties6", (_random((33, 35, 3), 0, 43) * 6).astype(np.uint8)
    yield "constant", np.full((12, 13, 3), 77, dtype=np.uint8)


@pytest.mark.parametrize("name", sorted(_pil.FILTERS))
def test_filters_equal_pillow(name):
    for label, image in _filter_inputs():
        expected = np.asarray(Image.fromarray(image).filter(getattr(ImageFilter, name)))
        observed = _pil.apply_filter(image, name)
        assert observed.dtype == np.uint8 and observed.shape == image.shape
        assert np.array_equal(observed, expected), label


@pytest.mark.parametrize("name", sorted(_pil.FILTERS))
def test_filter_kernels_are_pillows(name):
    size, scale, offset, kernel = getattr(ImageFilter, name).filterargs
    assert _pil.FILTERS[name] == (size[0], scale, offset, tuple(kernel))


@pytest.mark.parametrize("name", ["SMOOTH", "BLUR", "SMOOTH_MORE", "DETAIL"])
@pytest.mark.parametrize("shape", [(1, 1, 3), (2, 2, 3), (2, 7, 3), (3, 3, 3),
                                   (4, 9, 3), (5, 5, 3), (1, 8)])  # fmt: skip
def test_filters_on_tiny_images_equal_pillow(name, shape):
    image = _random(shape)
    expected = np.asarray(Image.fromarray(image).filter(getattr(ImageFilter, name)))
    assert np.array_equal(_pil.apply_filter(image, name), expected)


def test_filters_work_channel_by_channel():
    image = _random((14, 15, 7))
    observed = _pil.apply_filter(image, "DETAIL")
    for c in range(7):
        assert np.array_equal(
            observed[:, :, c], _pil.apply_filter(image[:, :, c], "DETAIL")
        )


def test_filter_does_not_change_its_input():
    image = _random((10, 12, 3))
    before = image.copy()
    _pil.apply_filter(image, "SHARPEN")
    _pil.apply_filter(image, "SMOOTH_MORE")
    assert np.array_equal(image, before)


def test_filter_emboss_weights_the_row_below_first():
    # EMBOSS = pixel - its upper-left neighbour in Pillow's notation, which reads
    # the kernel rows bottom-up: the result is pixel - lower-left neighbour + 128
    image = np.zeros((5, 5), dtype=np.uint8)
    image[3, 1] = 100
    observed = _pil.apply_filter(image, "EMBOSS")
    assert observed[2, 2] == 28  # 0 - 100 + 128
    assert observed[1, 0] == 0  # border pixel: copied


# ---------------------------------------------------------------- histograms


def _histogram_inputs():
    yield _random((47, 61, 3))
    yield _random((30, 40))
    yield _random((64, 80, 3), 60, 160)
    yield np.full((20, 30, 3), 7, dtype=np.uint8)
    yield (_random((33, 41, 3), 0, 4) * 40).astype(np.uint8)
    yield np.array([[0, 50, 50, 100]], dtype=np.uint8)  # too few pixels
    yield np.tile(np.array([0, 0, 50, 50, 100, 100, 100, 200], np.uint8), (40, 1))


def test_equalize_table_equals_pillow():
    for image in _histogram_inputs():
        tables = [_pil.equalize_table(_pil.histogram(c)) for c in _channels(image)]
        expected = np.asarray(ImageOps.equalize(Image.fromarray(image)))
        assert np.array_equal(_apply_tables(image, tables), expected)


def test_equalize_table_with_mask_equals_pillow():
    image = _random((30, 40, 3))
    mask = np.zeros((30, 40), dtype=np.uint8)
    mask[5:20, 10:35] = 255
    tables = [_pil.equalize_table(_pil.histogram(c, mask)) for c in _channels(image)]
    expected = np.asarray(
        ImageOps.equalize(Image.fromarray(image), mask=Image.fromarray(mask))
    )
    assert np.array_equal(_apply_tables(image, tables), expected)


@pytest.mark.parametrize("cutoff", [0, 1, 2, 10, 30, 49, 2.5, (3, 20), (0, 7)])
@pytest.mark.parametrize("ignore", [None, 0, [3, 7, 128]])
def test_autocontrast_table_equals_pillow(cutoff, ignore):
    cut = cutoff if isinstance(cutoff, tuple) else (cutoff, cutoff)
    ignored = (
        [] if ignore is None else ([ignore] if isinstance(ignore, int) else ignore)
    )
    for image in _histogram_inputs():
        tables = [
            _pil.autocontrast_table(_pil.histogram(c), cut, ignored)
            for c in _channels(image)
        ]
        expected = np.asarray(
            ImageOps.autocontrast(Image.fromarray(image), cutoff, ignore)
        )
        assert np.array_equal(_apply_tables(image, tables), expected)


def test_histogram_counts_values_where_the_mask_is_set():
    channel = np.array([[0, 1, 1], [255, 1, 0]], dtype=np.uint8)
    mask = np.array([[1, 1, 0], [1, 0, 0]], dtype=np.uint8)
    hist = _pil.histogram(channel, mask)
    assert hist.dtype == np.int64 and hist.shape == (256,)
    assert (hist[0], hist[1], hist[255], hist.sum()) == (1, 1, 1, 3)


# ---------------------------------------------------------------- affine warps


def _pil_transform(image, coefficients, fill):
    size = (image.shape[1], image.shape[0])
    pil = Image.fromarray(image)
    return np.asarray(pil.transform(size, Image.AFFINE, coefficients, fillcolor=fill))


def _warp(image, coefficients, fill):
    xs, ys = _pil.affine_source_maps(coefficients, image.shape[0:2], image.shape[0:2])
    return _pil.remap_nearest(image, xs, ys, fill)


def _random_coefficients(rng, kind):
    angle = rng.uniform(-np.pi, np.pi)
    inv_scale = 1.0 / rng.uniform(0.3, 3.0)
    cos, sin = np.cos(angle) * inv_scale, np.sin(angle) * inv_scale
    tx, ty = rng.uniform(-60, 60, size=2)
    if kind == "scale":  # b == d == 0: Pillow's separable scaling route
        return (cos, 0.0, tx, 0.0, rng.uniform(-2, 2), ty)
    if kind == "grid":  # coefficients on a 1/8 grid: many exact integer positions
        return (round(cos * 8) / 8, round(sin * 8) / 8, -13.5, -sin, cos, -7.25)
    return (cos, sin, tx, -sin, cos, ty)


@pytest.mark.parametrize("kind", ["rotation", "scale", "grid"])
def test_affine_maps_equal_pillow(kind):
    rng = np.random.default_rng(11)
    image = _random((60, 80, 3))
    for _ in range(40):
        coefficients = _random_coefficients(rng, kind)
        fill = tuple(int(v) for v in rng.integers(0, 256, size=3))
        observed = _warp(image, coefficients, fill)
        assert np.array_equal(observed, _pil_transform(image, coefficients, fill))


def test_affine_maps_for_coordinates_beyond_fixed_point_equal_pillow():
    # zoomed out far on a wide image: coordinates beyond +-2**15 make Pillow use
    # float increments instead of 16.16 fixed point
    image = _random((40, 3000, 3))
    for inv_scale in (8.0, 13.0, 20.0):
        cos, sin = np.cos(0.3) * inv_scale, np.sin(0.3) * inv_scale
        cx, cy = image.shape[1] / 2, image.shape[0] / 2
        coefficients = (
            cos, sin, 1500.3 - (cos * cx + sin * cy),
            -sin, cos, 20.2 - (-sin * cx + cos * cy),
        )  # fmt: skip
        observed = _warp(image, coefficients, (7, 8, 9))
        assert np.array_equal(observed, _pil_transform(image, coefficients, (7, 8, 9)))


def test_affine_maps_mark_outside_pixels():
    xs, ys = _pil.affine_source_maps((1.0, 0.0, 2.0, 0.0, 1.0, -1.0), (3, 4), (3, 4))
    assert xs.tolist() == [[-1] * 4, [2, 3, -1, -1], [2, 3, -1, -1]]
    assert ys.tolist() == [[-1] * 4, [0, 0, -1, -1], [1, 1, -1, -1]]


def test_remap_nearest_of_gray_and_many_channels():
    coefficients = (0.9, 0.2, 3.0, -0.2, 0.9, 5.0)
    gray = _random((20, 30))
    assert np.array_equal(
        _warp(gray, coefficients, (9,)), _pil_transform(gray, coefficients, 9)
    )
    many = _random((20, 30, 6))
    fill = (1, 2, 3, 4, 5, 6)
    observed = _warp(many, coefficients, fill)
    xs, ys = _pil.affine_source_maps(coefficients, (20, 30), (20, 30))
    assert np.array_equal(observed, _pil.gather_nearest(many, xs, ys, fill))
    assert observed[0, 29].tolist() == list(fill)


def test_gather_nearest_keeps_dtype():
    arr = np.arange(12, dtype=np.int32).reshape(3, 4)
    xs = np.array([[0, -1], [3, 1]], dtype=np.int32)
    ys = np.array([[2, -1], [0, 1]], dtype=np.int32)
    result = _pil.gather_nearest(arr, xs, ys, 0)
    assert result.dtype == np.int32
    assert result.tolist() == [[8, 0], [3, 5]]
