"""spaCy documents to mentions: what counts as a name."""

from __future__ import annotations

import pytest


def _annotated_with(patterns: list[tuple[str, str]], text: str):
    """``text`` annotated by a blank pipeline that tags exactly ``patterns`` ((label, words) pairs)."""
    import spacy

    from newsfold.model import Article
    from newsfold.nlp.annotate import annotate

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": label, "pattern": words} for label, words in patterns])
    (annotated,) = annotate([Article("a", "a.txt", "", text)], nlp=nlp)
    return annotated


def test_a_lower_case_word_tagged_as_a_name_is_no_mention():
    text = "Attackers drove a hired van into pedestrians in London. Van is a city in Turkey."
    annotated = _annotated_with([("GPE", "van"), ("GPE", "Van"), ("GPE", "London")], text)
    assert [m.span.text for m in annotated.mentions] == ["London", "Van"]


def test_an_article_the_tagger_swept_into_a_name_is_not_part_of_it():
    text = "Members of a Ku Klux Klan group met the Vell Guard and an Ostbury Union team. A Tribe Called Quest played."
    annotated = _annotated_with([("ORG", "a Ku Klux Klan"), ("ORG", "the Vell Guard"), ("ORG", "an Ostbury Union"),
                                 ("ORG", "A Tribe Called Quest")], text)
    assert [m.span.text for m in annotated.mentions] == ["Ku Klux Klan", "Vell Guard", "Ostbury Union", "A Tribe Called Quest"]
    assert all(text[m.span.start:m.span.end] == m.span.text for m in annotated.mentions)


def test_a_stock_ticker_after_a_company_is_not_part_of_its_name():
    text = "Shares of Kate Spade & Co KATE.N rose, and Lindqvist Brands (LQB.ST) fell. Officials met in St. Louis."
    annotated = _annotated_with([("ORG", "Kate Spade & Co KATE.N"), ("ORG", "Lindqvist Brands (LQB.ST"),
                                 ("GPE", "St. Louis")], text)
    assert [m.span.text for m in annotated.mentions] == ["Kate Spade & Co", "Lindqvist Brands", "St. Louis"]


def test_a_person_the_tagger_found_once_is_found_again_where_it_missed_them():
    import spacy
    from spacy.tokens import Span as SpacySpan

    from newsfold.model import Article
    from newsfold.nlp.annotate import doc_to_annotated

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Governor Hamid Karimov spoke . Later Karimov left and Karimov Avenue closed ; price rises hit Hamid Karimov"
    doc = nlp(text)
    for t in doc:  # what a tagger would say: names are proper nouns, "price" is not
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    doc.ents = [SpacySpan(doc, 1, 3, label="PERSON")]
    mentions = doc_to_annotated(doc, Article("a", "a.txt", "", text)).mentions
    assert [(m.span.text, m.label) for m in mentions] == [
        ("Hamid Karimov", "PERSON"), ("Karimov", "PERSON"), ("Hamid Karimov", "PERSON")]
    # "Karimov Avenue" is another name: its first word is not the man


def test_a_country_in_capitals_the_tagger_missed_is_a_place():
    import spacy

    from newsfold.model import Article
    from newsfold.nlp.annotate import doc_to_annotated

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Dubai is one of the seven emirates of the UAE . SEND US YOUR NEWS ."
    mentions = doc_to_annotated(nlp(text), Article("a", "a.txt", "", text)).mentions
    assert [(m.span.text, m.label) for m in mentions] == [("UAE", "GPE")]  # not the "US" of a line in capitals


def test_a_short_state_abbreviation_after_a_town_keeps_its_stop():
    """ "Fort Calhoun, Neb." names Nebraska; "Neb" or "Mo" alone, short as words, are unsure."""
    import spacy

    from newsfold.model import Article
    from newsfold.nlp.annotate import annotate
    from newsfold.places import default_gazetteer

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": w} for w in ("Fort Calhoun", "Neb.", "Mo.", "Mo", "Springfield")])
    text = "A berm collapsed at Fort Calhoun, Neb., on Sunday. Mo. Farah won. He died in Springfield , Mo . , they said."
    (annotated,) = annotate([Article("a", "a.txt", "", text)], nlp=nlp)
    assert [m.span.text for m in annotated.mentions] == ["Fort Calhoun", "Neb.", "Mo", "Springfield", "Mo ."]
    nebraska = default_gazetteer().resolve(["Neb."])["Neb."]
    assert (nebraska.country, nebraska.name) == ("US", "Nebraska")


