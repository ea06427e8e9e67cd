"""sacrebleu: the metrics of sacrebleu.metrics.METRICS, named as their docstrings write them."""

from __future__ import annotations

import ast

from lib import Raw, Wheel, docstring, literal, pick_display

TAKEN = "the `METRICS` table of `sacrebleu.metrics` (BLEU, chrF, TER; casing from the class docstrings)"


def collect(wheel: Wheel) -> list[Raw]:
    tree = wheel.parse_python("sacrebleu/metrics/__init__.py")
    keys = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "METRICS" for t in node.targets) and isinstance(node.value, ast.Dict):
            keys = [literal(k) for k in node.value.keys if isinstance(literal(k), str)]
    text = ""
    for path in wheel.files("sacrebleu/metrics/", ".py"):
        t = wheel.parse_python(path)
        text += "\n".join(docstring(n) for n in ast.walk(t) if isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.Module)))
    out = [Raw("metric", pick_display(text, k) or k, "sacrebleu") for k in keys]
    out.append(Raw("metric", "SacreBLEU", "sacrebleu"))
    return out
