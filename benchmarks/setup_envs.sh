#!/usr/bin/env bash
# Build the three benchmark environments under <repo>/.bench/ (git-ignored):
#
#   .bench/imgaug040  imgaug 0.4.0 on numpy 1.23.5 (the reference)
#   .bench/albx       albumentationsx 2.5.1 (+ torch CPU, which it imports)
#   .bench/ours       this checkout, installed editable
#
# Idempotent: an env whose import check passes is left alone; a broken or half-built
# one is removed and rebuilt.  Usage:
#
#   bash benchmarks/setup_envs.sh            # all three
#   bash benchmarks/setup_envs.sh imgaug040  # only the named ones
#
# PYTHON selects the base interpreter (default: python3.11, else python3).
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$REPO/.bench"
mkdir -p "$BENCH"

if [ -z "${PYTHON:-}" ]; then
  if command -v python3.11 >/dev/null 2>&1; then PYTHON=python3.11; else PYTHON=python3; fi
fi
# Never build a bench env from inside another venv's interpreter wrapper: resolve the
# real base interpreter so the new venvs do not depend on it.
PYTHON="$("$PYTHON" -c 'import sys; print(getattr(sys, "_base_executable", sys.executable))')"

export ALBUMENTATIONS_NO_TELEMETRY=1
export NO_ALBUMENTATIONS_UPDATE=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

# imgaug 0.4.0 is from 2020: numpy must predate the removal of np.bool/np.int (1.24),
# and everything else must still accept numpy 1.23.5.  imgaug itself is installed
# with --no-deps because its metadata asks for the GUI opencv build.
IMGAUG040_PINS=(
  "numpy==1.23.5"
  "scipy==1.11.4"
  "scikit-image==0.21.0"
  "opencv-python-headless==4.8.1.78"
  "shapely==2.0.7"
  "imageio==2.31.6"
  "Pillow==9.5.0"
  "matplotlib==3.8.4"
  "contourpy==1.2.1"
  "six==1.17.0"
)

check_imgaug040() {
  "$1/bin/python" - <<'EOF'
import numpy as np
assert np.__version__ == "1.23.5", np.__version__
import imgaug
import imgaug.augmenters as iaa
assert imgaug.__version__ == "0.4.0", imgaug.__version__
img = np.zeros((32, 48, 3), dtype=np.uint8)
for aug in (iaa.Fliplr(1.0), iaa.Affine(rotate=10), iaa.GaussianBlur(1.0),
            iaa.Add(5), iaa.CoarseDropout(0.1, size_percent=0.1)):
    out = aug(image=img)
    assert out.shape == img.shape, (aug, out.shape)
print("imgaug040 ok: imgaug", imgaug.__version__, "numpy", np.__version__)
EOF
}

check_albx() {
  "$1/bin/python" - <<'EOF'
import warnings
warnings.simplefilter("ignore")
import numpy as np
import albumentations as A
img = np.zeros((32, 48, 3), dtype=np.uint8)
for t in (A.HorizontalFlip(p=1), A.Affine(rotate=(10, 10), p=1), A.GaussianBlur(p=1),
          A.GaussNoise(p=1), A.CoarseDropout(p=1)):
    out = t(image=img)["image"]
    assert out.shape == img.shape, (t, out.shape)
print("albx ok: albumentationsx", A.__version__, "numpy", np.__version__)
EOF
}

check_ours() {
  "$1/bin/python" - <<'EOF'
import numpy as np
import imgaug
import imgaug.augmenters as iaa
import stringzilla  # the "fast" extra: an env without it is rebuilt
print("ours ok: imgaug", imgaug.__version__, "from", imgaug.__file__, "numpy", np.__version__,
      "stringzilla", stringzilla.__version__)
EOF
}

build_imgaug040() {
  local env="$1"
  "$env/bin/python" -m pip install -q --upgrade pip "setuptools<70" wheel
  "$env/bin/python" -m pip install -q "${IMGAUG040_PINS[@]}"
  "$env/bin/python" -m pip install -q --no-deps "imgaug==0.4.0"
  add_imagecorruptions "$env"
}

# imgaug 0.4.0's imgcorruptlike wraps `imagecorruptions` (not a dependency of
# imgaug); --no-deps because it asks for the GUI opencv build. Additive, so an
# existing imgaug040 env gets it without a rebuild (see the loop below).
add_imagecorruptions() {
  if ! "$1/bin/python" -c "import imagecorruptions" >/dev/null 2>&1; then
    "$1/bin/python" -m pip install -q --no-deps "imagecorruptions==1.1.2"
  fi
}

build_albx() {
  local env="$1"
  "$env/bin/python" -m pip install -q --upgrade pip
  # torch 2.13.0 (CPU) is picked up from the local wheel directory when present.
  "$env/bin/python" -m pip install -q "albumentationsx[headless]==2.5.1" "torch==2.13.0"
}

build_ours() {
  local env="$1"
  "$env/bin/python" -m pip install -q --upgrade pip
  # with the "fast" extra (StringZilla byte translation for lookup tables)
  "$env/bin/python" -m pip install -q -e "$REPO[fast]"
}

ensure_env() {
  local name="$1"
  local env="$BENCH/$name"
  if [ -x "$env/bin/python" ]; then
    if (cd "$BENCH" && "check_$name" "$env"); then
      return 0
    fi
    echo "[setup_envs] $name exists but its check failed: rebuilding" >&2
  fi
  rm -rf "$env"
  echo "[setup_envs] building $name with $PYTHON ..." >&2
  "$PYTHON" -m venv "$env"
  "build_$name" "$env"
  # Checks run from .bench/ so that the checkout's own imgaug/ is not on sys.path.
  (cd "$BENCH" && "check_$name" "$env")
}

names=("$@")
if [ "${#names[@]}" -eq 0 ]; then names=(imgaug040 albx ours); fi
for n in "${names[@]}"; do
  case "$n" in
    imgaug040) ensure_env "$n" && add_imagecorruptions "$BENCH/imgaug040" ;;
    albx | ours) ensure_env "$n" ;;
    *) echo "unknown env: $n (expected imgaug040, albx, ours)" >&2; exit 2 ;;
  esac
done
