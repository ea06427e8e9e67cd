"""monai: the downloadable datasets of monai.apps."""

from lib import Wheel, class_entries

TAKEN = "dataset classes of `monai.apps.datasets` (`MedNISTDataset` -> MedNIST)"


def collect(wheel: Wheel):
    return class_entries(wheel, ["monai/apps/datasets.py"], "dataset", "monai", lambda c: c.name.endswith("Dataset"), {"Dataset": None})
