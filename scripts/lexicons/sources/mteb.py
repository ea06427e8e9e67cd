"""mteb: TaskMetadata(name=..., type=..., description=...) of every task module."""

from __future__ import annotations

import ast
import re

from lib import task_phrase, Raw, Wheel, camel_words, literal, pick_display

TAKEN = "task metadata (`name` with the task-type suffix stripped as the dataset, the full task name as an alias, `type` as `benchmarkOf`)"

TYPE_TASKS = {
    "STS": "semantic textual similarity",
    "Any2AnySTS": "semantic textual similarity",
    "VisualSTS": "semantic textual similarity",
    "Any2AnyRetrieval": "retrieval",
    "Any2AnyMultilingualRetrieval": "multilingual retrieval",
    "Any2AnyMultipleChoice": "multiple choice",
    "Compositionality": "compositionality",
    "Speed": None,
}
SUFFIXES = ["PairClassification", "MultilabelClassification", "MultiLabelClassification", "Classification", "Clustering",
            "Retrieval", "Reranking", "BitextMining", "Summarization", "STS", "InstructionRetrieval", "InstructionReranking",
            "ZeroShot", "MultipleChoice", "I2TRetrieval", "T2IRetrieval", "IT2TRetrieval", "T2TRetrieval", "VQA", "Any2Any", "Emotion"]
TAIL = r"(?:\.?[vV]\d+(?:\.\d+)?|P2P|S2S|Fast|HardNegatives|Mini|Lite|Small|(?<=[a-z0-9])[ATVI]{1,3}2[ATVI]{1,3})*$"
# Suites whose many sub-tasks are not names papers use: the suite is the entity.
SUITE_PREFIXES = ("CQADupstack", "Vidore", "KoVidore", "JinaVDR", "SynPerChatbot", "HUME", "IFIR", "LEMB", "Bright")
SUITE_SUFFIXES = ("LegalBench",)


def type_task(t: str) -> str | None:
    if t in TYPE_TASKS:
        return TYPE_TASKS[t]
    t = re.sub(r"\(.*\)", "", t)
    words = camel_words(t)
    phrase = " ".join(w if w.isupper() else w.lower() for w in words)
    phrase = phrase.replace("zeroshot", "zero-shot").replace("zero shot", "zero-shot").replace("centric QA", "question answering")
    return task_phrase(phrase) or None


def dataset_name(task: str) -> str:
    base = re.sub(TAIL, "", task)
    for _ in range(3):
        for suf in SUFFIXES:
            if base.endswith(suf) and len(base) > len(suf) + 2:
                base = re.sub(TAIL, "", base[: -len(suf)])
                break
    return base.rstrip("-_. ") or task


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for path in wheel.files("mteb/tasks/", ".py"):
        tree = wheel.parse_python(path)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "TaskMetadata"):
                continue
            kw = {k.arg: literal(k.value) for k in node.keywords if k.arg in ("name", "type", "description")}
            name, type_ = kw.get("name"), kw.get("type")
            if not isinstance(name, str):
                continue
            desc = kw.get("description") if isinstance(kw.get("description"), str) else ""
            base = dataset_name(name)
            suite = next((p for p in SUITE_PREFIXES if base.startswith(p) and base != p), None)
            suite = suite or next((x for x in SUITE_SUFFIXES if base.endswith(x) and base != x), None)
            if suite:
                continue
            if re.fullmatch(r"[A-Z][a-z]+", base):
                base = re.sub(TAIL, "", name)  # 'SlovakSTS' is not a dataset 'Slovak', nor 'ToolRetrieval' 'Tool'
            display = pick_display(desc, base) or base
            task = type_task(type_) if isinstance(type_, str) else None
            aliases = [name] if name != display else []
            out.append(Raw("dataset", display, "mteb", aliases=aliases, benchmark_of=[task] if task else []))
    return out


def tasks(wheel: Wheel) -> list[Raw]:
    found = set()
    for r in collect(wheel):
        found.update(r.benchmark_of)
    return [Raw("task", t, "mteb") for t in sorted(found)]
