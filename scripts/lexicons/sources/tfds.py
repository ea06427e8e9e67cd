"""tensorflow-datasets: builder folders (README.md + TAGS.txt) and legacy builder modules by category."""

from __future__ import annotations

import ast
import posixpath
import re

from lib import task_phrase, Raw, Wheel, base_names, docstring, literal, long_form_for, pick_display, string_constants

TAKEN = "dataset builders (folder or class), display names from their README/description, task tags (`ml.task.*`) and category folders as `benchmarkOf`"

ROOT = "tensorflow_datasets/"
# Builders named after a model rather than a dataset (gpt3: the GPT-3 paper's evaluation data).
SKIP_IDS = {"gpt3"}
SKIP_DIRS = {"core", "scripts", "testing", "proto", "url_checksums", "dataset_collections", "typing"}

# Category folders that name a task; the others (text, image, audio, structured...) name a modality.
CATEGORY_TASKS = {
    "image_classification": "image classification",
    "object_detection": "object detection",
    "question_answering": "question answering",
    "summarization": "summarization",
    "translate": "machine translation",
    "text_simplification": "text simplification",
    "recommendation": "recommendation",
    "ranking": "ranking",
    "nearest_neighbors": "nearest neighbor search",
    "vision_language": None,
    "time_series": "time series forecasting",
    "rl_unplugged": "offline reinforcement learning",
    "d4rl": "offline reinforcement learning",
    "rlds": "reinforcement learning",
    "robomimic": "imitation learning",
    "robotics": "robot learning",
}

# ml.task tags that are not task names as papers write them.
SKIP_TAGS = {"other", "language-modelling"}


def tag_task(tag: str) -> str | None:
    t = tag.removeprefix("ml.task.")
    if t in SKIP_TAGS:
        return None
    return task_phrase(t)


def from_text(ident: str, text: str, exclude: tuple[str, ...] = ()) -> tuple[str | None, list[str]]:
    name = pick_display(text, ident, exclude)
    aliases = []
    if name:
        long = long_form_for(text, name)
        if long:
            aliases.append(long)
    return name, aliases


def collect(wheel: Wheel) -> list[Raw]:
    out: list[Raw] = []
    # Builder folders: <anything>/<name>/README.md (+ TAGS.txt)
    for readme in wheel.files(ROOT, "/README.md"):
        parts = readme[len(ROOT) :].split("/")
        if parts[0] in SKIP_DIRS or len(parts) < 2:
            continue
        folder = posixpath.dirname(readme)
        ident = parts[-2]
        if ident in SKIP_IDS:
            continue
        text = wheel.read(readme)
        tags_file = folder + "/TAGS.txt"
        tasks = tagged_tasks(wheel, tags_file) if tags_file in wheel.names else []
        cat = CATEGORY_TASKS.get(parts[0])
        if cat:
            tasks.append(cat)
        name, aliases = from_text(ident, text)
        if name:
            out.append(Raw("dataset", name, "tensorflow-datasets", aliases=[ident], strong_aliases=aliases, benchmark_of=sorted(set(tasks))))
    # Legacy builder modules: classes deriving from a *Builder, in category folders.
    for path in wheel.files(ROOT, ".py"):
        rel = path[len(ROOT) :]
        parts = rel.split("/")
        if len(parts) < 2 or parts[0] in SKIP_DIRS or parts[0] == "datasets" or parts[-1].endswith("_test.py") or parts[-1] == "__init__.py":
            continue
        if posixpath.dirname(path) + "/README.md" in wheel.names:
            continue  # handled as a folder above
        tree = wheel.parse_python(path)
        consts = string_constants(tree)
        class_names = tuple(n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef))
        for node in tree.body:
            if not hasattr(node, "bases") or not any(b.endswith("Builder") for b in base_names(node)):
                continue
            ident = _snake(node.name)
            for stmt in node.body:
                if getattr(stmt, "targets", None) and getattr(stmt.targets[0], "id", None) == "name":
                    v = literal(stmt.value)
                    if isinstance(v, str):
                        ident = v
            doc = docstring(node)
            text = doc + "\n" + consts
            cat = CATEGORY_TASKS.get(parts[0])
            if ident in SKIP_IDS:
                continue
            name, aliases = from_text(ident, text, class_names)
            if name:
                out.append(Raw("dataset", name, "tensorflow-datasets", aliases=[ident], strong_aliases=aliases, benchmark_of=[cat] if cat else []))
    return out


def tagged_tasks(wheel: Wheel, tags: str) -> list[str]:
    """The tasks a dataset's TAGS.txt files it under (`ml.task.question-answering`)."""
    lines = (line.split("#", 1)[0].strip() for line in wheel.read(tags).splitlines())
    return [t for t in (tag_task(line) for line in lines if line.startswith("ml.task.")) if t]


def tasks(wheel: Wheel) -> list[Raw]:
    found = set(t for t in CATEGORY_TASKS.values() if t)
    for tags in wheel.files(ROOT, "/TAGS.txt"):
        found.update(tagged_tasks(wheel, tags))
    return [Raw("task", t, "tensorflow-datasets") for t in sorted(found)]


def _snake(name: str) -> str:
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
