"""torch-geometric: the dataset classes torch_geometric.datasets exports."""

from lib import Wheel, class_entries, init_imports

TAKEN = "dataset classes of `torch_geometric.datasets` (display name from the docstring)"
SKIP = {"InMemoryDataset", "Dataset", "FakeDataset", "FakeHeteroDataset", "StochasticBlockModelDataset", "RandomPartitionGraphDataset", "ExplainerDataset", "InfectionDataset", "CitationFull", "Entities", "AttributedGraphDataset", "GEDDataset", "RelLinkPredDataset", "OnDiskDataset", "HeteroDataset", "GeometricShapes", "BAShapes", "BA2MotifDataset", "CustomDataset"}


def collect(wheel: Wheel):
    public = init_imports(wheel.parse_python("torch_geometric/datasets/__init__.py")) - SKIP
    paths = [p for p in wheel.files("torch_geometric/datasets/", ".py") if "/graph_generator/" not in p and "/motif_generator/" not in p]
    return class_entries(wheel, paths, "dataset", "torch-geometric", lambda c: True, {"Dataset": None}, public)
