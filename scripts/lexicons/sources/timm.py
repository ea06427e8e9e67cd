"""timm: one architecture family per module of timm/models."""

from __future__ import annotations

import posixpath

from lib import Raw, Wheel, docstring, pick_display

TAKEN = "architecture modules of `timm/models` (display name from the module's docstring)"
SKIP = {"factory", "features", "fx_features", "helpers", "hub", "registry", "layers"}


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for path in wheel.files("timm/models/", ".py"):
        if path.count("/") != 2:
            continue
        ident = posixpath.basename(path)[:-3]
        if ident.startswith("_") or ident in SKIP:
            continue
        tree = wheel.parse_python(path)
        text = docstring(tree)
        name = pick_display(text, ident)
        if name:
            out.append(Raw("method", name, "timm"))
    return out
