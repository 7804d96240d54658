"""Run imgaug pipelines in data loaders and on clusters, reproducibly.

One rule everywhere: sample ``index`` of epoch ``epoch`` under seed ``seed`` is
augmented with ``augmenter.augment(..., seed_key=(seed, epoch, index))``, so its
result never depends on which worker, process, thread or machine runs it, on the
number of workers or on what else was augmented before. :func:`augment_sample`
applies the rule to one sample given as a dict of arrays; the adapters use it:

* :mod:`imgaug.integrations.torch` -- a PyTorch ``Dataset`` wrapper, tensors and a
  collate function (``pip install imgaug[torch]``).
* :mod:`imgaug.integrations.dask` -- ``dask.bag`` samples and ``dask.array`` image
  stacks, on any scheduler (``pip install imgaug[dask]``).
* :mod:`imgaug.integrations.ray` -- Ray Data ``map_batches``
  (``pip install imgaug[ray]``).
* ``python -m imgaug augment`` -- a folder of images and its COCO annotations.

Importing :mod:`imgaug` or this package never imports torch, dask or ray; each
adapter module imports its library and names the extra to install if it is missing.
"""

from imgaug.integrations._samples import KINDS, augment_sample

__all__ = ["KINDS", "augment_sample"]
