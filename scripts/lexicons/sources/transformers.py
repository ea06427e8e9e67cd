"""transformers: one model family per folder of transformers/models; pipeline task names."""

from __future__ import annotations

import ast

from lib import Raw, Wheel, literal, pick_display, task_phrase

TAKEN = "model folders of `transformers/models` (display name as the configuration module's docstrings write it) and pipeline task names (`SUPPORTED_TASKS`)"
SKIP = {"openai", "auto", "deprecated", "encoder_decoder", "vision_encoder_decoder", "speech_encoder_decoder", "vision_text_dual_encoder", "timm_wrapper", "timm_backbone", "dinat", "pop2piano"}


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for folder, ident in wheel.folders("transformers/models/", SKIP):
        texts = [wheel.read(p) for p in wheel.files(folder + "/configuration_", ".py")]
        if not texts:
            continue
        name = pick_display("\n".join(texts), ident)
        if not name:
            continue
        out.append(Raw("method", name, "transformers"))
    return out


def tasks(wheel: Wheel) -> list[Raw]:
    tree = wheel.parse_python("transformers/pipelines/__init__.py")
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SUPPORTED_TASKS" for t in node.targets):
            if isinstance(node.value, ast.Dict):
                for k in node.value.keys:
                    v = literal(k)
                    if isinstance(v, str):
                        found.add(v)
    out = []
    for t in sorted(found):
        phrase = task_phrase(t.replace("text2text", "text-to-text"))
        if " " in phrase or phrase.count("-") >= 2:
            out.append(Raw("task", phrase, "transformers"))
    return out
