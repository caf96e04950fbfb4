"""Teach: label drawings, keep them (My drawings) and adapt the model to the user's handwriting."""
