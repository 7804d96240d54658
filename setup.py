"""Packaging for imgaug (a clean-room, modern rewrite of the imgaug 0.4.0 API)."""

import pathlib
import re

from setuptools import find_packages, setup

HERE = pathlib.Path(__file__).parent
VERSION = re.search(
    r'^__version__ = "([^"]+)"', (HERE / "imgaug" / "__init__.py").read_text(), re.M
).group(1)

setup(
    name="imgaug",
    version=VERSION,
    description="Image augmentation for machine learning (imgaug 0.4.0 API, rebuilt)",
    long_description=(HERE / "README.md").read_text(),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.10",
    packages=find_packages(include=["imgaug", "imgaug.*"]),
    package_data={"imgaug": ["*.jpg", "*.png", "*.json", "*.ttf", "*.txt"]},
    include_package_data=True,
    install_requires=[
        line.strip()
        for line in (HERE / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ],
    extras_require={
        "display": ["matplotlib>=3.6"],
        # uint8 lookup tables through SIMD byte translation (6-7x faster than
        # cv2.LUT; identical results); without it cv2.LUT is used
        "fast": ["stringzilla>=3.12"],
        # iaa.save()/iaa.load() of .yaml/.yml pipeline configs
        "yaml": ["PyYAML>=5.1"],
        # integrations (imgaug.integrations.*), each imported only when used
        "torch": ["torch>=2.0"],
        "dask": ["dask[array,bag,distributed]>=2024.1"],
        "ray": ["ray[data]>=2.9"],
        "test": [
            "pytest>=7.4",
            "pytest-xdist>=3.3",
            "pytest-timeout>=2.2",
            "hypothesis>=6.80",
            "matplotlib>=3.6",
            "PyYAML>=5.1",
            "ruff>=0.6",
            "stringzilla>=3.12",
        ],
    },
    classifiers=[
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "License :: OSI Approved :: MIT License",
        "Topic :: Scientific/Engineering :: Image Processing",
    ],
)
