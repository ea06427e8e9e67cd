"""torchmetrics: metric classes of each domain; domains that name a task."""

from __future__ import annotations

import ast
import re

from lib import Raw, Wheel, camel_words, docstring, fold, init_imports

TAKEN = "metric classes of each domain module (`BLEUScore` -> BLEU, `StructuralSimilarityIndexMeasure` -> SSIM with its long form) and task-like domains"
DOMAINS = ["audio", "classification", "clustering", "detection", "image", "multimodal", "nominal", "regression", "retrieval", "segmentation", "shape", "text", "video"]
DOMAIN_TASKS = {"classification": "classification", "clustering": "clustering", "detection": "object detection", "regression": "regression", "retrieval": "information retrieval", "segmentation": "semantic segmentation"}
VARIANT = re.compile(r"^(Binary|Multiclass|Multilabel|MultiLabel|MultiClass)(?=[A-Z])")


def _phrase(cls: str) -> str:
    words = camel_words(cls)
    return " ".join(w if (w.isupper() or re.search(r"\d", w) and w[:1].isupper()) else w.lower() for w in words)


def _acronym(doc: str, phrase: str) -> str | None:
    letters = "".join(w[0] for w in phrase.split())
    for m in re.finditer(r"\(`?([A-Z][A-Za-z0-9-]*[A-Z0-9])`?_?\)", doc):
        a = m.group(1)
        if fold(a)[:1] == letters[:1].lower() and 2 <= len(fold(a)) <= len(phrase.split()) + 2:
            it = iter(fold(phrase))
            if all(c in it for c in fold(a)):
                return a
    return None


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    seen = set()
    for domain in DOMAINS:
        init = f"torchmetrics/{domain}/__init__.py"
        if init not in wheel.names:
            continue
        public = init_imports(wheel.parse_python(init))
        for path in wheel.files(f"torchmetrics/{domain}/", ".py"):
            tree = wheel.parse_python(path)
            for node in tree.body:
                if not isinstance(node, ast.ClassDef) or node.name not in public or node.name in seen:
                    continue
                seen.add(node.name)
                cls = VARIANT.sub("", node.name)
                if cls != node.name and cls in public:
                    continue  # BinaryAccuracy is Accuracy for one task type
                phrase = _phrase(cls)
                words = phrase.split()
                strong = []
                if len(words) >= 2 and words[-1] == "score" and words[0].isupper() and len(words) == 2:
                    name, strong = words[0], [phrase]
                else:
                    acr = _acronym(docstring(node).split("\n\n")[0], phrase)
                    name = acr or phrase
                    if acr:
                        strong = [phrase]
                out.append(Raw("metric", name, "torchmetrics", strong_aliases=strong, lowercase_ok=True))
    return out


def tasks(wheel: Wheel) -> list[Raw]:
    return [Raw("task", t, "torchmetrics") for d, t in DOMAIN_TASKS.items() if f"torchmetrics/{d}/__init__.py" in wheel.names]
