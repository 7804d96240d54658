"""Tests for imgaug._kernels.segment: SLIC labels, Voronoi labels, segment means."""

import hashlib
import platform

import numpy as np
import pytest
from skimage.measure import label as label_connected

from imgaug._kernels import segment


def _two_colour_image(height=24, width=32, split=16):
    image = np.zeros((height, width, 3), dtype=np.uint8)
    image[:, :split] = (200, 30, 30)
    image[:, split:] = (20, 40, 220)
    return image


# ---------------------------------------------------------------- to_unit_range
class TestToUnitRange:
    @pytest.mark.parametrize(
        ("dtype", "value", "expected"),
        [
            ("uint8", 255, 1.0),
            ("uint8", 51, 0.2),
            ("uint16", 65535, 1.0),
            ("int8", 127, 1.0),
            ("int8", -127, -1.0),
            ("int16", 0, 0.0),
            ("bool", True, 1.0),
            ("float32", 0.25, 0.25),
        ],
    )
    def test_values(self, dtype, value, expected):
        arr = np.full((1, 1, 1), value, dtype=dtype)
        observed = segment.to_unit_range(arr)
        assert observed.dtype == np.float32
        assert observed[0, 0, 0] == pytest.approx(expected, abs=1e-6)

    def test_new_array(self):
        arr = np.zeros((2, 2, 1), dtype=np.float32)
        assert segment.to_unit_range(arr) is not arr


# ---------------------------------------------------------------- slic_labels
class TestSlicLabels:
    def _check_labels(self, labels, shape):
        assert labels.shape == shape
        assert labels.dtype == np.int32
        ids = np.unique(labels)
        assert ids.tolist() == list(range(len(ids)))
        # numbered in the raster order of each segment's first pixel
        _, first = np.unique(labels.reshape(-1), return_index=True)
        assert np.all(np.diff(first) > 0)

    def test_labels_are_consecutive_and_raster_ordered(self):
        image = np.random.default_rng(0).integers(0, 256, (30, 40, 3)).astype(np.uint8)
        labels = segment.slic_labels(image, 12)
        self._check_labels(labels, (30, 40))

    def test_segments_are_connected(self):
        image = np.random.default_rng(1).integers(0, 256, (30, 40, 3)).astype(np.uint8)
        labels = segment.slic_labels(image, 20)
        pieces = label_connected(labels, background=-1, connectivity=1)
        assert pieces.max() == labels.max() + 1

    def test_no_segment_below_half_a_cell_except_the_first(self):
        image = np.random.default_rng(2).integers(0, 256, (40, 40, 3)).astype(np.uint8)
        labels = segment.slic_labels(image, 16)  # cells of 10x10 px
        sizes = np.bincount(labels.reshape(-1))
        assert sizes[1:].min() >= 50

    def test_follows_a_colour_edge(self):
        image = _two_colour_image()
        labels = segment.slic_labels(image, 6)
        left, right = labels[:, :16], labels[:, 16:]
        assert not set(np.unique(left)) & set(np.unique(right))

    def test_uniform_image_gives_the_grid(self):
        image = np.full((40, 60, 3), 90, dtype=np.uint8)
        labels = segment.slic_labels(image, 6)
        # 6 cells of 20x20 px: 2 rows, 3 columns of square segments
        expected = np.repeat(np.repeat(np.arange(6).reshape(2, 3), 20, 0), 20, 1)
        assert np.array_equal(labels, expected)

    @pytest.mark.parametrize("n_segments", [1, 2, 10, 10_000])
    @pytest.mark.parametrize(
        "shape", [(1, 1, 3), (1, 17, 3), (17, 1, 3), (5, 7, 1), (9, 8, 4), (6, 6, 9)]
    )
    def test_odd_shapes_and_counts(self, shape, n_segments):
        image = np.random.default_rng(3).integers(0, 256, shape).astype(np.uint8)
        self._check_labels(segment.slic_labels(image, n_segments), shape[0:2])

    def test_one_segment(self):
        image = np.random.default_rng(4).integers(0, 256, (10, 12, 3)).astype(np.uint8)
        assert np.all(segment.slic_labels(image, 1) == 0)

    def test_number_of_segments_follows_n(self):
        import imgaug.data

        image = imgaug.data.quokka(size=(64, 64))
        few = segment.slic_labels(image, 10).max() + 1
        many = segment.slic_labels(image, 100).max() + 1
        assert 5 <= few <= 15
        assert 50 <= many <= 130

    def test_higher_compactness_gives_square_segments(self):
        rng = np.random.default_rng(6)
        image = rng.integers(0, 256, (40, 40, 3)).astype(np.uint8)
        labels = segment.slic_labels(image, 16, compactness=1e4)
        expected = np.repeat(np.repeat(np.arange(16).reshape(4, 4), 10, 0), 10, 1)
        assert np.array_equal(labels, expected)

    @pytest.mark.parametrize(
        "dtype", ["bool", "uint16", "uint32", "uint64", "int8", "int32", "int64"]
    )
    def test_other_dtypes(self, dtype):
        image = _two_colour_image().astype(np.float64) / 255
        image = image > 0.5 if dtype == "bool" else image * np.iinfo(dtype).max
        labels = segment.slic_labels(image.astype(dtype), 6)
        self._check_labels(labels, image.shape[0:2])

    def test_tolerance_stops_early(self):
        import imgaug.data

        image = imgaug.data.quokka(size=(64, 64))
        full = segment.slic_labels(image, 40)
        one = segment.slic_labels(image, 40, max_iterations=1)
        # a tolerance of 100 % stops after the first iteration
        assert np.array_equal(segment.slic_labels(image, 40, tolerance=1.0), one)
        assert not np.array_equal(full, one)

    def test_deterministic(self):
        image = np.random.default_rng(7).integers(0, 256, (30, 30, 3)).astype(np.uint8)
        first = segment.slic_labels(image, 9)
        assert np.array_equal(first, segment.slic_labels(image, 9))


