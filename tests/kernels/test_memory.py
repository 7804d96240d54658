"""Allocator tuning done at import (glibc only)."""

import sys

import pytest

import imgaug
from imgaug._kernels import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_import_tunes_the_allocator_on_linux():
    assert imgaug is not None
    assert memory._TUNED is True
    assert memory.tune_allocator() is True  # idempotent


def test_environment_variable_switches_tuning_off(monkeypatch):
    monkeypatch.setattr(memory, "_TUNED", False)
    monkeypatch.setenv("IMGAUG_TUNE_MALLOC", "0")
    assert memory.tune_allocator() is False
    assert memory._TUNED is False
