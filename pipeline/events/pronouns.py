"""Pronouns that stand for actors: "il", "elle", "ils", "celle-ci", object clitics.

The nearest earlier phrase that agrees in number and gender wins, subjects
first; a pronoun is never one of the other arguments of its own clause
(:mod:`pipeline.events.binding`), and "ils" with no plural antecedent is the
two parties just named together.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.events.arguments import ActorIndex, Party, collapse, genitive_or_bare, parties_at
from pipeline.events.binding import clause_subject, in_controlled_clause
from pipeline.morph import features

#: Third-person pronouns and what they agree with: (number, gender), "" = either.
PRONOUNS: dict[str, tuple[str, str]] = {
    "il": ("Sing", "Masc"), "elle": ("Sing", "Fem"), "ils": ("Plur", ""), "elles": ("Plur", "Fem"),
    "lui": ("Sing", "Masc"), "eux": ("Plur", ""), "celui-ci": ("Sing", "Masc"),
    "celle-ci": ("Sing", "Fem"), "ceux-ci": ("Plur", ""), "celles-ci": ("Plur", "Fem"),
}
#: Object clitics, pronouns only as objects ("qui l'a invité", "il les a reçus"),
#: since the same words are articles elsewhere.
CLITICS: dict[str, tuple[str, str]] = {
    "l'": ("Sing", ""), "l’": ("Sing", ""), "le": ("Sing", "Masc"), "la": ("Sing", "Fem"),
    "les": ("Plur", ""), "leur": ("Plur", ""),
}


def pronoun_features(token: Token) -> tuple[str, str] | None:
    """(number, gender) of a third-person pronoun that may stand for an actor, else None.

    Example:
        >>> # "elle" → ("Sing", "Fem"); "l'" in "qui l'a invité" → ("Sing", ""); "la Chine" → None
    """
    if token.lower_ in PRONOUNS:
        return PRONOUNS[token.lower_]
    inverted = token.lower_.removeprefix("-")
    if inverted in ("il", "elle", "ils", "elles"):
        # The inverted subject of a quote's attribution: "a-t-il assuré".
        return PRONOUNS[inverted]
    if token.pos_ == "PRON" and token.dep_ in ("obj", "iobj") and token.lower_ in CLITICS:
        return CLITICS[token.lower_]
    return None


#: Subject pronouns that carry a person on to the next sentence ("Il … Il avait alors…").
_CHAINED = frozenset({"il", "elle"})
#: Punctuation that may open a written sentence (a quotation, a dash of dialogue).
_OPENING_MARKS = frozenset({"«", '"', "“", "—", "–", "-", "("})

#: Parts of speech that never head an actor phrase, even inside an actor span.
_FUNCTION_POS = frozenset({"PUNCT", "ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART"})
#: Dependencies that mark a plural phrase on a head the tagger leaves singular
#: ("les Houthis", "aux Talibans", "des pays").
_PLURAL_MARKS = frozenset({"det", "case"})

_NP_CLIMB = frozenset({"nmod", "conj", "amod", "flat", "flat:name", "appos"})


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase ``token`` belongs to ("pays" for "Caucase" in
    "des pays d'Asie centrale et du Caucase")."""
    while token.dep_ in _NP_CLIMB and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        if token.dep_ == "nmod" and not genitive_or_bare(token):
            break  # "des sanctions contre la Syrie": the Syria phrase stands on its own
        token = token.head
    return token


def _coordinated_noun(child: Token) -> bool:
    """True for a noun joined by "et"/"ou" ("la Chine et l'Inde"), not an apposition
    the parser labelled ``conj`` ("la présidente, Salomé Zourabichvili")."""
    return (
        child.dep_ == "conj"
        and child.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "cc" for c in child.children)
    )


def _gender(head: Token, span: Span | None) -> str:
    """Grammatical gender of a candidate phrase, "" when unknown.

    The tagger's gender on a person's name is a guess ("Salomé" comes out
    masculine): a person's gender is read from their title in the mention
    ("la présidente sortante, Salomé Zourabichvili"), else left unknown.
    """
    if head.pos_ != "PROPN" or span is None or span._.actor_kind != "person":
        return "".join(features(head, "Gender"))
    titles = [t for t in span if t.pos_ == "NOUN"]
    return "".join(features(titles[0], "Gender")) if titles else ""