class TestMakeConnected:
    def test_splits_disconnected_labels(self):
        labels = np.array([[0, 1, 0], [0, 1, 0]], dtype=np.int32)
        observed = segment._make_connected(labels, min_size=1)
        assert observed.tolist() == [[0, 1, 2], [0, 1, 2]]

    def test_small_piece_merged_into_the_left_neighbour(self):
        labels = np.zeros((4, 6), dtype=np.int32)
        labels[1, 3] = 5  # a single pixel inside segment 0
        labels[:, 5] = 7
        observed = segment._make_connected(labels, min_size=2)
        expected = np.zeros((4, 6), dtype=np.int32)
        expected[:, 5] = 1
        assert observed.tolist() == expected.tolist()

    def test_small_piece_in_first_column_merged_upwards(self):
        labels = np.zeros((3, 3), dtype=np.int32)
        labels[2, 0] = 4
        observed = segment._make_connected(labels, min_size=2)
        assert np.all(observed == 0)

    def test_chains_of_small_pieces_end_in_a_large_one(self):
        labels = np.array([[0, 0, 0, 0, 1, 2]], dtype=np.int32)
        observed = segment._make_connected(labels, min_size=2)
        assert np.all(observed == 0)


# ---------------------------------------------------------------- Voronoi labels
class TestNearestPointLabels:
    @pytest.mark.parametrize(
        ("height", "width", "nb_points"), [(9, 13, 5), (30, 20, 40)]
    )
    def test_same_as_brute_force(self, height, width, nb_points):
        rng = np.random.default_rng(8)
        xy = rng.random((nb_points, 2)) * [width, height]
        observed = segment.nearest_point_labels(height, width, xy)
        yy, xx = np.mgrid[0:height, 0:width]
        distances = (xx[..., None] + 0.5 - xy[:, 0]) ** 2 + (
            yy[..., None] + 0.5 - xy[:, 1]
        ) ** 2
        assert observed.dtype == np.int32
        assert np.array_equal(observed, distances.argmin(axis=2))

    def test_single_point(self):
        observed = segment.nearest_point_labels(3, 4, np.float64([[100.0, -5.0]]))
        assert observed.shape == (3, 4) and np.all(observed == 0)

    def test_pixel_centres(self):
        # x=1.6 is closer to centre 1.5 (pixel 1) than x=0.5 is... both points
        # sit on the row, pixel 1's centre 1.5 is 0.1 from the second point
        xy = np.float64([[0.0, 0.5], [1.6, 0.5]])
        observed = segment.nearest_point_labels(1, 3, xy)
        assert observed.tolist() == [[0, 1, 1]]


# ---------------------------------------------------------------- means
class TestSegmentMeans:
    def test_means_per_label_and_channel(self):
        image = np.array(
            [[[0, 10], [2, 20]], [[4, 30], [7, 40]]], dtype=np.uint8
        )  # (2, 2, 2)
        labels = np.array([[0, 0], [1, 1]])
        observed = segment.segment_means(image, labels, 3)
        assert observed.tolist() == [[1.0, 15.0], [5.5, 35.0], [0.0, 0.0]]

    def test_uint64_values(self):
        image = np.full((2, 2, 1), 2**40 + 3, dtype=np.uint64)
        labels = np.zeros((2, 2), dtype=np.int32)
        assert segment.segment_means(image, labels, 1)[0, 0] == float(2**40 + 3)


