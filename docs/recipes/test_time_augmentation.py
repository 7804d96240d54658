"""Test-time augmentation: predict on 8 augmented copies, map back, average.

Run as a script for a small demonstration with a stand-in "model"; in practice
pass your network's prediction function to :func:`predict_with_tta`.
"""

import numpy as np

import imgaug.augmenters as iaa
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage


def make_tta_pipeline(seed=0):
    """Mild, invertible augmentations: flips, small affine changes, crop/pad."""
    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Affine(
                scale=(0.9, 1.1), rotate=(-10, 10), translate_percent=(-0.05, 0.05)
            ),
            iaa.CropAndPad(percent=(-0.05, 0.05), keep_size=False),
            iaa.LinearContrast((0.8, 1.2)),  # pixel-only: skipped when inverting
        ]
    ).seed_(seed)


def predict_with_tta(predict, image, nb_copies=8, seed=0):
    """Average `predict` over augmented copies of `image`, in the image's frame.

    Parameters
    ----------
    predict : callable
        ``predict(images) -> (heatmaps, keypoints)``: per image an ``(H, W)`` float
        array in ``[0, 1]`` and an ``(K, 2)`` array of xy-coordinates, both on that
        (augmented) image.
    image : numpy.ndarray
        The ``(H, W, C)`` image.
    nb_copies : int, optional
        Number of augmented copies.
    seed : int, optional
        Seed of the augmentations.

    Returns
    -------
    heatmap : numpy.ndarray
        The averaged ``(H, W)`` heatmap on `image`.
    keypoints : numpy.ndarray
        The averaged ``(K, 2)`` keypoints on `image`.

    """
    pipeline = make_tta_pipeline(seed)
    copies, record = iaa.record(pipeline, images=[image] * nb_copies)
    heatmaps, keypoints = predict(copies)
    heatmaps_aug = [
        HeatmapsOnImage(hm.astype(np.float32)[..., None], shape=copy.shape)
        for hm, copy in zip(heatmaps, copies)
    ]
    keypoints_aug = [
        KeypointsOnImage.from_xy_array(xy, shape=copy.shape)
        for xy, copy in zip(keypoints, copies)
    ]
    heatmaps_back, keypoints_back = iaa.invert_record(
        pipeline, record, heatmaps=heatmaps_aug, keypoints=keypoints_aug
    )
    heatmap = np.mean([hm.get_arr()[..., 0] for hm in heatmaps_back], axis=0)
    xy = np.mean([kps.to_xy_array() for kps in keypoints_back], axis=0)
    return heatmap, xy


def _bright_spot_model(images):
    """Stand-in model: heatmap of bright pixels and the centre of the brightest."""
    heatmaps, keypoints = [], []
    for image in images:
        gray = image.mean(axis=2)
        heatmaps.append((gray > 200).astype(np.float32))
        ys, xs = np.nonzero(gray > 200)
        keypoints.append(np.array([[xs.mean() + 0.5, ys.mean() + 0.5]]))
    return heatmaps, keypoints


def demo_image():
    image = np.full((96, 128, 3), 40, dtype=np.uint8)
    image[30:50, 70:95] = 255
    return image


if __name__ == "__main__":
    heatmap, xy = predict_with_tta(_bright_spot_model, demo_image())
    print("spot centre on the original image:", xy.round(2).tolist())
    print("heatmap mass inside the spot:", float(heatmap[30:50, 70:95].mean()))
