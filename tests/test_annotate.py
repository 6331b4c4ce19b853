"""spaCy documents to mentions: what counts as a name."""

from __future__ import annotations


def test_a_lower_case_word_tagged_as_a_name_is_no_mention():
    import spacy

    from newsfold.model import Article
    from newsfold.nlp.annotate import annotate

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "van"}, {"label": "GPE", "pattern": "Van"},
                                               {"label": "GPE", "pattern": "London"}])
    text = "Attackers drove a hired van into pedestrians in London. Van is a city in Turkey."
    (annotated,) = annotate([Article("a", "a.txt", "", text)], nlp=nlp)
    assert [m.span.text for m in annotated.mentions] == ["London", "Van"]
