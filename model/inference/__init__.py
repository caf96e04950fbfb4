"""Reading digits without TensorFlow: the numpy predictor and test-set scoring."""
