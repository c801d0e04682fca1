"""FC1xx: the article against itself."""
