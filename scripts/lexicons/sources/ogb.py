"""ogb: the master.csv of each task family (dataset names as columns) and the LSC datasets."""

from __future__ import annotations

from lib import Raw, Wheel

TAKEN = "dataset names from `*/master.csv` (node/link/graph property prediction as `benchmarkOf`) and the OGB-LSC modules"
FAMILIES = {"nodeproppred": "node property prediction", "linkproppred": "link property prediction", "graphproppred": "graph property prediction"}
LSC = {"mag240m": "MAG240M", "pcqm4m": "PCQM4M", "pcqm4mv2": "PCQM4Mv2", "wikikg90m": "WikiKG90M", "wikikg90mv2": "WikiKG90Mv2"}


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for folder, task in FAMILIES.items():
        rows = wheel.parse_csv(f"ogb/{folder}/master.csv")
        for name in rows[0][1:]:
            name = name.strip()
            if name:
                out.append(Raw("dataset", name, "ogb", benchmark_of=[task], lowercase_ok=True))
    for module, name in LSC.items():
        if f"ogb/lsc/{module}.py" in wheel.names:
            out.append(Raw("dataset", name, "ogb"))
    return out


def tasks(wheel: Wheel) -> list[Raw]:
    return [Raw("task", t, "ogb") for t in FAMILIES.values()]