def _number(head: Token, span: Span | None) -> str:
    """Grammatical number of a candidate phrase head, "" when unknown.

    The determiner outranks the tagger on a name or an invariable noun ("aux
    Houthis", "des pays" are plural though tagged singular), and one named
    person is singular.

    Example:
        >>> # "les Talibans" → "Plur"; "Abbas Araghchi" → "Sing"; "Kaboul" → ""
    """
    if any(c.dep_ in _PLURAL_MARKS and "Plur" in features(c, "Number") for c in head.children):
        return "Plur"
    number = "".join(features(head, "Number"))
    if not number and span is not None and span._.actor_kind == "person":
        return "Sing"
    return number


def _agrees(head: Token, number: str, gender: str, index: ActorIndex) -> bool:
    """Number and gender agreement between a pronoun and a candidate phrase head."""
    span = index.span_at(head)
    plural = (span is not None and span._.actor_kind == "members") or any(
        _coordinated_noun(c) for c in head.children
    )
    head_number = "Plur" if plural else _number(head, span)
    head_gender = _gender(head, span)
    if number and head_number and head_number != number:
        return False
    return not (gender and head_gender and not plural and head_gender != gender)


def resolve_pronoun(pronoun: Token, index: ActorIndex, stop: frozenset[int] = frozenset()) -> list[Party]:
    """The actors a subject or object pronoun stands for, looking back one sentence.

    The nearest earlier phrase that agrees in number and gender wins; a
    document ("le rapport … Il souligne") blocks the search.

    Example:
        >>> # "… des sanctions contre la Russie, le Japon maintient des contacts avec
        >>> #   celle-ci" → [Russie]
    """
    number, gender = pronoun_features(pronoun) or ("", "")
    demonstrative = pronoun.lower_.endswith("-ci")
    candidates: list[Token] = []
    for head in _earlier_phrases(pronoun, index):
        if head.lemma_.lower() in index.document_nouns:
            if head.dep_.startswith("nsubj") and _agrees(head, number, gender, index):
                return []
            continue
        if _agrees(head, number, gender, index) and not in_controlled_clause(head, pronoun):
            candidates.append(head)
    candidates = _disjoint_from_subject(pronoun, candidates, index, stop)
    if not candidates and number == "Plur" and pronoun.dep_ in ("nsubj", "nsubj:pass"):
        return _split_antecedent(pronoun, index, stop)
    if not candidates:
        return []
    if pronoun.lower_.startswith("-"):
        # "« Le Yémen décide seul », a-t-il assuré": the speaker is not in his quote.
        start = _written_start(pronoun)
        candidates = [c for c in candidates if c.i < start]
        if not candidates:
            return []
    # The pronoun's own sentence first, then the sentence before.
    here = [c for c in candidates if c.sent.start == pronoun.sent.start]
    subjects = [c for c in (here or candidates) if c.dep_.startswith("nsubj")]
    if not here and pronoun.dep_.startswith("nsubj"):
        # A subject "il" opening a sentence goes on with the main clause of the
        # sentence before, not a subject nested in its "que …", "tant que …" or quote.
        subjects = [c for c in subjects if main_clause_subject(c)] or subjects
    candidates = here or candidates
    if demonstrative:
        # "celle-ci" is the latter: the nearest phrase that is not a subject.
        others = [c for c in candidates if c not in subjects]
        chosen = (others or candidates)[0]
    else:
        # "il", "elle", "ils": the nearest subject first (salience), else the nearest phrase.
        chosen = (subjects or candidates)[0]
    return parties_at(chosen, index, stop)


#: Dependencies by which a clause stays in the main line of its sentence: a verb
#: coordinated with the main one, or the attribution of a quote ("…, a-t-il dit").
_MAIN_LINE = frozenset({"conj", "parataxis"})
_QUOTE_MARKS = {"«": 1, "“": 1, "»": -1, "”": -1}


def main_clause_subject(subject: Token) -> bool:
    """True if ``subject`` is the subject of its sentence's main clause, outside quotes.

    Example:
        >>> # "Katz a rejeté ces critiques tant que le Hezbollah ne serait pas désarmé."
        >>> # → True for "Katz", False for "Hezbollah"
    """
    verb = subject.head
    while verb.dep_ in _MAIN_LINE and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" and not _quoted(subject)


