"""torchaudio: the dataset classes torchaudio.datasets exports."""

from lib import Wheel, class_entries, module_all

TAKEN = "dataset classes of `torchaudio.datasets` (display name from the docstring)"


def collect(wheel: Wheel):
    public = set(module_all(wheel.parse_python("torchaudio/datasets/__init__.py")))
    paths = wheel.files("torchaudio/datasets/", ".py")
    return class_entries(wheel, paths, "dataset", "torchaudio", lambda c: True, {"Dataset": None}, public)
