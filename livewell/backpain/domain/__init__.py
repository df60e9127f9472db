"""Back-pain rules and medication-safety logic in plain Python (no Django imports).

Everything here is implemented from ``docs/clinical-facts.md`` sections 4-7 and keeps
that sheet's rule ids and source tags.
"""
