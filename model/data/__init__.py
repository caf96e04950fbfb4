"""Datasets and what feeds training: IDX files, MNIST-style datasets, pen-drawn digits, distortions."""
