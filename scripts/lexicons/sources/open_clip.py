"""open-clip-torch: model families named by the model configs (open_clip/model_configs/*.json)."""

from __future__ import annotations

import posixpath
import re

from lib import Raw, Wheel

TAKEN = "model families from `open_clip/model_configs` file names (the part before the size, e.g. `EVA02`, `MobileCLIP`, `ViTamin`)"
SKIP = {"ViT", "RN50", "RN101", "convnext", "xlm", "roberta", "mt5", "nllb", "swin", "vit", "timm", "PE", "RN50x4", "RN50x16", "RN50x64"}


def collect(wheel: Wheel) -> list[Raw]:
    names = set()
    for path in wheel.files("open_clip/model_configs/", ".json"):
        wheel.parse_json(path)
        stem = posixpath.basename(path)[:-5]
        family = re.split(r"[-_]", stem)[0]
        if family in SKIP or not re.search(r"[A-Z]", family) or len(family) < 3:
            continue
        names.add(family)
    names.add("OpenCLIP")
    return [Raw("method", n, "open-clip-torch") for n in sorted(names)]
