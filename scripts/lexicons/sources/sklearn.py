"""scikit-learn: the estimator classes of its modelling modules, one named method each."""

from __future__ import annotations

import ast
import re

from lib import Raw, Wheel, docstring, expansion, fold, module_all, pick_display

TAKEN = "estimator classes of the modelling modules (`KMeans` -> K-Means, `PCA` with its long form; display name from the class or module docstring); no preprocessing, model selection, pipelines or cross-validated variants"
MODULES = ["cluster", "covariance", "cross_decomposition", "decomposition", "discriminant_analysis", "ensemble", "gaussian_process",
           "isotonic", "kernel_ridge", "linear_model", "manifold", "mixture", "naive_bayes", "neighbors", "neural_network",
           "semi_supervised", "svm", "tree"]
# Utilities and wrappers rather than methods, and regressors named by their loss or distribution only.
SKIP = {"BaseEnsemble", "BaseDecisionTree", "FeatureAgglomeration", "SparseCoder", "EmpiricalCovariance", "ShrunkCovariance",
        "EllipticEnvelope", "RandomTreesEmbedding", "StackingClassifier", "StackingRegressor", "VotingClassifier", "VotingRegressor",
        "BaggingClassifier", "BaggingRegressor", "KNeighborsTransformer", "RadiusNeighborsTransformer", "NearestNeighbors",
        "SelfTrainingClassifier", "PoissonRegressor", "GammaRegressor", "TweedieRegressor", "HuberRegressor", "QuantileRegressor",
        "LinearRegression", "KernelDensity", "NearestCentroid"}
SUFFIX = re.compile(r"(?<=.)(Classifier|Regressor)$")
# Compound class names (MiniBatchKMeans, PLSRegression), as opposed to acronyms (PCA, DBSCAN).
CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def _classes(wheel: Wheel, module: str):
    package = f"sklearn/{module}/__init__.py"
    init = package if package in wheel.names else f"sklearn/{module}.py"
    if init not in wheel.names:
        return
    public = set(module_all(wheel.parse_python(init)))
    paths = [init] if init.endswith(f"{module}.py") else [p for p in wheel.files(f"sklearn/{module}/", ".py") if "/tests/" not in p]
    for path in paths:
        tree = wheel.parse_python(path)
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name in public and node.name not in SKIP and not node.name.endswith("CV"):
                yield tree, node


def collect(wheel: Wheel) -> list[Raw]:
    out = []
    for module in MODULES:
        for tree, node in _classes(wheel, module):
            cls = node.name
            ident = SUFFIX.sub("", cls)
            title = docstring(tree).split("\n")[0].strip().rstrip(".")
            text = docstring(tree) + "\n" + docstring(node)
            # Code identifiers (MiniBatchKMeans, LogisticRegression in an example) are not display forms.
            exclude = tuple(c for c in {cls, ident} if CAMEL.search(c))
            # 'Gaussian Mixture Model.', the title of the module that defines GaussianMixture.
            name = title if fold(title) == fold(ident) + "model" and title[:1].isupper() else pick_display(text, ident, exclude)
            if not name:
                continue
            strong = []
            if fold(name).isalpha() and re.fullmatch(r"[A-Z][A-Za-z-]*", name) and sum(c.isupper() for c in name) >= 2:
                long = expansion(text, name)  # 'Principal component analysis (PCA)'
                strong = [long] if long else []
            else:
                abbr = re.search(re.escape(name) + r"\s*\(([A-Z][A-Za-z]*[A-Z])\)", text, re.IGNORECASE)
                if abbr and expansion(text, abbr.group(1)):
                    strong = [abbr.group(1)]  # 'Local Outlier Factor (LOF)'
            out.append(Raw("method", name, "scikit-learn", strong_aliases=strong))
    return out
