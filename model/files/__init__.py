"""Model files: reading them without TensorFlow, saving and loading them with Keras, metadata."""
