"""Checks of the lexicon build's handling of bad input: python3 -m unittest discover -s scripts/lexicons"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build  # noqa: E402
import lib  # noqa: E402


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = build.main(list(argv))
    return code, err.getvalue()


class WheelCase(unittest.TestCase):
    """A temporary cache of fake wheels and an output folder."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.out = os.path.join(self.tmp, "out")
        self.cache = os.path.join(self.tmp, "cache")
        os.makedirs(self.cache)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name: str, text: str) -> str:
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def fake_wheel(self, files: dict[str, str], package: str = "lm-eval"):
        version = next(v for p, v, _ in build.PACKAGES if p == package)
        stem = package.replace("-", "_")
        path = os.path.join(self.cache, f"{stem}-{version}-py3-none-any.whl")
        with zipfile.ZipFile(path, "w") as z:
            meta = f"{stem}-{version}.dist-info/METADATA"
            z.writestr(meta, f"Metadata-Version: 2.1\nName: {stem}\nLicense: MIT\n\n" + files.pop("README", ""))
            for name, text in files.items():
                z.writestr(name, text)

    def build(self, *extra: str) -> tuple[int, str]:
        return run("--cache", self.cache, "--out", self.out, "--readme", "-", "--offline", *extra)


class BadInput(WheelCase):
    def test_alias_line_with_one_field(self):
        aliases = self.write("aliases.tsv", "# comment\nCOCO\tMS COCO  # fine\nCOCO MS COCO  # spaces, not a tab\n")
        code, err = self.build("--aliases", aliases, "--sources", "lm-eval")
        self.assertEqual(code, 1)
        self.assertIn(f"{aliases}:3: expected 2 tab-separated fields, got 1", err)
        self.assertFalse(os.path.exists(self.out))

    def test_alias_line_without_reason(self):
        aliases = self.write("aliases.tsv", "COCO\tMS COCO\n")
        code, err = self.build("--aliases", aliases, "--sources", "lm-eval")
        self.assertEqual(code, 1)
        self.assertIn(f"{aliases}:1: every line needs a '# why' comment", err)

    def test_malformed_yaml_in_a_wheel(self):
        self.fake_wheel({
            "lm_eval/tasks/good/good.yaml": "task: good\ndataset_path: org/good\nprocess_docs: !function utils.process\n",
            "lm_eval/tasks/bad/bad.yaml": "task: bad\nmetric_list:\n  - metric: [acc\n  - metric: f1\n",
        })
        code, err = self.build("--sources", "lm-eval")
        self.assertEqual(code, 1)
        self.assertRegex(err, r"lm-eval-0\.4\.13:lm_eval/tasks/bad/bad\.yaml:\d+: YAML does not parse")
        self.assertFalse(os.path.exists(self.out))

    def test_bad_hand_entry(self):
        hand = os.path.join(self.tmp, "hand")
        shutil.copytree(os.path.join(build.ROOT, "data", "lexicons"), hand, ignore=shutil.ignore_patterns("catalog", "README.md"))
        path = os.path.join(hand, "metrics.json")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        data["metrics"].insert(2, 42)
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, indent=2))
        self.fake_wheel({})
        code, err = self.build("--hand", hand, "--sources", "lm-eval")
        self.assertEqual(code, 1)
        # indent=2: line 1 '{', 2 description, 3 '"metrics": [', then one element a line.
        self.assertIn(f"{path}:6: metrics[2]: expected a non-empty trimmed string, got 42", err)

    def test_good_fake_wheel_builds(self):
        self.fake_wheel({
            "lm_eval/tasks/hellaswag/README.md": "# HellaSwag\n\nHellaSwag is a dataset.\n",
            "lm_eval/tasks/hellaswag/hellaswag.yaml": "task: hellaswag\ndataset_path: Rowan/hellaswag\nprocess_docs: !function utils.x\n",
        })
        code, err = self.build("--sources", "lm-eval")
        self.assertEqual(code, 0, err)
        with open(os.path.join(self.out, "datasets.json"), encoding="utf-8") as f:
            entries = json.load(f)["entries"]
        hs = [e for e in entries if e["name"] == "HellaSwag"]
        self.assertEqual(hs[0]["sources"], ["hand", "lm-eval"])


