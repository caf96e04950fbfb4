"""What DigitLab stores about a trained model inside its file, so it can be judged and reused
later: configs, dataset, class names, preprocessing, scores, history, versions."""

from __future__ import annotations

from typing import Any

from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset

PREPROCESSING_PROFILE = "mnist-20px-com"


def model_metadata(network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                   result: Any) -> dict[str, Any]:
    """Metadata for a model produced by ``result`` (a ``TrainingResult``): the run's summary
    becomes its metrics, without the message meant for the user at the time."""
    metrics = result.summary.to_dict()
    del metrics["message"]
    metrics["end_reason"] = metrics.pop("reason")
    return {
        "network": network.to_dict(),
        "training": training.to_dict(),
        "dataset": dataset.name,
        "class_names": list(dataset.class_names),
        "preprocessing": PREPROCESSING_PROFILE,
        "metrics": metrics,
        "history": result.history,
        "seed": training.seed,
    }
