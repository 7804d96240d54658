"""imgaug: image augmentation for machine learning (imgaug 0.4.0 API, rebuilt).

The top-level namespace is the one of imgaug 0.4.0: the helpers of
:mod:`imgaug.imgaug` (including deprecated forwarders of moved names), then the
augmentable classes of :mod:`imgaug.augmentables` (which replace the forwarders of
the same names), and the sub-modules ``augmenters``, ``parameters``, ``dtypes``,
``random`` and ``data``. ``imgaug.multicore`` is imported on demand, as in 0.4.0.
"""

# ruff: noqa: F401, F403, I001  (order matters: augmentables overwrite MOVED forwarders)
from imgaug.imgaug import *
from imgaug.imgaug import DeprecationWarning  # noqa: A004  (0.4.0 shadows the builtin)
import imgaug.augmentables as augmentables
from imgaug.augmentables import *
import imgaug.augmenters as augmenters
import imgaug.parameters as parameters
import imgaug.dtypes as dtypes
import imgaug.random as random
import imgaug.data as data

from imgaug._kernels.memory import tune_allocator as _tune_allocator

__version__ = "0.5.0.dev0"

_tune_allocator()  # keep image-sized blocks in the heap (see imgaug._kernels.memory)
