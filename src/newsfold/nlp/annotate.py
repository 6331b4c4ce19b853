"""spaCy ``Doc`` → :class:`AnnotatedArticle`: sentences, tokens and entity mentions."""

from __future__ import annotations

import functools
import re

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfold.model import AnnotatedArticle, Article, Mention, Sentence, Span, Token
from newsfold.nlp.acronyms import defined_names

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as Span_

#: Entity labels kept as mentions (numbers, dates and ordinals are handled by the extractors).
MENTION_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def annotate(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32, n_process: int = 1
) -> Iterator[AnnotatedArticle]:
    """Parse articles with ``nlp.pipe``, streaming, and keep what later stages need.

    :param articles: the articles, in any number.
    :param nlp: a loaded pipeline; by default :func:`newsfold.nlp.load_model`.
    :param batch_size: documents per ``nlp.pipe`` batch.
    :param n_process: processes for ``nlp.pipe``.

    Example::

        for annotated in annotate(read_articles(["news/"])):
            print(annotated.article.article_id, len(annotated.mentions))
    """
    from newsfold.nlp.load import load_model

    model = nlp or load_model()
    pairs = ((article.text, article) for article in articles)
    for doc, article in model.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield doc_to_annotated(doc, article)


def annotate_docs(docs: Iterable[tuple[Doc, Article]]) -> Iterator[AnnotatedArticle]:
    """Convert already parsed ``(Doc, Article)`` pairs (for callers that run spaCy themselves)."""
    for doc, article in docs:
        yield doc_to_annotated(doc, article)


#: Lemmas the English model gets wrong in news, by (lemma, part of speech): "staged a strike" is
#: lemmatised "stag".
_LEMMA_SLIPS = {("stag", "VERB"): "stage"}
_SLIPPED = frozenset(lemma for lemma, _pos in _LEMMA_SLIPS)
_SLOW = frozenset({"slow", "Slow", "SLOW"})


#: What a wire dateline ends with before its first sentence: "LIMA, March 14 (Andina) - Mudslides …".
_DATELINE_ENDS = frozenset({"-", "--", "\u2013", "\u2014", ":"})


