"""DigitLab's Qt-free core: data, preprocessing, MLP building, training, inference, model files.

Importing this package must stay cheap: TensorFlow is imported lazily (see ``model.keras_runtime``)
only when a Keras model is built, trained or loaded through Keras.
"""

__version__ = "0.1.0"
