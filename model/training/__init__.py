"""Training with Keras: configs to layers, the trainer, its events and the Keras callback."""