def _mended(doc: Doc, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with the model's known slips set right: a lemma it gets wrong in news
    (:data:`_LEMMA_SLIPS`); the "slow" of "a go-slow", which the tokenizer splits off and the
    tagger takes for an adjective; and a word of events the tagger took for a name because it
    opens the text after a dateline or a sentence ("LIMA (Andina) - Mudslides swept through …",
    "Floods have killed …"), a common noun again."""
    out = list(tokens)
    for t in tokens:
        if t.lemma in _SLIPPED and (t.lemma, t.pos) in _LEMMA_SLIPS:
            out[t.i] = replace(t, lemma=_LEMMA_SLIPS[(t.lemma, t.pos)])
        elif t.text in _SLOW and t.i >= 2 and tokens[t.i - 1].text in {"-", "\u2010"} and tokens[t.i - 2].text.lower() == "go":
            out[t.i] = replace(t, pos="NOUN", tag="NN")
        elif (t.pos == "PROPN" and not t.ent_type and t.text[:1].isupper() and t.text[1:].islower()
              and (doc[t.i].is_sent_start or t.i > 0 and tokens[t.i - 1].text in _DATELINE_ENDS)
              and not (t.i + 1 < len(tokens) and tokens[t.i + 1].pos == "PROPN")
              and (noun := _event_noun(t.text.lower())) is not None):
            out[t.i] = replace(t, pos="NOUN", tag="NNS" if noun != t.text.lower() else "NN", lemma=noun)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    from newsfold import lexicon as lx

    return frozenset(lx.NOUN_TRIGGERS.keys() | lx.NATURAL_CAUSES | lx.HAZARD_WORDS.keys())


def _event_noun(word: str) -> str | None:
    """The singular of a noun of events or hazards ("mudslides" → "mudslide"), or ``None``."""
    known = _event_nouns()
    for singular in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None):
        if singular and singular in known:
            return singular
    return None


def doc_to_annotated(doc: Doc, article: Article) -> AnnotatedArticle:
    """Copy tokens, sentences and entity mentions out of a spaCy ``Doc``."""
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            like_num=t.like_num,
        )
        for t in doc
    )
    tokens = _mended(doc, tokens)
    sentences: list[Sentence] = []
    for sent in doc.sents:
        if sent.text.strip():
            sentences.append(Sentence(sent.start_char, sent.end_char, sent.start, sent.end))
    sentence_of = _sentence_index(sentences)
    mentions = []
    cased = not article.text.islower()
    for ent in whole_person_names(doc):
        if ent.label_ not in MENTION_LABELS:
            continue
        start, end, text = _trim_entity(ent.start_char, ent.end_char, ent.text)
        if not text or cased and not any(c.isupper() for c in text):
            continue  # a word in lower case in a cased text ("a hired van") is no name
        end, text = _with_abbreviation_stop(article.text, start, end, text)
        end, text = _with_hyphened_parts(article.text, start, end, text)
        mentions.append(
            Mention(Span(article.article_id, start, end, text), ent.label_, sentence_of.get(ent.start, 0))
        )
    mentions = _with_postal_codes(article.text, mentions)
    mentions += _names_again(doc, article.article_id, mentions, sentence_of)
    mentions += _country_acronyms(doc, article.article_id, sentence_of)
    mentions = defined_names(article.text, article.article_id, mentions, sentences)  # "Kuomintang (KMT)"
    mentions.sort(key=lambda m: m.span.start)
    return AnnotatedArticle(article, tokens, tuple(sentences), tuple(mentions))


#: Capitalised words written before a name that are a role, not a given name ("Police Chief
#: Williams", "Coach Smith"), beside the titles of :data:`newsfold.names.PERSON_TITLES`.
_ROLE_WORDS = frozenset({"chief", "police", "spokesman", "spokeswoman", "spokesperson", "director", "secretary", "ambassador",
                         "chairman", "chairwoman", "chair", "leader", "coach", "commander", "head", "attorney", "lawyer",
                         "reporter", "correspondent", "editor", "mp", "congressman", "congresswoman", "councilman",
                         "councilwoman", "councillor", "commissioner", "chancellor", "speaker", "justice", "professor",
                         "father", "brother", "sister", "saint", "st", "agent", "private", "sgt", "cpl", "pvt", "adm",
                         "admiral", "marshal", "emir", "ayatollah", "imam", "rabbi", "rev", "reverend", "bishop", "archbishop",
                         "cardinal", "dean", "principal", "manager", "founder", "ceo", "chef", "dj", "star", "actor", "singer",
                         "rapper", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "driver", "doctor",
                         "dr", "nurse", "officer", "sergeant", "uncle", "aunt", "grandma", "grandpa", "mom", "dad"})


#: Words that open a sentence before a name and that the tagger sweeps into it: "Joining Cooley
#: at the news conference was ...", "Speaking to reporters, Harris said ...".
SENTENCE_OPENERS = frozenset({"joining", "speaking", "asked", "addressing", "citing", "quoting", "according", "following",
                              "describing", "responding", "commenting", "writing", "referring", "testifying", "flanked",
                              "accompanied", "including", "thanking", "praising", "echoing", "reacting",
                              "visiting", "urging", "warning", "defending", "criticizing",
                              "criticising", "dear", "unlike", "like", "told", "informed", "contacted", "reached"})
#: Last words of a company's name: a "person" that ends in one is the company ("Michael Kors
#: Holdings", "Sadler Foods Inc.").
COMPANY_WORDS = frozenset({"holdings", "holding", "inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "group",
                           "foods", "industries", "enterprises", "airlines", "airways", "motors", "pharmaceuticals",
                           "technologies", "systems", "partners", "capital", "ventures", "bancorp", "creamery",
                           "dairy", "brewery", "insurance", "logistics", "shipping", "mining", "petroleum", "energy",
                           "telecom", "communications", "entertainment", "studios", "records", "productions"})

#: Words for who a person is that the tagger sweeps into a name before it ("Neighbour Derek Mackinnon").
_PEOPLE_NOUNS = frozenset({"neighbour", "neighbor", "witness", "resident", "victim", "suspect", "gunman", "owner", "employee",
                           "student", "teacher", "nurse", "doctor", "survivor", "eyewitness", "passenger", "relative"})


def whole_person_names(doc: Doc) -> list[Span_]:
    """The tagger's entities with person names made whole where the small model cut them.

    Two person names written one after the other with a space between are one name
    ("DeAngelo" and "Lamar Davis" are "DeAngelo Lamar Davis"); a lone surname is preceded
    by its untagged given name when that is a proper noun compounded to it and no title
    or role ("London Mayor Sadiq Khan": "Sadiq Khan", not "Mayor Sadiq Khan"); a title or
    a word for who the person is, swept into a full name, is left out ("Neighbour Derek
    Mackinnon": "Derek Mackinnon"; the title comes back as an alias in canon, "Mr Khan").
    """
    from spacy.tokens import Span as SpacySpan

    from newsfold.names import PERSON_TITLES

    ents = list(doc.ents)
    out: list[Span_] = []
    for ent in ents:
        if ent.label_ == "PERSON" and out and out[-1].label_ == "PERSON" and out[-1].end == ent.start \
                and doc[out[-1].end - 1].whitespace_ == " ":
            out[-1] = SpacySpan(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if ent.label_ == "PERSON" and len(ent) >= 3 and ent[0].text.lower().rstrip(".") in PERSON_TITLES | _ROLE_WORDS | _PEOPLE_NOUNS:
            ent = SpacySpan(doc, ent.start + 1, ent.end, label="PERSON")  # "Neighbour Derek Mackinnon": "Derek Mackinnon"
        if ent.label_ in {"PERSON", "ORG"} and len(ent) >= 2 and ent[0].is_sent_start and ent[0].lower_ in SENTENCE_OPENERS:
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=ent.label_)  # "Joining Cooley at the podium was ...": "Cooley"
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_.rstrip(".") in COMPANY_WORDS:
            ent = SpacySpan(doc, ent.start, ent.end, label="ORG")  # "Michael Kors Holdings" is the company
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0:
            t = doc[ent.start - 1]
            if (t.ent_iob_ == "O" and t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == ent.start
                    and t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() and t.whitespace_ == " "
                    and t.text.lower() not in PERSON_TITLES | _ROLE_WORDS | _PEOPLE_NOUNS):
                ent = SpacySpan(doc, t.i, ent.end, label="PERSON")
        out.append(ent)
    return out


def _country_acronyms(doc: Doc, article_id: str, sentence_of: dict[int, int]) -> list[Mention]:
    """A country the tagger missed under its capitals: "one of the seven emirates of the UAE".
    Words of a line set all in capitals ("HELP US") are left alone."""
    from newsfold.aliases import country_acronyms

    acronyms = country_acronyms()
    out: list[Mention] = []
    for t in doc:
        if t.ent_iob_ in {"B", "I"} or t.text not in acronyms:
            continue
        near = [w for w in doc[max(0, t.i - 3): t.i + 4] if w.is_alpha and w.i != t.i]
        if near and all(w.is_upper for w in near):
            continue
        start, end, text = _trim_entity(t.idx, t.idx + len(t.text), t.text)
        out.append(Mention(Span(article_id, start, end, text), "GPE", sentence_of.get(t.i, 0)))
    return out


def _names_again(doc: Doc, article_id: str, mentions: list[Mention], sentence_of: dict[int, int]) -> list[Mention]:
    """A person the tagger found once, named again where it missed them: "Hamid Karzai" tagged in
    one sentence and "Karzai" left untagged in another (one name, one sense, in one article).

    Full names and surnames of the article's PERSON mentions are looked for among the untagged
    proper nouns; a surname another entity also ends with, or a word the tagger saw as
    something other than a proper noun ("Price rises"), is left alone."""
    people = [m.span.text.split() for m in mentions if m.label == "PERSON"]
    names = {tuple(n) for n in people if len(n) >= 2}
    surnames = {n[-1] for n in names if len(n[-1]) >= 3 and n[-1][:1].isupper()}
    other_tails = {m.span.text.split()[-1] for m in mentions if m.label != "PERSON" and m.span.text.split()}
    wanted = sorted(names | {(s,) for s in surnames - other_tails}, key=len, reverse=True)
    if not wanted:
        return []
    out: list[Mention] = []
    taken = [False] * len(doc)
    for t in doc:
        taken[t.i] = t.ent_iob_ in {"B", "I"}
    texts = [t.text for t in doc]
    for name in wanted:
        n = len(name)
        for i in range(len(doc) - n + 1):
            if tuple(texts[i:i + n]) != name or any(taken[i:i + n]) or doc[i].pos_ != "PROPN":
                continue
            if i + n < len(doc) and doc[i + n].pos_ == "PROPN" and doc[i + n].text[:1].isupper():
                continue  # part of a longer name ("Karzai Foundation")
            span = doc[i:i + n]
            out.append(Mention(Span(article_id, span.start_char, span.end_char, span.text), "PERSON", sentence_of.get(i, 0)))
            for k in range(i, i + n):
                taken[k] = True
    return out


def _sentence_index(sentences: list[Sentence]) -> dict[int, int]:
    index: dict[int, int] = {}
    for n, sent in enumerate(sentences):
        for i in range(sent.token_start, sent.token_end):
            index[i] = n
    return index


_LEADING = ("the ", "The ", "a ", "an ")  # not "A" or "An": "A Tribe Called Quest"
_TRAILING = ("'s", "’s", "’", "'")


_STOP_AFTER = re.compile(r" ?\.")
_AFTER_A_TOWN = re.compile(r"\w\s?,\s*$")


#: The rest of a name joined by hyphens, with a small word of its own between ("Croix-des-Bouquets",
#: "Aix-en-Provence", "Stratford-upon-Avon"), which the tokenizer splits and the tagger cuts short.
_HYPHENED_REST = re.compile(r"(?:-(?:des|de|du|la|le|les|en|sur|sous|lès|upon|on|under|by|in|del|di|da|am|an|im|bei|ob)"
                            r"(?=-))+-[A-ZÀ-Ý][\w'’]*")


def _with_hyphened_parts(text: str, start: int, end: int, name: str) -> tuple[int, str]:
    """A name cut at a hyphen ("Croix" of "Croix-des-Bouquets") with the rest of its name."""
    rest = _HYPHENED_REST.match(text, end)
    if rest is None:
        return end, name
    return rest.end(), text[start:rest.end()]


def _with_abbreviation_stop(text: str, start: int, end: int, name: str) -> tuple[int, str]:
    """Keep the stop of a state's abbreviation after a town: "Fort Calhoun, Neb." names
    Nebraska, while "Neb" alone, short as a word, names nothing sure."""
    from newsfold.places import is_region_abbreviation

    stop = _STOP_AFTER.match(text, end)
    if stop is None or not _AFTER_A_TOWN.search(text, max(0, start - 40), start) or not is_region_abbreviation(name + "."):
        return end, name
    return stop.end(), text[start:stop.end()]


def _with_postal_codes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A town followed by a comma and its state's postal code is one name ("Springfield, IL",
    "Kingston, ON"): the code, which the tagger leaves apart or calls an organisation, says which
    town it is."""
    from newsfold.places import postal_code_end

    out: list[Mention] = []
    swallowed: set[int] = set()
    for m in mentions:
        end = postal_code_end(text, m.span.end) if m.label in {"GPE", "LOC"} else None
        if end is not None:
            swallowed |= {i for i, other in enumerate(mentions) if m.span.end <= other.span.start < end}
            m = Mention(Span(m.span.article_id, m.span.start, end, text[m.span.start:end]), m.label, m.sentence)
        out.append(m)
    return [m for i, m in enumerate(out) if i not in swallowed]


def _trim_entity(start: int, end: int, text: str) -> tuple[int, int, str]:
    """Drop a leading "the" and a trailing possessive so that surface forms compare well."""
    for lead in _LEADING:
        if text.startswith(lead) and len(text) > len(lead):
            start += len(lead)
            text = text[len(lead):]
    for trail in _TRAILING:
        if text.endswith(trail) and len(text) > len(trail):
            end -= len(trail)
            text = text[: -len(trail)]
    ticker = _TRAILING_TICKER.search(text)
    if ticker and ticker.start() > 0:
        end -= len(text) - ticker.start()
        text = text[: ticker.start()]
    score = _TRAILING_SCORE.search(text)
    if score and score.start() > 0:
        end -= len(text) - score.start()
        text = text[: score.start()]
    stripped = text.strip(" \n\t\"“”‘’.,;:()")
    if stripped != text:
        offset = text.find(stripped)
        start += offset
        end = start + len(stripped)
        text = stripped
    return start, end, text


#: A stock ticker after a company's name, as wire copy gives it: "Kate Spade & Co KATE.N",
#: "Kering SA (PRTP.PA)" (not "U.S." nor "St. Louis").
_TRAILING_TICKER = re.compile(r"(?:\s+[(<]?|\s*[(<])[A-Z0-9]{2,6}\.(?:N|O|OQ|L|PA|DE|F|T|HK|AX|KS|KQ|TO|V|SS|SZ|BO|NS|MC|MI|AS|"
                              r"BR|SW|S|ST|CO|OL|HE|VI|LS|IR|SA|MX|SI|TW|JK|BK|KL|TA|IS|WA|JO|NZ|CA|Z)[)>]?$")
#: A match score the model swept into a name: "Kumasi Royal Eagles 2-1" (not "Apollo 11").
_TRAILING_SCORE = re.compile(r"\s+\d{1,2}\s*[-–:]\s*\d{1,2}$")  # not "Boeing 737-800"
