"""diffusers: one pipeline family per folder of diffusers/pipelines; schedulers."""

from __future__ import annotations

import posixpath
import re

from lib import Raw, Wheel, docstring, pick_display

TAKEN = "pipeline folders of `diffusers/pipelines` and scheduler modules (display name from their docstrings and strings)"
SKIP = {"deprecated", "onnx_utils", "pag", "free_init_utils", "free_noise_utils", "auto_pipeline", "pipeline_utils", "pipeline_loading_utils"}


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for folder, ident in wheel.folders("diffusers/pipelines/", SKIP):
        text = "\n".join(wheel.read(p) for p in wheel.files(folder + "/", ".py"))
        ident = re.sub(r"_\d+(_\d+)?$", "", ident) if not pick_display(text, ident) else ident
        name = pick_display(text, ident)
        if name:
            out.append(Raw("method", name, "diffusers"))
    for path in wheel.files("diffusers/schedulers/scheduling_", ".py"):
        ident = posixpath.basename(path)[len("scheduling_") : -3]
        ident = re.sub(r"_(flax|discrete|multistep|singlestep|parallel|scheduler)$", "", ident)
        tree = wheel.parse_python(path)
        text = "\n".join(docstring(n) for n in tree.body if hasattr(n, "body") and docstring(n))
        name = pick_display(text, ident)
        if name and all(w[:1].isupper() or w[:1].isdigit() for w in name.split()):  # not 'Entropy bound'
            out.append(Raw("method", name, "diffusers"))
    return out
