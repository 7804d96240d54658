"""Doctest collection: skip the integration modules whose library is missing."""

import importlib.util

collect_ignore = [
    f"imgaug/integrations/{module}.py"
    for module in ("torch", "dask", "ray")
    if importlib.util.find_spec(module) is None
]
