"""Present-tense verb forms the tagger misreads: noun lemmas and false futures.

Background paragraphs tell past events in the present ("En août 2024, Le
Caire signe un protocole avec Mogadiscio"). The tagger often gives such a
verb the lemma of the look-alike noun ("signe", "livre") or tags a plain
present as a future ("accueille" with ``Tense=Fut``). Both readings are
spelling facts of French, checked here from the word itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.morph import features

#: Endings of every infinitive ("signer", "choisir", "rendre", "recevoir").
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")

#: Endings of every simple future: the "r" of the stem and the personal ending.
FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")


def misread_verb(token: Token) -> bool:
    """True for a finite verb whose lemma is no infinitive ("signe" for "signe").

    Example:
        >>> # "Le Caire signe un protocole": VERB "signe", lemma "signe" → True
    """
    if token.pos_ != "VERB" or "Fin" not in features(token, "VerbForm"):
        return False
    return no_infinitive(token.lemma_.lower(), token.lower_)


def no_infinitive(lemma: str, lower: str) -> bool:
    """True if ``lemma`` cannot be the infinitive of the finite form ``lower``.

    No finite form is spelt as its infinitive ("livre" is no lemma of "livre").

    Example:
        >>> no_infinitive("livre", "livre"), no_infinitive("signe", "signent"), no_infinitive("livrer", "livre")
        (True, True, False)
    """
    return lemma == lower or not lemma.endswith(INFINITIVE_ENDINGS)


def future_spelling(text: str) -> bool:
    """True if a finite verb form can be a simple future, from its ending.

    Every French future ends in "-rai, -ras, -ra, -rons, -rez, -ront"
    ("signera", "sera", "ira"); "accueille" or "signe" cannot be one,
    whatever the tagger says.

    Example:
        >>> future_spelling("accueillera"), future_spelling("accueille")
        (True, False)
    """
    return text.lower().endswith(FUTURE_ENDINGS)