class Sources(WheelCase):
    """Each catalog source read from a small fake wheel: what it takes and what it leaves out."""

    def entries(self, package: str, files: dict[str, str], kind: str = "methods") -> dict[str, dict]:
        self.fake_wheel(files, package)
        code, err = self.build("--sources", package)
        self.assertEqual(code, 0, err)
        with open(os.path.join(self.out, f"{kind}.json"), encoding="utf-8") as f:
            return {e["name"]: e for e in json.load(f)["entries"] if package in e["sources"]}

    def test_trl_trainers(self):
        got = self.entries("trl", {
            "trl/trainer/dpo_trainer.py": 'class DPOTrainer(Trainer):\n    """Trainer for Direct Preference Optimization (DPO) method."""\n',
            "trl/experimental/ppo/ppo_trainer.py": 'class PPOTrainer(Trainer):\n    """Trainer for Proximal Policy Optimization (PPO)."""\n',
            "trl/experimental/nash_md/nash_md_trainer.py": 'class NashMDTrainer(Trainer):\n    """Trainer for the Nash-MD method."""\n',
            "trl/trainer/sft_trainer.py": 'class SFTTrainer(Trainer):\n    """Trainer for Supervised Fine-Tuning (SFT) method."""\n',
            "trl/trainer/base_trainer.py": 'class BaseTrainer(Trainer):\n    """Base."""\n',
        })
        self.assertEqual(sorted(got), ["DPO", "Nash-MD", "PPO"])
        self.assertEqual(got["DPO"]["aliases"], ["Direct Preference Optimization"])
        self.assertEqual(got["DPO"]["sources"], ["hand", "trl"])
        self.assertEqual(got["PPO"]["aliases"], ["Proximal Policy Optimization"])

    def test_sklearn_estimators(self):
        got = self.entries("scikit-learn", {
            "sklearn/decomposition/__init__.py": '__all__ = ["PCA", "SparseCoder"]\n',
            "sklearn/decomposition/_pca.py": '"""Principal Component Analysis."""\nclass PCA(Base):\n    """Principal component analysis (PCA).\n\n    >>> PCA(n_components=2)\n    """\n',
            "sklearn/decomposition/_dict_learning.py": 'class SparseCoder(Base):\n    """Sparse coding."""\n',
            "sklearn/mixture/__init__.py": '__all__ = ["GaussianMixture"]\n',
            "sklearn/mixture/_gaussian_mixture.py": '"""Gaussian Mixture Model."""\nclass GaussianMixture(Base):\n    """Gaussian Mixture.\n\n    >>> GaussianMixture()\n    """\n',
            "sklearn/cluster/__init__.py": '__all__ = ["KMeans", "MiniBatchKMeans"]\n',
            "sklearn/cluster/_kmeans.py": 'class KMeans(Base):\n    """K-Means clustering.\n\n    >>> KMeans()\n    """\nclass MiniBatchKMeans(Base):\n    """Mini-Batch K-Means clustering. See MiniBatchKMeans."""\n',
            "sklearn/linear_model/__init__.py": '__all__ = ["RidgeCV", "SGDClassifier", "Perceptron"]\n',
            "sklearn/linear_model/_ridge.py": 'class RidgeCV(Base):\n    """Ridge regression with built-in cross-validation."""\n',
            "sklearn/linear_model/_sgd.py": 'class SGDClassifier(Base):\n    """Linear classifiers with SGD training."""\n',
            "sklearn/linear_model/_perceptron.py": 'class Perceptron(Base):\n    """Linear Perceptron classifier."""\n',
        })
        # Perceptron is the last word of the generic 'multi-layer perceptron'; RidgeCV a CV variant.
        self.assertEqual(sorted(got), ["Gaussian Mixture Model", "Mini-Batch K-Means", "PCA", "SGD", "k-means"])
        self.assertIn("Principal Component Analysis", got["PCA"]["aliases"])  # the hand entry, now one with PCA
        self.assertEqual(got["PCA"]["sources"], ["hand", "scikit-learn"])

    def test_peft_tuners(self):
        got = self.entries("peft", {
            "peft/tuners/lora/model.py": 'class LoraModel(BaseTuner):\n    """Creates Low Rank Adapter (LoRA) model from a pretrained transformers model."""\n',
            "peft/tuners/unilora/model.py": 'class UniLoraModel(BaseTuner):\n    """Creates a UniLora adapter (Uni-LoRA); see UniLora, UniLora."""\n',
            "peft/tuners/ia3/model.py": 'class IA3Model(BaseTuner):\n    """Creates a Infused Adapter by Inhibiting and Amplifying Inner Activations ((IA)^3) model."""\n',
            "peft/tuners/mixed/model.py": 'class MixedModel(BaseTuner):\n    """A class that allows to mix different types of adapters (Mixed)."""\n',
        })
        # LoRA is the hand entry; the class stem UniLora is code, Uni-LoRA the paper's name; 'IA 3' no name.
        self.assertEqual(sorted(got), ["LoRA", "Uni-LoRA"])
        self.assertIn("Low Rank Adapter", got["LoRA"]["aliases"])

    def test_pytorch_optimizer_table(self):
        row = "| {} | *{}* | | {} |\n"
        readme = "| Optimizer | Description | Official Code | Paper(Citation) |\n|---|---|---|---|\n" + "".join([
            row.format("AdaBelief", "Adapting Step-sizes", "[paper](https://arxiv.org/abs/2010.07468)"),
            row.format("AdamMini", "Use Fewer Learning Rates", "[paper](https://arxiv.org/abs/2406.16793)"),
            row.format("SAM", "Sharpness-Aware Minimization", "[paper](https://arxiv.org/abs/2010.01412)"),
            row.format("Kate", "Remove that Square Root", "[paper](https://arxiv.org/abs/2403.02648)"),
            row.format("Stable WD", "Understanding Weight Decay", "[paper](https://arxiv.org/abs/2011.11152)"),
            row.format("EmoNavi", "An emotion-driven optimizer", ""),
        ]) + "\n| LR Scheduler | Description |\n|---|---|\n| REX | *Revisiting* |\n"
        got = self.entries("pytorch-optimizer", {
            "README": readme,
            "pytorch_optimizer/optimizer/adabelief.py": "class AdaBelief(BaseOptimizer):\n    pass\n",
            "pytorch_optimizer/optimizer/adam_mini.py": "class AdamMini(BaseOptimizer):\n    pass\n",
            "pytorch_optimizer/optimizer/sam.py": "class SAM(BaseOptimizer):\n    pass\n",
            "pytorch_optimizer/optimizer/kate.py": "class Kate(BaseOptimizer):\n    pass\n",
            "pytorch_optimizer/optimizer/emonavi.py": "class EmoNavi(BaseOptimizer):\n    pass\n",
        })
        # SAM is Segment Anything's acronym; Kate a person's name; Stable WD no optimizer; EmoNavi no paper.
        self.assertEqual(sorted(got), ["AdaBelief", "AdamMini"])

    def test_stable_baselines3_algorithms(self):
        got = self.entries("stable-baselines3", {
            "stable_baselines3/__init__.py": "",
            "stable_baselines3/a2c/a2c.py": 'class A2C(OnPolicyAlgorithm):\n    """Advantage Actor Critic (A2C)"""\n',
            "stable_baselines3/ppo/ppo.py": 'class PPO(OnPolicyAlgorithm):\n    """Proximal Policy Optimization algorithm (PPO) (clip version)"""\n',
            "stable_baselines3/common/base_class.py": 'class BaseAlgorithm:\n    """The base of RL algorithms (Common)"""\n',
        })
        self.assertEqual(sorted(got), ["A2C", "PPO"])
        self.assertEqual(got["A2C"]["aliases"], ["Advantage Actor Critic"])
        self.assertEqual(got["PPO"]["aliases"], ["Proximal Policy Optimization"])


