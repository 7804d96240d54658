"""Deprecated old name of :mod:`imgaug.augmenters.blend` (renamed in 0.2.8).

Every function here warns and forwards to its counterpart in ``blend``. Note
that the blend augmenters call the branches ``foreground``/``background``
instead of ``first``/``second``. This module is not star-imported into
``imgaug.augmenters``.
"""

from __future__ import annotations

import imgaug.imgaug as ia
from imgaug.augmenters import blend

__all__ = [
    "blend_alpha",
    "Alpha",
    "AlphaElementwise",
    "SimplexNoiseAlpha",
    "FrequencyNoiseAlpha",
]

_COMMENT = (
    "imgaug.augmenters.overlay is deprecated; use imgaug.augmenters.blend "
    "(with foreground/background instead of first/second)"
)


@ia.deprecated(alt_func="imgaug.augmenters.blend.blend_alpha", comment=_COMMENT)
def blend_alpha(*args, **kwargs):
    """Forward to :func:`imgaug.augmenters.blend.blend_alpha`."""
    return blend.blend_alpha(*args, **kwargs)


@ia.deprecated(alt_func="imgaug.augmenters.blend.Alpha", comment=_COMMENT)
def Alpha(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Forward to :func:`imgaug.augmenters.blend.Alpha`."""
    return blend.Alpha(*args, **kwargs)


@ia.deprecated(alt_func="imgaug.augmenters.blend.AlphaElementwise", comment=_COMMENT)
def AlphaElementwise(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Forward to :func:`imgaug.augmenters.blend.AlphaElementwise`."""
    return blend.AlphaElementwise(*args, **kwargs)


@ia.deprecated(alt_func="imgaug.augmenters.blend.SimplexNoiseAlpha", comment=_COMMENT)
def SimplexNoiseAlpha(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Forward to :func:`imgaug.augmenters.blend.SimplexNoiseAlpha`."""
    return blend.SimplexNoiseAlpha(*args, **kwargs)


@ia.deprecated(alt_func="imgaug.augmenters.blend.FrequencyNoiseAlpha", comment=_COMMENT)
def FrequencyNoiseAlpha(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Forward to :func:`imgaug.augmenters.blend.FrequencyNoiseAlpha`."""
    return blend.FrequencyNoiseAlpha(*args, **kwargs)
