"""FC2xx: the article against the source registry."""
