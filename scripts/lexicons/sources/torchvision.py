"""torchvision: the dataset classes torchvision.datasets exports."""

from lib import Wheel, base_names, class_entries, module_all

TAKEN = "dataset classes of `torchvision.datasets` (display name from the docstring; `Detection`/`Captions`/`Segmentation` suffixes as `benchmarkOf`)"
SKIP = {"VisionDataset", "DatasetFolder", "ImageFolder", "FakeData", "LSUNClass", "StereoMatchingDataset", "FlowDataset"}
SUFFIXES = {"Detection": "object detection", "Captions": "image captioning", "Segmentation": "semantic segmentation", "Classification": "image classification", "Stereo": "stereo matching", "Pairs": None, "People": None}


def collect(wheel: Wheel):
    init = wheel.parse_python("torchvision/datasets/__init__.py")
    public = set(module_all(init)) - SKIP
    paths = wheel.files("torchvision/datasets/", ".py")
    return class_entries(wheel, paths, "dataset", "torchvision", lambda c: c.name not in SKIP and bool(base_names(c)), SUFFIXES, public)