def test_a_name_the_text_defines_with_an_acronym_is_a_name_with_its_acronym():
    import spacy

    from newsfold.model import Article
    from newsfold.nlp.annotate import annotate

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "UN"}, {"label": "ORG", "pattern": "Kuomintang"},
                                               {"label": "PERSON", "pattern": [{"TEXT": "Evo"}, {"TEXT": "Morales"}]}])
    text = ("Envoys met at the UN Human Rights Council (UNHRC) in Geneva. The ruling Kuomintang (KMT) lost. "
            "LONDON (AP) - The Local Co-ordination Committees (LCC) said 20 died. He is a member of the NRA (AP). "
            "Evo Morales (MAS) spoke.")
    (annotated,) = annotate([Article("a", "a.txt", "", text)], nlp=nlp)
    assert [(m.span.text, m.label) for m in annotated.mentions] == [
        ("UN Human Rights Council", "ORG"), ("UNHRC", "ORG"), ("Kuomintang", "ORG"), ("KMT", "ORG"),
        ("Local Co-ordination Committees", "ORG"), ("LCC", "ORG"), ("Evo Morales", "PERSON")]
    # "UN" is inside the council's name; no "(AP)"; a person's name is not defined by a party's initials


def test_canon_a_one_word_name_defined_by_its_acronym_is_one_entity():
    from markup import analysis
    from newsfold.canon import canonicalize
    from newsfold.places import default_gazetteer

    r = canonicalize([analysis("a", "Eric Chu of the ruling [Kuomintang|ORG] ([KMT|ORG]) conceded."),
                      analysis("b", "The [KMT|ORG] lost its majority."),
                      analysis("c", "The [Kenya Medical Trust|ORG] ([KMT|ORG]) and [Kampala|GPE] ([KLA|ORG]).")],
                     default_gazetteer())
    assert r.entity("a", "Kuomintang") is r.entity("a", "KMT") is r.entity("b", "KMT")
    # another document defines KMT as another name: there it is that name, and the two stay apart
    assert r.entity("c", "KMT") is r.entity("c", "Kenya Medical Trust") is not r.entity("a", "Kuomintang")
    assert r.entity("c", "Kampala") is not r.entity("c", "KLA")  # a place is not defined by what follows it
    r = canonicalize([analysis("a", "The [Revolutionary Armed Forces of Colombia|ORG] ([FARC|ORG]) signed."),
                      analysis("b", "Las [Fuerzas Armadas Revolucionarias de Colombia|ORG] ([FARC|ORG]) firmaron."),
                      analysis("c", "Former president [Evo Morales|PERSON] ([MAS|ORG]) said.")], default_gazetteer())
    assert r.entity("a", "FARC") is r.entity("b", "FARC") is r.entity("b", "Fuerzas Armadas Revolucionarias de Colombia")
    assert r.entity("c", "Evo Morales") is not r.entity("c", "MAS") and r.entity("c", "Evo Morales").type == "PERSON"


def test_a_person_name_the_tagger_cut_in_two_is_made_whole():
    import spacy
    from spacy.tokens import Span as SpacySpan

    from newsfold.nlp.annotate import whole_person_names

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def doc_of(text, ents, compounds=()):
        doc = nlp(text)
        for t in doc:
            t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
        for i, head in compounds:  # what a parser would say: the given name hangs on the surname
            doc[i].dep_, doc[i].head = "compound", doc[head]
        doc.ents = [SpacySpan(doc, a, b, label=label) for a, b, label in ents]
        return doc

    # two person names side by side are one name
    doc = doc_of("Prosecutors charged DeAngelo Lamar Davis on Monday", [(2, 3, "PERSON"), (3, 5, "PERSON")])
    assert [(e.text, e.label_) for e in whole_person_names(doc)] == [("DeAngelo Lamar Davis", "PERSON")]
    # a lone surname takes the given name before it, not the title or the town before that
    doc = doc_of("said London Mayor Sadiq Khan on Monday", [(1, 2, "GPE"), (4, 5, "PERSON")], [(1, 4), (2, 4), (3, 4)])
    assert [(e.text, e.label_) for e in whole_person_names(doc)] == [("London", "GPE"), ("Sadiq Khan", "PERSON")]
    doc = doc_of("said Police Chief Williams on Monday", [(3, 4, "PERSON")], [(1, 3), (2, 3)])
    assert [e.text for e in whole_person_names(doc)] == ["Williams"]
    # a word for who the person is, swept into the name, is left out
    doc = doc_of("said Neighbour Derek Mackinnon on Monday", [(1, 4, "PERSON")])
    assert [e.text for e in whole_person_names(doc)] == ["Derek Mackinnon"]
    # names in a list keep apart
    doc = doc_of("with Smith , Jones and others", [(1, 2, "PERSON"), (3, 4, "PERSON")])
    assert [e.text for e in whole_person_names(doc)] == ["Smith", "Jones"]
    # a participle that opens the sentence is not a given name, nor part of an organisation's name
    doc = doc_of("Joining Cooley at the podium was Baca .", [(0, 2, "PERSON"), (6, 7, "PERSON")])
    assert [e.text for e in whole_person_names(doc)] == ["Cooley", "Baca"]
    doc = doc_of("Citing Interpol , police said .", [(0, 2, "ORG")])
    assert [e.text for e in whole_person_names(doc)] == ["Interpol"]
    doc = doc_of("Sterling Moss said .", [(0, 2, "PERSON")])
    assert [e.text for e in whole_person_names(doc)] == ["Sterling Moss"]
    # a "person" whose name ends like a company's is the company
    doc = doc_of("said Michael Kors Holdings and Jimmy Choo", [(1, 4, "PERSON"), (5, 7, "PERSON")])
    assert [(e.text, e.label_) for e in whole_person_names(doc)] == [("Michael Kors Holdings", "ORG"), ("Jimmy Choo", "PERSON")]


