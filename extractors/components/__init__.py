"""The project's spaCy components; importing this package registers them by name.

>>> import extractors.components
>>> from spacy.language import Language
>>> all(Language.has_factory(n) for n in ("kg_sentences", "kg_gazetteer", "kg_acronyms", "kg_names", "kg_phrases"))
True
"""
from extractors.components import acronyms, candidates, gazetteer_match, names, phrases, sentences  # noqa: F401
