"""Participles cut off from their auxiliary by an aside: "a de son côté déployé".

French slips a stance phrase between the auxiliary and the participle:
"L'armée a de son côté déployé des chars", "Quito a, pour sa part, expulsé
deux diplomates", "Les Philippines ont de leur côté démenti". The parser
then reads "de son côté" as the object or root and hangs the participle on
it as a modifier ("côté" ← acl "déployé"), so the verb loses its subject
and its objects and every rule that starts from a verb misses the event.

:func:`mend_asides` puts the participle back at the head of its clause
(subject, auxiliary, aside and objects hang on it again) before the
events are read. The aside phrases are the cue class ``aside_phrases``
("de côté", "pour part": a preposition and a noun, with a possessive
determiner between them).
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from pipeline.doc_context import DocContext
from pipeline.events.subjects import is_past_participle

#: Auxiliaries a compound tense is built with.
_AUXILIARIES = frozenset({"avoir", "être"})
#: Dependencies a noun phrase after the participle wrongly takes under the aside noun.
_OBJECT_DEPS = frozenset({"appos", "nmod", "obj"})


def mend_asides(doc: Doc, asides: frozenset[str]) -> int:
    """Re-attach every participle an aside separates from its auxiliary.

    Args:
        doc: A parsed Doc (its heads are changed in place).
        asides: "preposition noun" pairs such as "de côté", "pour part".

    Returns:
        How many clauses were mended.

    Example:
        >>> # "Lima a de son côté déployé des troupes." → déployé ROOT,
        >>> #   Lima nsubj → déployé, troupes obj → déployé
    """
    if not _has_aside_noun(doc, asides):
        return 0  # the common case: no "côté", no "part" in the Doc
    mended = 0
    # Mending changes heads and labels only: the words, tags and lemmas read stay true.
    context = DocContext(doc)
    for sentence in doc.sents:
        for auxiliary, noun, participle in list(_aside_clauses(sentence, asides, context)):
            _mend(auxiliary, noun, participle)
            mended += 1
    return mended


def _has_aside_noun(doc: Doc, asides: frozenset[str]) -> bool:
    """True if some lemma of ``doc`` may close an aside ("côté" of "de côté").

    Read from the lemma column, one string per distinct lemma, without a Token
    per word: most Docs have no aside and leave :func:`mend_asides` here.
    """
    # Any tail after a space of a phrase: the noun of "de côté" is "côté".
    nouns = {phrase[i + 1 :] for phrase in asides for i, char in enumerate(phrase) if char == " "}
    strings = doc.vocab.strings
    return any(strings[lemma].lower() in nouns for lemma in set(doc.to_array(LEMMA).tolist()))


def _aside_clauses(
    sentence: Span, asides: frozenset[str], context: DocContext
) -> list[tuple[Token, Token, Token]]:
    """(auxiliary, aside noun, participle) of each "a de son côté V-é" in a sentence.

    Words are read from the Doc's columns; Tokens are made for the few
    five-word windows that fit, whose heads may have been mended already.

    Example:
        >>> # "Quito a, pour sa part, expulsé deux diplomates" → (a, part, expulsé)
    """
    pos_, lemmas, texts = context.pos_, context.lemmas, context.texts
    # "a, de son côté, déployé": commas are optional
    words = [i for i in range(sentence.start, sentence.end) if pos_[i] != "PUNCT"]
    doc = sentence.doc
    found = []
    for k in range(len(words) - 4):
        auxiliary, preposition, possessive, noun, participle = words[k : k + 5]
        if (
            lemmas[auxiliary] in _AUXILIARIES
            and f"{texts[preposition].lower()} {lemmas[noun]}" in asides
            and "Yes" in context.feature(possessive, "Poss")
            and pos_[participle] == "VERB"
            and is_past_participle(doc[participle])
            and doc[auxiliary].head.i != participle  # parsed right: nothing to mend
        ):
            found.append((doc[auxiliary], doc[noun], doc[participle]))
    return found


def _mend(auxiliary: Token, noun: Token, participle: Token) -> None:
    """Make ``participle`` the head of the clause the aside broke.

    The clause's old head is the auxiliary, the aside noun, or a later verb
    the auxiliary was hung on ("a de son côté prévenu que X recevrait": the
    parser makes "recevrait" the head); that verb becomes the participle's
    complement.
    """
    broken = {auxiliary.i, noun.i}
    later = auxiliary.head if auxiliary.head.i > participle.i else None
    top = later or (noun if noun.head.i not in broken or noun.head.i == noun.i else auxiliary)
    governors = broken | {top.i}
    movers = [
        t
        for t in participle.sent
        if t.head.i in governors and t.i not in (participle.i, noun.i, auxiliary.i, top.i)
        and not (t.head.i == noun.i and auxiliary.i < t.i < noun.i)  # "de son" stay on "côté"
        and not (later is not None and t.head.i == later.i and t.i > participle.i)  # the later verb keeps its own
    ]
    # "L'armée a de son côté déployé" may come out as "armée" (root) ← nmod "côté":
    # that noun before the auxiliary is the subject, and the participle takes its place.
    subject = top.head if top.head.i < auxiliary.i and top.head.pos_ in ("NOUN", "PROPN") else None
    # Heads move only after the movers are known: re-rooting may re-cut the sentence meanwhile.
    if subject is not None:
        anchor, dep = (participle, "ROOT") if subject.head.i == subject.i else (subject.head, subject.dep_)
        participle.head, participle.dep_ = anchor, dep
        subject.head, subject.dep_ = participle, "nsubj"
    elif top.head.i == top.i:
        participle.head, participle.dep_ = participle, "ROOT"
    elif top.head.i not in broken:
        participle.head, participle.dep_ = top.head, top.dep_
    for token in movers:
        token.head = participle
        if token.i > participle.i and token.dep_ in _OBJECT_DEPS:
            token.dep_ = "obj"  # "expulsé [de son côté] trois diplomates": the object, not a modifier of "côté"
    if later is not None:
        later.head, later.dep_ = participle, "ccomp"
    auxiliary.head, auxiliary.dep_ = participle, "aux:tense"
    noun.head, noun.dep_ = participle, "obl:mod"
