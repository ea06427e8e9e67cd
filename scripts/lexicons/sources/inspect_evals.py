"""inspect-evals: each evaluation's eval.yaml (title, tasks) and README."""

from __future__ import annotations

import posixpath

from lib import Raw, Wheel, fold, pick_display

TAKEN = "evaluations (`eval.yaml` title and task names; display name from the title)"


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for path in wheel.files("inspect_evals/", "/eval.yaml"):
        data = wheel.parse_yaml(path)
        if not isinstance(data, dict):
            continue
        folder = posixpath.dirname(path)
        ident = posixpath.basename(folder)
        title = str(data.get("title") or "")
        head = title.split(":", 1)[0].strip()
        tasks = [t.get("name") for t in data.get("tasks") or [] if isinstance(t, dict) and isinstance(t.get("name"), str)]
        text = title + "\n" + str(data.get("description") or "")
        name = None
        for cand in [ident] + tasks:
            if fold(head) == fold(cand) and any(c.isupper() for c in head):
                name = head
                break
            name = pick_display(text, cand)
            if name:
                break
        if name:
            out.append(Raw("dataset", name, "inspect-evals", aliases=[ident]))
    return out
