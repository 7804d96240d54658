"""imgaug: image augmentation for machine learning (imgaug 0.4.0 API, rebuilt).

Top-level namespace as in 0.4.0: the helpers of :mod:`imgaug.imgaug`, the augmentable
classes of :mod:`imgaug.augmentables`, and the sub-modules ``augmenters``,
``parameters``, ``dtypes``, ``random`` and ``data``. ``imgaug.multicore`` is imported
on demand, as in 0.4.0.
"""

# ruff: noqa: F401, F403, I001  (order matters: augmentables overwrite MOVED forwarders)
from imgaug.imgaug import *
from imgaug.imgaug import DeprecationWarning
import imgaug.augmentables as augmentables
from imgaug.augmentables import *
import imgaug.random as random
import imgaug.parameters as parameters
import imgaug.dtypes as dtypes
import imgaug.augmenters as augmenters
import imgaug.data as data

__version__ = "0.5.0.dev0"
