"""The version of secreview, in a module of its own so that any module may import it without a circle."""

__version__ = "0.1.0"
