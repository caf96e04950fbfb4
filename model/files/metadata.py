"""What DigitLab stores about a trained model inside its file, so it can be judged and reused
later: configs, dataset, class names, preprocessing, scores, history, versions."""

from __future__ import annotations

from typing import Any

from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset

PREPROCESSING_PROFILE = "mnist-20px-com"


def model_metadata(network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                   result: Any) -> dict[str, Any]:
    """Metadata for a model produced by ``result`` (a ``TrainingResult``)."""
    metrics = {key: value for key, value in result.summary().items()
               if key not in ("message", "reason")}
    return {
        "network": network.to_dict(),
        "training": training.to_dict(),
        "dataset": dataset.name,
        "class_names": list(dataset.class_names),
        "preprocessing": PREPROCESSING_PROFILE,
        "metrics": {**metrics, "end_reason": result.reason},
        "history": result.history,
        "seed": training.seed,
    }
