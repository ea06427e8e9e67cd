"""Shared helpers for the lexicon build: wheel access, name folding, display-name search, errors."""

from __future__ import annotations

import ast
import posixpath
import csv
import io
import json
import pickle
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field

import yaml


class BuildError(Exception):
    """A malformed input: the message names the file (and line where known)."""


def fold(name: str) -> str:
    """Lower-cased letters and digits only, accents dropped (src/domain/keys.ts foldName)."""
    if re.fullmatch(r"[ -~]*", name):
        return re.sub(r"[^a-z0-9]", "", name.lower())
    text = unicodedata.normalize("NFKD", name).lower()
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    return "".join(c for c in text if c.isalnum())


def entity_key(name: str) -> str:
    """src/domain/keys.ts entityKey: fold, then drop a plural s."""
    f = fold(name)
    if len(f) > 3 and re.search(r"[a-z][^s]s$", f):
        return f[:-1]
    return f


# ---------------------------------------------------------------- wheels


class Wheel:
    """A downloaded wheel, read as a zip file; nothing in it is imported or run."""

    def __init__(self, package: str, version: str, path: str):
        self.package = package
        self.version = version
        self.path = path
        self.zip = zipfile.ZipFile(path)
        self.names = sorted(self.zip.namelist())
        self.label = f"{package}-{version}"

    def read(self, name: str) -> str:
        return self.zip.read(name).decode("utf-8", errors="replace")

    def where(self, name: str, line: int | None = None) -> str:
        return f"{self.label}:{name}" + (f":{line}" if line else "")

    def files(self, prefix: str, suffix: str = "") -> list[str]:
        return [n for n in self.names if n.startswith(prefix) and n.endswith(suffix)]

    def folders(self, root: str, skip: set[str]) -> list[tuple[str, str]]:
        """The packages directly below `root` (`transformers/models/bert`) as (path, name), less `skip`."""
        depth = root.count("/") + 1
        paths = sorted({posixpath.dirname(p) for p in self.files(root, ".py") if p.count("/") == depth})
        return [(p, posixpath.basename(p)) for p in paths if posixpath.basename(p) not in skip]

    def metadata(self) -> dict:
        meta = next(n for n in self.names if n.endswith(".dist-info/METADATA"))
        text = self.read(meta).split("\n\n", 1)[0]
        license_ = ""
        classifiers = []
        for line in text.splitlines():
            if line.startswith("License-Expression:"):
                license_ = line.split(":", 1)[1].strip()
            elif line.startswith("License:") and not license_:
                license_ = line.split(":", 1)[1].strip()
            elif line.startswith("Classifier: License ::"):
                classifiers.append(line.split("::")[-1].strip())
        if not license_ or len(license_) > 40:
            license_ = classifiers[0] if classifiers else (license_[:40] or "unknown")
        return {"license": license_}

    def parse_python(self, name: str) -> ast.Module:
        try:
            return ast.parse(self.read(name), filename=name)
        except SyntaxError as e:
            raise BuildError(f"{self.where(name, e.lineno)}: Python does not parse: {e.msg}") from e

    def parse_yaml(self, name: str):
        return load_yaml(self.read(name), self.where(name))

    def parse_json(self, name: str):
        return load_json(self.read(name), self.where(name))

    def parse_csv(self, name: str) -> list[list[str]]:
        try:
            return list(csv.reader(io.StringIO(self.read(name)), strict=True))
        except csv.Error as e:
            raise BuildError(f"{self.where(name)}: CSV does not parse: {e}") from e


class _TolerantLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
    """Safe YAML that keeps application tags (lm-eval's `!function utils.x`) as plain strings."""


def _any_tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_TolerantLoader.add_multi_constructor("!", _any_tag)
_TolerantLoader.add_multi_constructor("tag:", _any_tag)


