"""The Train feature: the panel, its settings forms, the worker, live plots and results."""