def _quoted(token: Token) -> bool:
    """True if ``token`` lies between French quotation marks opened in its sentence."""
    doc = token.doc
    depth = sum(_QUOTE_MARKS.get(doc[i].text, 0) for i in range(token.sent.start, token.i))
    return depth > 0


def _split_antecedent(pronoun: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """"Ils" for two singular parties just named together: the subject and the nearest other.

    "Le président français a reçu le chancelier allemand. Ils ont signé un
    accord." → France and Germany.

    Example:
        >>> # "Ils" → [France, Allemagne]
    """
    heads = [h for h in _earlier_phrases(pronoun, index) if h.lemma_.lower() not in index.document_nouns]
    if not heads:
        return []
    sentence = heads[0].sent.start
    heads = [h for h in heads if h.sent.start == sentence]
    subjects = [h for h in heads if h.dep_.startswith("nsubj")]
    if not subjects:
        return []
    first = parties_at(subjects[0], index, stop)
    keys = {p.key for p in first}
    for head in heads:
        others = [p for p in parties_at(head, index, stop) if p.key not in keys]
        if head is not subjects[0] and others:
            return collapse(first + others[:1])
    return []


def _disjoint_from_subject(
    pronoun: Token, candidates: list[Token], index: ActorIndex, stop: frozenset[int]
) -> list[Token]:
    """Drop the candidates that are the subject of the pronoun's own verb.

    "il a signé avec lui": "lui" is not whoever "il" is.
    """
    subject = clause_subject(pronoun)
    if subject is None:
        return candidates
    taken = {p.key for p in parties_at(subject, index, stop)}
    if not taken:
        return candidates
    kept = []
    for candidate in candidates:
        keys = {p.key for p in parties_at(candidate, index, stop)}
        if not keys or not keys <= taken:
            kept.append(candidate)
    return kept


def _written_start(token: Token) -> int:
    """Index after the last full stop before ``token`` in its parsed sentence.

    The parser may join a sentence to the quote after it; the stop still parts them.

    Example:
        >>> # "X a démenti. « Le Liban décide », a-t-il dit." → the index of "«"
    """
    doc = token.doc
    for i in range(token.i - 1, token.sent.start - 1, -1):
        if doc[i].text in (".", "!", "?"):
            return i + 1
    return token.sent.start


def text_sentence_start(doc: Doc, i: int) -> int:
    """Start of the written sentence holding token ``i`` (0 when ``i`` < 0).

    The parser sometimes cuts a sentence into pieces ("… à Niamey" / "pour
    s'entretenir avec …" / "."): a piece that opens with a lower-case word or
    with punctuation continues the sentence before it.

    Example:
        >>> # pieces "Il était à Niamey" | "pour s'entretenir avec X" | "." → all one sentence
    """
    if i < 0:
        return 0
    start = doc[i].sent.start
    while start > 0 and _continues(doc[start]):
        start = doc[start - 1].sent.start
    return start


def _continues(first: Token) -> bool:
    """True if a parser sentence opening with ``first`` goes on the sentence before."""
    opening = first.text[:1]
    if opening.isalnum():
        return opening.islower()
    return first.text not in _OPENING_MARKS


def _earlier_phrases(pronoun: Token, index: ActorIndex) -> list[Token]:
    """Heads of earlier actor phrases and document subjects, nearest first, within one sentence back."""
    doc = pronoun.doc
    first = text_sentence_start(doc, text_sentence_start(doc, pronoun.sent.start) - 1)
    heads: list[Token] = []
    seen: set[int] = set()
    for i in range(pronoun.i - 1, first - 1, -1):
        token = doc[i]
        if token.dep_.startswith("nsubj") and token.lemma_.lower() in index.document_nouns:
            heads.append(token)
            continue
        if token.dep_.startswith("nsubj") and token.lower_ in _CHAINED and token.i not in seen:
            # "Il était à Niamey. Il avait alors plaidé…": the earlier "il" stands
            # for its own antecedent, and is the subject the second one continues.
            seen.add(token.i)
            heads.append(token)
            continue
        span = index.span_at(token)
        if span is None:
            continue
        # A comma or "des" inside "le ministre des Affaires étrangères, X" heads
        # nothing: it stands for its mention's own head ("la position des pays
        # d'Asie centrale": "pays", not "position").
        head = span.root if token.pos_ in _FUNCTION_POS else _phrase_head(token)
        if head.i not in seen and head.i != pronoun.i:
            seen.add(head.i)
            heads.append(head)
    return heads
