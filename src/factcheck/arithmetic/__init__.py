"""The arithmetic engine: the relations an article states between its own figures, decided with intervals.

Each printed figure stands for the interval its last digit and its hedge allow (XBRL Calculations 1.1,
as implemented in Arelle; statcheck). A relation is inconsistent only when no values inside the
intervals satisfy it; when the intervals cannot decide, it is not testable and nothing is said (GRIM).
Pure: reads claims and the document text, never spaCy.
"""