def load_yaml(text: str, where: str):
    try:
        return yaml.load(text, Loader=_TolerantLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise BuildError(f"{where}{line}: YAML does not parse: {problem}") from e


def load_json(text: str, where: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise BuildError(f"{where}:{e.lineno}: JSON does not parse: {e.msg}") from e


class _SetUnpickler(pickle.Unpickler):
    """Unpickles only plain sets and strings: the word lists are read as data, never as code."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"refusing {module}.{name}")


def load_word_set(wheel: Wheel, name: str) -> set[str]:
    try:
        words = _SetUnpickler(io.BytesIO(wheel.zip.read(name))).load()
    except Exception as e:  # noqa: BLE001 - any failure is a malformed source
        raise BuildError(f"{wheel.where(name)}: not a pickled set of words: {e}") from e
    if not isinstance(words, (set, frozenset)) or not all(isinstance(w, str) for w in words):
        raise BuildError(f"{wheel.where(name)}: not a set of strings")
    return set(words)


# ---------------------------------------------------------------- python source helpers


def docstring(node) -> str:
    if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
        return ""
    return ast.get_docstring(node, clean=True) or ""


def string_constants(tree: ast.Module) -> str:
    """All string literals of a module (descriptions are often module-level constants)."""
    parts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            parts.append(node.value)
    return "\n".join(parts)


def base_names(cls: ast.ClassDef) -> list[str]:
    out = []
    for b in cls.bases:
        if isinstance(b, ast.Name):
            out.append(b.id)
        elif isinstance(b, ast.Attribute):
            out.append(b.attr)
    return out


def literal(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None


def module_all(tree: ast.Module) -> list[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            value = literal(node.value)
            if isinstance(value, (list, tuple)):
                return [v for v in value if isinstance(v, str)]
    return []


# ---------------------------------------------------------------- display names

# Underscores stay inside a word, so code identifiers (`Ernie4_5_MoE`) are one word and rejected.
_WORD = re.compile(r"[A-Za-z0-9_\u00c0-\u024f]+(?:[-.'’+/][A-Za-z0-9_\u00c0-\u024f]+)*\+*")


def surface_forms(text: str, target: str, max_words: int = 6) -> Counter:
    """Words or phrases of `text` whose folded form equals `target`, counted by surface form."""
    found: Counter = Counter()
    if not target:
        return found
    words = [(m.group(0), fold(m.group(0))) for m in _WORD.finditer(text)]
    for i, (_, f0) in enumerate(words):
        if not f0 or not target.startswith(f0):
            continue
        acc = ""
        for j in range(i, min(i + max_words, len(words))):
            acc += words[j][1]
            if acc == target:
                found[" ".join(w for w, _ in words[i : j + 1])] += 1
                break
            if not target.startswith(acc):
                break
    return found


def has_upper(s: str) -> bool:
    return any(c.isupper() for c in s)


def pick_display(text: str, ident: str, exclude: tuple[str, ...] = ()) -> str | None:
    """The most frequent surface form in `text` that folds to the id and is not all lower-case.

    `exclude`: code identifiers (a class name such as `MovingMnist`) that are not display forms.
    """
    forms = surface_forms(text, fold(ident))
    good = [(n, f) for f, n in forms.items() if has_upper(f) and "/" not in f and "_" not in f and f not in exclude]
    # 'SAM3 LITE TEXT', 'OPENAI PRIVACY FILTER': constants shouted in capitals, not a display form.
    good = [(n, f) for n, f in good if not (f.isupper() and sum(1 for w in f.split() if re.fullmatch(r"[A-Z]{4,}", w)) >= 2)]
    if not good:
        return None
    order = {f: i for i, f in enumerate(forms)}
    good.sort(key=lambda nf: (-nf[0], order[nf[1]]))
    return good[0][1].strip("'’")


def long_form_for(text: str, short: str) -> str | None:
    """'Stanford Question Answering Dataset (SQuAD)' -> the words before '(SQuAD)' whose initials spell it."""
    for m in re.finditer(r"((?:[A-Z][\w'-]*\s+(?:(?:of|the|and|for|in|on|a|with|to)\s+)*){2,9})\(\s*" + re.escape(short) + r"\s*\)", text):
        phrase = m.group(1).strip()
        words = phrase.split()
        letters = fold(short)
        # A tail whose initials (hyphenated parts too) spell the short form exactly: 'Proximal Policy
        # Optimization (PPO)', 'Perception-Aware Policy Optimization (PAPO)', not 'Policy Optimization';
        # a digit repeats the letter before it ('Advantage Actor Critic (A2C)').
        spelled = re.sub(r"([a-z])([2-4])(?![0-9])", lambda d: d.group(1) * int(d.group(2)), letters)
        for start in range(len(words) - 1, -1, -1):
            tail = words[start:]
            parts = [p for w in tail if w.lower() not in STOP_WORDS for p in w.split("-") if p]
            if {"".join(fold(p)[:1] for p in parts), "".join(fold(w)[:1] for w in tail if w.lower() not in STOP_WORDS)} & {letters, spelled}:
                return " ".join(tail)
        # Else the shortest tail of the phrase whose initials cover the short form's letters in order.
        for start in range(len(words) - 1, -1, -1):
            tail = words[start:]
            initials = "".join(fold(w)[:1] for w in tail if w.lower() not in STOP_WORDS)
            if initials and letters.startswith(initials[:1]) and _subsequence(initials, letters) and len(initials) >= min(2, len(letters)):
                if fold(" ".join(tail))[:1] == letters[:1] and len(initials) >= len(letters) - 2:
                    return " ".join(tail)
    return None


def expansion(text: str, short: str) -> str | None:
    """'Principal component analysis (PCA)' -> the words before '(PCA)', in any case, whose initials
    (hyphenated parts too) spell the short form exactly; None where no such words stand there."""
    letters = fold(short)
    if len(letters) < 2:
        return None
    for m in re.finditer(r"((?:[A-Za-z][\w'-]*\s+){1,9})\(\s*" + re.escape(short) + r"\s*\)", text):
        words = m.group(1).split()
        for start in range(len(words) - 1, -1, -1):
            tail = words[start:]
            if tail[0].lower() in STOP_WORDS:
                continue
            content = [w for w in tail if w.lower() not in STOP_WORDS]
            parts = [p for w in content for p in w.split("-") if p]
            if "".join(fold(p)[:1] for p in parts) == letters or "".join(fold(w)[:1] for w in content) == letters:
                return " ".join(tail)
    return None


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(c in it for c in a)


STOP_WORDS = {"of", "the", "and", "for", "in", "on", "a", "with", "to"}


def camel_words(name: str) -> list[str]:
    """'StructuralSimilarityIndexMeasure' -> [Structural, Similarity, Index, Measure]; 'BLEUScore' -> [BLEU, Score]."""
    return re.findall(r"[A-Z]+[0-9]*(?=[A-Z][a-z]|$|_)|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+", name)


def snake_words(name: str) -> str:
    return " ".join(w for w in re.split(r"[_\-\s]+", name) if w)


# ---------------------------------------------------------------- entries


@dataclass
class Raw:
    """One entity as one source names it."""

    kind: str
    name: str
    source: str
    aliases: list[str] = field(default_factory=list)
    strong_aliases: list[str] = field(default_factory=list)  # long forms the catalog itself spells out
    benchmark_of: list[str] = field(default_factory=list)
    family: bool = False
    lowercase_ok: bool = False  # the catalog writes this name in lower case (ogbn-arxiv, chrF)


JUNK_WORDS = {
    "dataset", "datasets", "data", "base", "default", "custom", "dummy", "fake", "fakedata", "example",
    "generic", "mixin", "test", "tests", "train", "utils", "util", "helper", "helpers", "other", "none",
    "wrapper", "wrappers", "collection", "collections", "registry", "builder", "config", "configs",
    "visiondataset", "datasetfolder", "imagefolder", "geodataset", "nongeodataset", "rasterdataset",
    "vectordataset", "intersectiondataset", "uniondataset", "inmemorydataset", "cachedataset", "metric",
    "model", "models", "task", "tasks", "benchmark", "benchmarks", "template", "common", "all", "main",
}


def is_junk(name: str, kind: str = "dataset") -> bool:
    f = fold(name)
    if len(f) <= 2 or f.isdigit() or f in JUNK_WORDS:
        return True
    if re.match(r"^(Base|Abstract|Abs)[A-Z]", name) or re.search(r"(Mixin|Base|Wrapper|Helper|Sampler|Transform)$", name):
        return True
    if re.match(r"^(Fake|Dummy|Mock|Test|Toy)[A-Z_]", name):
        return True
    if "_" in name:
        return True
    if kind in ("dataset", "method") and re.match(r"^[a-z]+ ", name) and has_upper(name):
        return True  # 'discrete DDIM', 'aexams Biology': a fragment, not a name
    return False


def class_entries(wheel: Wheel, paths: list[str], kind: str, source: str, accept, suffixes: dict[str, str | None] | None = None, public: set[str] | None = None) -> list[Raw]:
    """Entities named by public classes: display form from the class docstring, else the class name.

    `accept(cls)` says whether a class is a catalog entry; `suffixes` strips a trailing word
    (`CocoDetection` -> `Coco`, benchmark of object detection).
    """
    out = []
    for path in paths:
        tree = wheel.parse_python(path)
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or node.name.startswith("_") or not accept(node):
                continue
            if public is not None and node.name not in public:
                continue
            cls = node.name
            bench = []
            ident = cls
            for suf, task in (suffixes or {}).items():
                if ident.endswith(suf) and len(ident) > len(suf) + 2:
                    ident = ident[: -len(suf)]
                    if task:
                        bench.append(task)
                    break
            doc = docstring(node)
            # A docstring repeating the class name names the dataset (CREStereo), unless that ends in Dataset.
            name = pick_display(doc, ident) or (None if cls.endswith("Dataset") and ident != cls else pick_display(doc, cls))
            if not name:
                name = ident if re.search(r"[A-Z].*[A-Z0-9]|^[A-Z][a-z]+$", ident) else None
            if not name or is_junk(name):
                continue
            aliases = [cls] if fold(cls) != fold(name) else []
            long = long_form_for(doc, name)
            out.append(Raw(kind, name, source, aliases=aliases, strong_aliases=[long] if long else [], benchmark_of=bench))
    return out


def init_imports(tree: ast.Module) -> set[str]:
    """Names a package __init__ imports from its own modules (`from .planetoid import Planetoid`)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level >= 1 or "." in (node.module or "")):
            out.update(a.asname or a.name for a in node.names)
    return out


_HYPHENATED = {"zero shot": "zero-shot", "few shot": "few-shot", "fine grained": "fine-grained", "out of distribution": "out-of-distribution", "zeroshot": "zero-shot", "text2text": "text-to-text"}


_MODALITY = "text|image|audio|speech|video|sequence|table|data|any|graph|music|3d|mask"


def task_phrase(ident: str) -> str:
    """'automatic-speech-recognition' -> 'automatic speech recognition'; 'image-to-text' keeps its hyphens."""
    phrase = re.sub(r"[-_\s]+", " ", ident).strip()
    phrase = re.sub(rf"\b({_MODALITY}) to ({_MODALITY})\b", r"\1-to-\2", phrase)
    phrase = re.sub(rf"\b({_MODALITY}) text-to-", r"\1-text-to-", phrase)  # image-text-to-text
    for a, b in _HYPHENATED.items():
        phrase = re.sub(rf"\b{a}\b", b, phrase)
    return phrase
