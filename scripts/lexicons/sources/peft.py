"""peft: one parameter-efficient fine-tuning method per tuner folder of peft/tuners."""

from __future__ import annotations

import ast
import re

from lib import Raw, Wheel, docstring, long_form_for, pick_display

TAKEN = "tuner folders of `peft/tuners` (`lora` -> LoRA, `vblora` -> VB-LoRA; display name from the folder's docstrings, long forms they spell out)"
# Not a method (mixed adapters, token training), or written only as an enum constant (CARTRIDGE).
SKIP = {"mixed", "trainable_tokens", "cartridge", "multitask_prompt_tuning", "adaption_prompt"}
CODE_SUFFIX = re.compile(r"(Model|Config|Layer|Linear|Embedding|Conv\dd|Conv|Module|Tuner|Decoder|Encoder)$")


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for folder, ident in wheel.folders("peft/tuners/", SKIP):
        docs, code = [], set()
        for path in wheel.files(folder + "/", ".py"):
            tree = wheel.parse_python(path)
            for node in ast.walk(tree):
                if docstring(node):
                    docs.append(docstring(node))
                if isinstance(node, ast.ClassDef):
                    code.add(CODE_SUFFIX.sub("", node.name))
        text = "\n".join(docs)
        # The class stem (UniLora, RandLora) is code; the docstrings also write the paper's form (Uni-LoRA).
        stems = tuple(c for c in code if re.search(r"[a-z]", c))
        name = pick_display(text, ident, stems) or pick_display(text, ident)
        if not name or not re.search(r"[A-Za-z]", name) or " " in name and not re.search(r"[a-z]", name.split()[-1]):
            continue  # 'IA 3', from '(IA)^3'
        long = long_form_for(text, name)
        out.append(Raw("method", name, "peft", strong_aliases=[long] if long else []))
    return out
