"""stable-baselines3 (and sb3-contrib): one reinforcement-learning algorithm per algorithm folder."""

from __future__ import annotations

import ast

from lib import Raw, Wheel, docstring, long_form_for, pick_display

TAKEN = "algorithm folders (`ppo`, `sac`, `her`, ...; display name and long form from their docstrings)"
SKIP = {"common"}


def collect(wheel: Wheel) -> list[Raw]:
    root = next(n.split("/")[0] for n in wheel.names if n.endswith("/__init__.py") and n.count("/") == 1)
    out = []
    for folder, ident in wheel.folders(root + "/", SKIP):
        docs = [docstring(n) for p in wheel.files(folder + "/", ".py") for n in ast.walk(wheel.parse_python(p)) if docstring(n)]
        # 'Proximal Policy Optimization algorithm (PPO)': the word before the acronym is no part of the name.
        text = "\n".join(docs).replace(" algorithm (", " (")
        name = pick_display(text, ident)
        if name:
            long = long_form_for(text, name)
            out.append(Raw("method", name, wheel.package, strong_aliases=[long] if long else []))
    return out
