"""Row-by-row application of an image function for out-of-place leaf augmenters."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

__all__: list[str] = []


def map_rows(
    images: list[np.ndarray] | np.ndarray,
    func: Callable[[int, np.ndarray], np.ndarray | None],
) -> list[np.ndarray] | np.ndarray:
    """Replace every row by ``func(row_index, image)`` without writing into arrays.

    Parameters
    ----------
    images : list of numpy.ndarray or numpy.ndarray
        The batch's images: a list (changed rows are replaced in it) or an
        ``(N, H, W, C)`` array (never written; a new array is returned if a row
        changed).
    func : callable
        Returns a new array for the row or ``None`` if the row stays unchanged.
        Results must keep the row's shape when `images` is an array.

    Returns
    -------
    list of numpy.ndarray or numpy.ndarray
        The images container with the new rows.

    """
    if isinstance(images, np.ndarray):
        results = [func(i, image) for i, image in enumerate(images)]
        if all(result is None for result in results):
            return images
        if len(results) == 1:
            # one row (e.g. augment_image): a view of the new array, no copy
            return results[0][np.newaxis]
        output = np.empty_like(images)
        for i, result in enumerate(results):
            output[i] = images[i] if result is None else result
        return output
    for i, image in enumerate(images):
        result = func(i, image)
        if result is not None:
            images[i] = result
    return images
