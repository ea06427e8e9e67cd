"""torchmetrics: metric classes of each domain; domains that name a task."""

from __future__ import annotations

import ast
import re

from lib import Raw, Wheel, camel_words, docstring, fold, init_imports

TAKEN = "metric classes of each domain module (`BLEUScore` -> BLEU, `StructuralSimilarityIndexMeasure` -> SSIM with its long form) and task-like domains"
DOMAINS = ["audio", "classification", "clustering", "detection", "image", "multimodal", "nominal", "regression", "retrieval", "segmentation", "shape", "text", "video"]
DOMAIN_TASKS = {"classification": "classification", "clustering": "clustering", "detection": "object detection", "regression": "regression", "retrieval": "information retrieval", "segmentation": "semantic segmentation"}
# Words abbreviated in class names, and proper names that keep their capital (general knowledge).
EXPAND = {"corr": "correlation", "coef": "coefficient", "info": "information", "char": "character", "stat": "statistic", "pit": "PIT", "lm": "LM"}
PROPER = {"matthews", "pearson", "pearsons", "spearman", "kendall", "frechet", "hausdorff", "jaccard", "dice", "minkowski", "tweedie",
          "procrustes", "theils", "tschuprows", "cramers", "fleiss", "cohen", "rand", "kl", "sacre", "chebyshev", "mahalanobis", "wasserstein",
          "calinski", "harabasz", "davies", "bouldin", "fowlkes", "mallows", "jensen", "shannon", "dunn"}
# Class names that camel-case splitting gets wrong.
DISPLAY = {"InfoLM": "InfoLM", "MeanIoU": "mean IoU", "FBetaScore": "F-beta score", "BERTScore": "BERTScore", "CLIPScore": "CLIPScore"}
# Acronyms that mean something else in most papers: PPL is perplexity, not perceptual path length.
AMBIGUOUS = {"PPL"}
VARIANT = re.compile(r"^(Binary|Multiclass|Multilabel|MultiLabel|MultiClass)(?=[A-Z])")


def _phrase(cls: str) -> str:
    if cls in DISPLAY:
        return DISPLAY[cls]
    out = []
    for w in camel_words(cls):
        low = w.lower()
        if low in EXPAND:
            out.append(EXPAND[low])
        elif low in PROPER:
            out.append(w[:1].upper() + w[1:].lower() if len(w) > 2 else w.upper())
        elif w.isupper() or re.search(r"\d", w) and w[:1].isupper():
            out.append(w)
        else:
            out.append(low)
    phrase = " ".join(out)
    phrase = re.sub(r"\b(Pearson|Theil|Tschuprow|Cramer)s\b", r"\1's", phrase)
    return phrase.replace("Sacre BLEU", "SacreBLEU")


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
                    variant = re.search(r"\b(using|with|at fixed)\b", phrase)
                    acr = None if variant else _acronym(docstring(node).split("\n\n")[0], phrase)
                    acr = None if acr in AMBIGUOUS else acr
                    name = acr or phrase
                    if acr:
                        strong = [phrase]
                out.append(Raw("metric", name, "torchmetrics", strong_aliases=strong, lowercase_ok=True))
    return out


def tasks(wheel: Wheel) -> list[Raw]:
    return [Raw("task", t, "torchmetrics") for d, t in DOMAIN_TASKS.items() if f"torchmetrics/{d}/__init__.py" in wheel.names]
