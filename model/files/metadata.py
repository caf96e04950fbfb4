"""What DigitLab stores about a trained model inside its file, so it can be judged and reused
later: configs, dataset, class names, preprocessing, scores, history, versions."""

from __future__ import annotations

from typing import Any

from model.config import (
    CONFIG_VERSION,
    CONFIG_VERSION_KEY,
    NetworkConfig,
    StoredConfigs,
    TrainingConfig,
    read_stored_configs,
)
from model.data.datasets import Dataset

PREPROCESSING_PROFILE = "mnist-20px-com"


def model_metadata(network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                   result: Any) -> dict[str, Any]:
    """Metadata for a model produced by ``result`` (a ``TrainingResult``)."""
    return {
        "network": network.to_dict(),
        "training": training.to_dict(),
        CONFIG_VERSION_KEY: CONFIG_VERSION,
        "dataset": dataset.name,
        "class_names": list(dataset.class_names),
        "preprocessing": PREPROCESSING_PROFILE,
        "metrics": run_metrics(result.summary),
        "history": result.history,
        "seed": training.seed,
    }


def run_metrics(summary: Any) -> dict[str, Any]:
    """How a run ended (its ``FinishedEvent``) as a model file keeps it: without the message
    meant for the user at the time."""
    metrics = summary.to_dict()
    del metrics["message"]
    metrics["end_reason"] = metrics.pop("reason")
    return metrics


def stored_configs(metadata: dict[str, Any]) -> StoredConfigs | None:
    """The network and training configs a model file keeps, migrated to today's (None when it
    keeps none: a model DigitLab did not train). Bad values raise ``ConfigError``."""
    if "network" not in metadata or "training" not in metadata:
        return None
    return read_stored_configs(metadata["network"], metadata["training"],
                               metadata.get(CONFIG_VERSION_KEY))
