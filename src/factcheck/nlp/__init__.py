"""Stage 2, nlp: a trained spaCy English pipeline plus factcheck's registry entity ruler and money component."""

from factcheck.nlp.pipeline import Analysis, Pipeline, Segment, load_model

__all__ = ["Analysis", "Pipeline", "Segment", "load_model"]
