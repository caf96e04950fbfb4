"""The Runs view: every recorded training run, compared side by side."""
