"""factcheck: fact-check money claims in news articles against themselves and a source registry."""

__version__ = "0.1.0"
