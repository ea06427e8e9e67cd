"""gymnasium: environment ids registered in gymnasium/envs/__init__.py."""

from __future__ import annotations

import ast
import re

from lib import Raw, Wheel, literal

TAKEN = "registered environment ids (`CartPole-v1` -> CartPole; namespace and version dropped)"


def collect(wheel: Wheel) -> list[Raw]:
    tree = wheel.parse_python("gymnasium/envs/__init__.py")
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "register":
            for k in node.keywords:
                if k.arg == "id":
                    v = literal(k.value)
                    if isinstance(v, str):
                        base = re.sub(r"-v\d+$", "", v.rsplit("/", 1)[-1])
                        names.add(base)
    return [Raw("dataset", n, "gymnasium", benchmark_of=["reinforcement learning"]) for n in sorted(names) if re.search(r"[A-Z]", n) and not n.endswith(("Environment", "Env"))]
