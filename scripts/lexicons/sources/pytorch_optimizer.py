"""pytorch-optimizer: the optimizers its README table lists with their paper."""

from __future__ import annotations

import ast
import posixpath
import re

from lib import BuildError, Raw, Wheel, fold

TAKEN = "optimizers of the README's optimizer table that cite a paper and name an optimizer class or module (the table's own spelling: AdaBelief, AdamMini, Ali-G); no plain capitalised words (Alice, Kate), schedulers, losses or tricks (Stable WD)"
# 'SAM' of the table is sharpness-aware minimization, a name other catalogs give Segment Anything;
# 'GC', 'AGC' and 'PID' name a gradient trick or a controller rather than an optimizer; 'BCOS'
# has the entity key of BCO (a plural s dropped), trl's preference optimization.
SKIP = {"SAM", "GC", "AGC", "PID", "BCOS"}
# A plain capitalised word (Alice, Kate, Conda, Sophia) names a person or a tool as often: left out.
PLAIN = re.compile(r"[A-Z][a-z]+")


def _rows(text: str, where: str) -> list[list[str]]:
    """The rows of the first Markdown table whose header starts with `| Optimizer |`."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"\|\s*Optimizer\s*\|", line)), None)
    if start is None:
        raise BuildError(f"{where}: no optimizer table")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def collect(wheel: Wheel) -> list[Raw]:
    meta = next(n for n in wheel.names if n.endswith(".dist-info/METADATA"))
    known = set()  # folded optimizer class names and module names: the table's rows that are optimizers
    for path in wheel.files("pytorch_optimizer/optimizer/", ".py"):
        known.add(fold(posixpath.basename(path)[:-3]))
        known.update(fold(n.name) for n in ast.walk(wheel.parse_python(path)) if isinstance(n, ast.ClassDef))
    out = []
    for row in _rows(wheel.read(meta), wheel.where(meta)):
        if len(row) < 4 or "](http" not in row[3]:
            continue  # no paper cited
        for cell in re.split(r"\s*&\s*", row[0]):
            if cell not in SKIP and not PLAIN.fullmatch(cell) and fold(cell) in known:
                out.append(Raw("method", cell, "pytorch-optimizer"))
    return out
