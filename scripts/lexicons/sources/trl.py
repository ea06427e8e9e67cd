"""trl: one training method per trainer class (`DPOTrainer` -> DPO, long form from its docstrings)."""

from __future__ import annotations

import ast
import posixpath

from lib import Raw, Wheel, docstring, long_form_for, pick_display

TAKEN = "trainer classes (`DPOTrainer` -> DPO; the long form its trainer and config docstrings spell out); not SFT, reward or plain distillation trainers"
# Trainers of a generic step rather than a named method, and variants named by their class only.
SKIP = {"Base", "SFT", "IterativeSFT", "Reward", "Distillation", "GRPOWithReplayBuffer"}


def _texts(wheel: Wheel, path: str) -> str:
    """The docstrings of a trainer module and of its config module beside it."""
    parts = []
    for p in (path, path[: -len("_trainer.py")] + "_config.py"):
        if p not in wheel.names:
            continue
        tree = wheel.parse_python(p)
        parts += [docstring(n) for n in ast.walk(tree) if docstring(n)]
    return "\n".join(parts)


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for path in wheel.files("trl/", "_trainer.py"):
        if posixpath.basename(path).startswith(("_", "base_")):
            continue
        text = _texts(wheel, path)
        for node in wheel.parse_python(path).body:
            if not isinstance(node, ast.ClassDef) or not node.name.endswith("Trainer") or node.name.startswith("_"):
                continue
            ident = node.name[: -len("Trainer")]
            name = pick_display(text, ident) if ident not in SKIP else None
            if name:
                long = long_form_for(text, name)
                out.append(Raw("method", name, "trl", strong_aliases=[long] if long else []))
    return out