def test_an_agency_credit_after_a_name_defines_no_acronym():
    from newsfold.model import Mention, Sentence, Span
    from newsfold.nlp.acronyms import defined_names

    text = "Police arrested Amber Pasztor (AP) on Monday. Reporters of the Associated Press (AP) saw it."
    start = text.index("Amber")
    person = Mention(Span("a", start, start + len("Amber Pasztor"), "Amber Pasztor"), "PERSON", 0)
    sentences = [Sentence(0, 46, 0, 8), Sentence(47, len(text), 8, 16)]
    found = [(m.span.text, m.label, m.span.start) for m in defined_names(text, "a", [person], sentences)]
    # the AP the table knows is the Associated Press: defined where the Press is named, not after her name
    assert ("Amber Pasztor", "PERSON", start) in found
    assert [f for f in found if f[0] == "AP"] == [("AP", "ORG", text.rindex("AP"))]
    assert ("Associated Press", "ORG", text.index("Associated")) in found


def test_a_town_and_its_states_postal_code_are_one_name():
    text = "Vellport, CT police met Acme, IN short, in Ostbury, Wexton."
    annotated = _annotated_with([("GPE", "Vellport"), ("ORG", "CT"), ("GPE", "Ostbury"), ("ORG", "Acme")], text)
    # the code says which Vellport; "IN" after an organisation and "Wexton" are no state codes
    assert [(m.span.text, m.label) for m in annotated.mentions] == [("Vellport, CT", "GPE"), ("Acme", "ORG"), ("Ostbury", "GPE")]


@pytest.mark.model
def test_a_lower_case_word_after_an_abbreviation_goes_on_the_sentence(nlp):
    text = ("He robbed a shop at 12 N. Grove Ave. in Pellston and a bank at 4 Elm Blvd. in Marwick, police said. "
            "Officers arrested him on Sunday. He was held at the Dale County Jail.\nthe end")
    sentences = [s.text for s in nlp(text).sents]
    assert sentences[0] == "He robbed a shop at 12 N. Grove Ave. in Pellston and a bank at 4 Elm Blvd. in Marwick, police said."
    assert "Officers arrested him on Sunday." in sentences  # a capital after a full stop still starts one
    assert sentences[-1] == "the end"  # and a line break always does
    sentences = [s.text for s in nlp("Police arrested two men in Lyon on Monday. al-Shabab gunmen killed five soldiers.").sents]
    assert len(sentences) == 2  # a sentence's own full stop is no abbreviation
    sentences = [s.text for s in nlp("Police Capt. Tom Tennant and Trooper Bill Hakim were killed. Lt . Ann Dale spoke.").sents]
    assert sentences == ["Police Capt. Tom Tennant and Trooper Bill Hakim were killed.", "Lt . Ann Dale spoke."]  # a title's name


@pytest.mark.parametrize("name", ["ING Groep N.V", "Grupo Televisa S.A", "Washington D.C", "George H.W", "Toronto F.C"])
def test_dotted_parts_of_names_are_no_stock_tickers(name):
    from newsfold.nlp.annotate import _trim_entity

    assert _trim_entity(0, len(name), name)[2] == name


def test_a_name_cut_at_a_hyphen_keeps_the_rest_of_its_name():
    """The tokenizer splits "Croix-des-Bouquets" and the tagger tags "Croix"; not "Kenya-Uganda"
    (two names) nor "Rabat-based" (a modifier)."""
    import spacy

    from newsfold.model import Article
    from newsfold.nlp.annotate import annotate

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": w} for w in ("Croix", "Aix", "Kenya", "Rabat")])
    text = "Gunmen struck in Croix-des-Bouquets and Aix-en-Provence. The Kenya-Uganda border and a Rabat-based group."
    (annotated,) = annotate([Article("a", "a.txt", "", text)], nlp=nlp)
    assert [m.span.text for m in annotated.mentions] == ["Croix-des-Bouquets", "Aix-en-Provence", "Kenya", "Rabat"]
