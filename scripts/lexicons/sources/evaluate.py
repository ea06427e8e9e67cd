"""evaluate: the package ships no metric catalog (metrics live on the Hub); only its evaluator task names."""

from __future__ import annotations

import ast

from lib import task_phrase, Raw, Wheel, literal

TAKEN = "evaluator task names (`SUPPORTED_EVALUATOR_TASKS`); no metrics: the package ships only Hub ids of a few default metrics"


def collect(wheel: Wheel) -> list[Raw]:
    return []


def tasks(wheel: Wheel) -> list[Raw]:
    tree = wheel.parse_python("evaluate/evaluator/__init__.py")
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SUPPORTED_EVALUATOR_TASKS" for t in node.targets) and isinstance(node.value, ast.Dict):
            for k in node.value.keys:
                v = literal(k)
                if isinstance(v, str):
                    out.append(Raw("task", task_phrase(v), "evaluate"))
    return out