class TestReplaceSegments:
    def test_all(self):
        image = np.zeros((1, 3, 1), dtype=np.uint8)
        labels = np.array([[0, 1, 1]])
        colors = np.uint8([[5], [9]])
        assert segment.replace_segments(image, labels, colors)[..., 0].tolist() == [
            [5, 9, 9]
        ]

    def test_some(self):
        image = np.uint8([[[1], [2], [3]]])
        labels = np.array([[0, 1, 1]])
        colors = np.uint8([[5], [9]])
        replace = np.array([False, True])
        observed = segment.replace_segments(image, labels, colors, replace)
        assert observed[..., 0].tolist() == [[1, 9, 9]]
        assert image[..., 0].tolist() == [[1, 2, 3]]


# ------------------------------------------------- pinned SLIC labels, segment means
def _waves_image(shape, dtype, seed):
    """Smooth waves plus some noise: SLIC moves boundaries over the iterations."""
    noise = np.random.default_rng(seed).integers(0, 256, shape)
    yy, xx = np.mgrid[0 : shape[0], 0 : shape[1]]
    waves = np.sin(yy / 5.0)[..., None] * 80 + np.cos(xx / 7.0)[..., None] * 80
    values = waves + 128 + noise * 0.2
    if dtype == "uint8":
        return np.clip(values, 0, 255).astype(dtype)
    return (values / 255).astype(dtype)


@pytest.mark.skipif(
    platform.machine().lower() not in ("x86_64", "amd64"),
    reason="digests were recorded on x86-64",
)
@pytest.mark.parametrize(
    ("shape", "dtype", "n_segments", "tolerance", "digest"),
    [
        ((48, 64, 3), "uint8", 40, 0.0, "8477cc62878c7785"),
        ((37, 29, 1), "uint8", 12, 0.0, "46e6c5b0cceb0a55"),
        ((40, 52, 4), "float32", 30, 0.001, "ea33c40b8305ce19"),
        ((96, 128, 3), "uint8", 100, 0.001, "33b02b9a0338c3cd"),
    ],
)
def test_slic_labels_pinned(shape, dtype, n_segments, tolerance, digest):
    # the incremental centre update (flat indices, take) must keep every label:
    # digests recorded before it was rewritten
    image = _waves_image(shape, dtype, seed=shape[0])
    labels = segment.slic_labels(image, n_segments, tolerance=tolerance)
    header = f"{labels.shape}{labels.dtype}".encode()
    assert hashlib.sha256(header + labels.tobytes()).hexdigest()[:16] == digest


def _segment_means_interleaved(image, labels, nb_labels):
    """One bincount over interleaved (label, channel) bins (the former route)."""
    nb_channels = image.shape[2]
    flat = labels.reshape(-1).astype(np.intp)
    counts = np.bincount(flat, minlength=nb_labels)
    index = (flat[:, np.newaxis] * nb_channels + np.arange(nb_channels)).reshape(-1)
    sums = np.bincount(
        index,
        weights=image.reshape(-1).astype(np.float64),
        minlength=nb_labels * nb_channels,
    ).reshape(nb_labels, nb_channels)
    return sums / np.maximum(counts, 1)[:, np.newaxis]


@pytest.mark.parametrize(
    "dtype", ["bool", "uint8", "uint16", "int8", "int32", "float16", "float32"]
)
@pytest.mark.parametrize("shape", [(1, 1, 1), (1, 1, 3), (9, 7, 1), (13, 11, 4)])
def test_segment_means_per_channel_equals_interleaved(dtype, shape):
    rng = np.random.default_rng(sum(shape))
    if dtype == "bool":
        image = rng.random(shape) > 0.5
    elif dtype.startswith("float"):
        image = (rng.random(shape) * 3 - 1).astype(dtype)
    else:
        info = np.iinfo(dtype)
        image = rng.integers(info.min, info.max, shape, endpoint=True).astype(dtype)
    nb_labels = 6
    labels = rng.integers(0, nb_labels - 1, shape[0:2]).astype(np.int32)  # 5 unused
    means = segment.segment_means(image, labels, nb_labels)
    expected = _segment_means_interleaved(image, labels, nb_labels)
    assert means.dtype == np.float64 and means.shape == (nb_labels, shape[2])
    assert np.array_equal(means, expected)
