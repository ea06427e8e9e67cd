"""ir-datasets: docs/*.yaml (`pretty_name` of each collection, `official_measures`)."""

from __future__ import annotations

import re

from lib import Raw, Wheel

TAKEN = "collections in `ir_datasets/docs/*.yaml` (`pretty_name`; parenthesised expansions as aliases) and their `official_measures` as metrics"


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    measures = set()
    for path in wheel.files("ir_datasets/docs/", ".yaml"):
        data = wheel.parse_yaml(path)
        if not isinstance(data, dict):
            continue
        for key, value in data.items():
            if not isinstance(value, dict):
                continue
            for m in value.get("official_measures") or []:
                if isinstance(m, str):
                    measures.add(re.sub(r"\(rel=\d+\)", "", m))
        top = data.get("_")
        if not isinstance(top, dict) or not isinstance(top.get("pretty_name"), str):
            continue
        pretty = top["pretty_name"].strip()
        pretty = pretty.split(":", 1)[0].strip()
        m = re.fullmatch(r"(.+?)\s*\((.+)\)", pretty)
        aliases = []
        if m:
            pretty, inner = m.group(1).strip(), m.group(2).strip()
            if len(inner.split()) >= 3 and inner[:1].isupper() and "," not in inner and not re.search(r"\d", inner):
                aliases.append(inner)
        out.append(Raw("dataset", pretty, "ir-datasets", strong_aliases=aliases, benchmark_of=["information retrieval"]))
    for m in sorted(measures):
        if "@" in m or len(m) > 2:
            out.append(Raw("metric", m, "ir-datasets", lowercase_ok=True))
    return out
