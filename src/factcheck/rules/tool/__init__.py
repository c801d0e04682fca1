"""FC9xx: notes about factcheck itself (markers, extraction)."""
