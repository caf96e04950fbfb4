"""DigitLab's bundled files (MNIST, the default model, icons) as a package, so that a wheel and a
frozen bundle carry them; code finds them through :mod:`model.resources`, never by path."""