class Helpers(unittest.TestCase):
    def test_long_form_spells_the_short_form_exactly_when_it_can(self):
        self.assertEqual(lib.long_form_for("Trainer for Proximal Policy Optimization (PPO).", "PPO"), "Proximal Policy Optimization")
        self.assertEqual(lib.long_form_for("Trainer for Perception-Aware Policy Optimization (PAPO).", "PAPO"), "Perception-Aware Policy Optimization")
        self.assertEqual(lib.long_form_for("the Stanford Question Answering Dataset (SQuAD)", "SQuAD"), "Stanford Question Answering Dataset")
        self.assertIsNone(lib.long_form_for("a model (PPO)", "PPO"))

    def test_generic_catalog_names_are_dropped(self):
        raws = [lib.Raw("method", "SFT", "trl", strong_aliases=["Supervised Fine-Tuning"]),
                lib.Raw("method", "DPO", "trl", strong_aliases=["Direct Preference Optimization"]),
                lib.Raw("method", "MLP", "scikit-learn", strong_aliases=["multi-layer perceptron"]),
                lib.Raw("method", "GCN", "torch-geometric", strong_aliases=["graph neural network"])]
        merged = build.merge(raws, [], set(), {lib.entity_key(t) for t in ["SFT", "MLP", "graph neural network"]})
        self.assertEqual([e["name"] for e in merged["method"]], ["DPO", "GCN"])
        self.assertEqual(merged["method"][0]["aliases"], ["Direct Preference Optimization"])
        self.assertNotIn("aliases", merged["method"][1])


@unittest.skipUnless(os.path.isdir(os.path.join(build.ROOT, ".cache", "lexicons")), "needs the downloaded wheels (npm run lexicons)")
class Rebuild(unittest.TestCase):
    def test_same_versions_give_the_committed_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            readme = os.path.join(tmp, "README.md")
            shutil.copy(os.path.join(build.ROOT, "data", "lexicons", "README.md"), readme)
            code, err = run("--out", tmp, "--readme", readme, "--offline")
            self.assertEqual(code, 0, err)
            for name in ["datasets.json", "methods.json", "metrics.json", "tasks.json"]:
                with open(os.path.join(tmp, name), "rb") as a, open(os.path.join(build.ROOT, "data", "lexicons", "catalog", name), "rb") as b:
                    self.assertEqual(a.read(), b.read(), name)
            with open(readme, "rb") as a, open(os.path.join(build.ROOT, "data", "lexicons", "README.md"), "rb") as b:
                self.assertEqual(a.read(), b.read(), "README.md")


if __name__ == "__main__":
    unittest.main()
