"""Datasets and what feeds training: IDX, MNIST-style datasets, pen-drawn digits, distortions."""
