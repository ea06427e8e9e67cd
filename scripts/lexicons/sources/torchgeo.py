"""torchgeo: the dataset classes torchgeo.datasets exports."""

from lib import Wheel, class_entries, module_all

TAKEN = "dataset classes of `torchgeo.datasets` (display name from the docstring)"
SKIP_SUFFIX = ("Dataset", "Base", "Mask", "Error", "Box")


def collect(wheel: Wheel):
    public = {n for n in module_all(wheel.parse_python("torchgeo/datasets/__init__.py")) if not n.endswith(SKIP_SUFFIX) and n[:1].isupper() and not n.startswith(("Geo", "NonGeo", "Raster", "Vector", "Intersection", "Union"))}
    paths = wheel.files("torchgeo/datasets/", ".py")
    return class_entries(wheel, paths, "dataset", "torchgeo", lambda c: True, None, public)
