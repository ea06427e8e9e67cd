"""lm-eval: task folders under lm_eval/tasks (README title and text) and their YAML configs."""

from __future__ import annotations

import posixpath
import re

from lib import Raw, Wheel, fold, long_form_for, pick_display

TAKEN = "task folders of `lm_eval/tasks` (display name from the README title or text; YAML `task`/`dataset_path` ids)"
ROOT = "lm_eval/tasks/"
SKIP = {"translation", "benchmarks", "tasks", "utils", "templates", "multilingual", "leaderboard", "metabench", "tinyBenchmarks"}


def collect(wheel: Wheel) -> list[Raw]:
    ids: dict[str, set[str]] = {}
    for path in wheel.files(ROOT, ".yaml"):
        data = wheel.parse_yaml(path)
        folder = posixpath.dirname(path)
        if isinstance(data, dict):
            for key in ("task", "dataset_path"):
                v = data.get(key)
                if isinstance(v, str) and "{" not in v:
                    ids.setdefault(folder, set()).add(v.rsplit("/", 1)[-1])
    out = []
    for readme in wheel.files(ROOT, "/README.md"):
        folder = posixpath.dirname(readme)
        ident = posixpath.basename(folder)
        if ident in SKIP or folder + "/" == ROOT:
            continue
        text = wheel.read(readme)
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), "")
        title = re.sub(r"^[^A-Za-z0-9]+", "", title)  # a leading flag emoji
        candidates = [ident] + sorted(ids.get(folder, set()))
        name = None
        for cand in candidates:
            if title and fold(title) == fold(cand) and re.search(r"[A-Z]", title):
                name = title
                break
            name = pick_display(text, cand)
            if name:
                break
        if not name:
            continue
        long = long_form_for(text, name)
        out.append(Raw("dataset", name, "lm-eval", aliases=[ident], strong_aliases=[long] if long else []))
    return out
