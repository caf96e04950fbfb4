"""The Insight feature: what happens inside the network while it reads the drawing, and its
first layer's weights. Independent of Draw and Train: the main window hands it the traces and
predictors it shows."""
