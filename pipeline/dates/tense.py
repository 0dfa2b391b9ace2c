"""Which way in time a date's sentence points: past (-1), future (+1) or neither (0).

A year-less date takes its side of the article's date from this: "le
3 décembre" in "a été signé le 3 décembre" is the last 3 December, in
"sera signé le 3 décembre" the next one. Over plain text
(:class:`TextTense`) the verb form nearest the date decides; over a parsed
Doc (:func:`doc_tense`) the verb governing the date does. Verbs that set a
date for something to come ("a annoncé des élections le 3 novembre") say
nothing of its side in the past tense, and put it ahead in the present
passive ("est prévu le 2 février").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.dates.vocab import DateVocab, alternation, fold
from pipeline.morph import features

#: Verb forms that put a sentence in the future ("se tiendra", "va signer"),
#: by their stems so that "Ankara" or "Sahara" are not futures.
_FUTURE = (r"\w*(?:er|ir|dr|tr|vr|ur|rr)(?:a|ont)|va|vont|devrait|devraient|doit|doivent"
           r"|prévue?s?|prochainement")
#: Conditionals: those of "être"/"avoir" report a past as hearsay or a
#: hypothesis ("aurait signé") and tell nothing; the others look ahead
#: ("pourrait se tenir en avril", "signerait"), prefixed ones too
#: ("interviendrait", "maintiendrait").
_CONDITIONAL = (r"(?:aur|ser)ai(?:en)?t|(?:pourr|devr|faudr|voudr|fer|ir|\w*viendr|\w*tiendr|saur|verr)ai(?:en)?t"
                r"|\w+erai(?:en)?t")
_CONDITIONAL_FORM = re.compile(_CONDITIONAL, re.IGNORECASE)
#: Simple past tenses: imperfect ("tenait", "signaient") and the plural
#: passé simple ("signèrent", "prirent", "reçurent").
_SIMPLE_PAST = r"\w{2,}(?:ait|aient)|\w+(?:èrent|irent|urent)"
#: What an auxiliary may not be followed by to open a compound past: "a lieu",
#: "ont un rendez-vous", "est la date" are presents of "avoir lieu", of
#: possession and of the copula.
_NOT_COMPOUND = r"(?!\s+(?:(?:lieu|un|une|des|le|la|les|du|au|aux)\b|l['’]))"
#: Punctuation closing a clause.
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
#: How far (characters) a verb form may lie from the date, within its sentence.
_REACH = 80
#: Dependency labels of auxiliaries in French UD.
_AUX_TENSE, _AUX_PASS = "aux:tense", "aux:pass"


class TextTense:
    """Tense cues over plain text: the verb form nearest the date decides.

    Example:
        >>> tense = TextTense(DateVocab.load())
        >>> text = "Le sommet se tiendra en février."
        >>> tense(text, text.index("février"), len(text) - 1)
        1
    """

    def __init__(self, vocab: DateVocab) -> None:
        past = alternation(vocab.words("past_auxiliaries"))
        planning = alternation(vocab.planning_verbs.values())
        self._exceptions = vocab.not_imperfect
        # One alternation, one named group per direction ("prévu" is read
        # as a future first: "est prévu le 2 février").
        self._cues = re.compile(
            rf"\b(?:(?P<future>{_FUTURE})|(?P<plan>{planning}[es]{{0,2}})|(?P<past>{past}){_NOT_COMPOUND}"
            rf"|(?P<cond>{_CONDITIONAL})|(?P<simple>{_SIMPLE_PAST}))\b", re.IGNORECASE)

    def __call__(self, text: str, start: int, end: int) -> int:
        """Direction of the cue nearest ``text[start:end]`` in its sentence (0 without one)."""
        left = max(text.rfind(".", 0, start), start - _REACH, 0)
        right = text.find(".", end)
        right = min(end + _REACH, right if right >= 0 else len(text))
        # A date opening its sentence ("Le 3 mars, le président a signé") is
        # the main verb's, beyond the comma; elsewhere a verb beyond a comma is
        # another clause's ("avant de quitter ses fonctions le 30 octobre, le
        # général l'a rappelé").
        fronted = len(text[left:start].split()) <= 2
        best: tuple[int, int] | None = None
        for cue in self._cues.finditer(text, left, right):
            if start <= cue.start() < end:
                continue
            kind = cue.lastgroup or ""
            if kind == "simple" and fold(cue.group()) in self._exceptions:
                continue
            between = text[cue.end() : start] if cue.end() <= start else text[end : cue.start()]
            if not fronted and _CLAUSE_BREAK.search(between):
                continue
            gap = len(between)
            direction = {"plan": 0, "future": 1}.get(kind, -1)
            if kind == "cond":
                direction = 0 if cue.group().lower().startswith(("aur", "ser")) else 1
            # A planning participle right after an auxiliary belongs to it.
            if best is None or gap < best[0] or (kind == "plan" and gap <= best[0] + 4):
                best = (gap, direction)
        return best[1] if best else 0


def doc_tense(doc: Doc, start: int, end: int, vocab: DateVocab) -> int | None:
    """Direction of the verb governing the characters ``start:end`` of a parsed Doc.

    The date's head climbs to the verb it modifies; a date that qualifies a
    noun ("les élections du 3 novembre") gets 0, and so does one whose verb
    has no tense of its own. None when the Doc has no parse there.

    Example:
        >>> # "Le sommet se tenait en décembre" → -1 (imperfect of "tenait")
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return None
    verb = _governor(span.root, vocab.prepositional_verbs)
    if verb is None:
        return None
    if _invited_occasion(verb, span, vocab):
        return 1
    # A date before a verb that sets a date ("Fin décembre, l'armée avait
    # organisé des exercices") is the day of the act itself, not of the thing set.
    return verb_tense(verb, vocab, plans=span.start > verb.i)


def _invited_occasion(verb: Token, span: Span, vocab: DateVocab) -> bool:
    """True for the date of the occasion an invitation asks to, after the verb.

    "a invité M. Okafor à Genève en juin": June is the visit's, which lies
    ahead; a date before the guest ("a invité jeudi X"), "avait invité" (a past invitation) and a fronted date ("En mai, X
    a invité Y", the invitation's own day) are left to the verb's tense.
    """
    if fold(verb.lemma_) not in vocab.inviting_verbs or span.start < verb.i:
        return False
    # "a invité jeudi son homologue": a date before the guest is the invitation's own day.
    if not any(c.dep_ in ("obj", "iobj") and verb.i < c.i < span.start for c in verb.children):
        return False
    return not any("Imp" in features(c, "Tense") for c in verb.children if c.dep_ == _AUX_TENSE)


def _governor(token: Token, prepositions: frozenset[str] = frozenset()) -> Token | None:
    """The verb a date modifies; None for a verbless sentence, the date itself for a noun modifier.

    An infinitive of ``prepositions`` ("à compter de jeudi") is passed over:
    the verb it hangs on tells the date's side.
    """
    for _ in range(6):
        if token.pos_ == "VERB" and token.dep_ not in ("fixed", "flat") and not _prepositional(token, prepositions):
            return token
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in ("NOUN", "PROPN") and token.dep_ == "nmod" and _has_de(token):
            return token  # "le sommet de juin": no verb speaks for the date
        token = head
    return None


def _prepositional(verb: Token, prepositions: frozenset[str]) -> bool:
    """True for "compter" in "à compter de jeudi": an infinitive after "à" that acts as a preposition."""
    return fold(verb.lemma_) in prepositions and any(c.lower_ == "à" for c in verb.children if c.dep_ in ("mark", "case"))


def _has_de(token: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in ("de", "du", "d'", "d’", "des") for c in token.children)


def verb_tense(verb: Token, vocab: DateVocab, plans: bool = True) -> int:
    """-1, 0 or +1 for a verb from its form, its auxiliaries and, for an infinitive, its governor.

    Args:
        verb: The verb governing the date.
        vocab: Holds the planning verbs.
        plans: False when the date is the act's own, so that a planning verb
            ("annoncer", "organiser") counts as any other.

    Example:
        >>> # "a signé" → -1, "signera" → +1, "est prévu" → +1, "va signer" → +1
    """
    if verb.pos_ != "VERB":
        return 0
    lemma = fold(verb.lemma_)
    planning = plans and lemma in vocab.planning_verbs
    auxes = {c.dep_: c for c in verb.children if c.dep_ in (_AUX_TENSE, _AUX_PASS)}
    form = auxes.get(_AUX_TENSE) or auxes.get(_AUX_PASS)
    if form is not None:
        tense = features(form, "Tense")
        if "Fut" in tense:
            return 1
        if _AUX_TENSE in auxes or "Imp" in tense or "Past" in tense:
            return 0 if planning else -1
        if lemma in vocab.etre_verbs and not _impersonal(verb):
            return -1  # no passive of "convenir": "sont convenus vendredi" is a passé composé
        return 1 if planning else 0  # present passive: "est prévu le 2 février"
    if "Inf" in features(verb, "VerbForm"):
        return _infinitive_tense(verb, vocab)
    tense = features(verb, "Tense")
    if "Fut" in tense:
        return 1
    if "Imp" in tense and _CONDITIONAL_FORM.fullmatch(verb.text):
        # The parser reads "se tiendrait" as an imperfect: a conditional looks
        # ahead, save those of "être"/"avoir", which report hearsay.
        return 0 if verb.text.lower().startswith(("aur", "ser")) else 1
    if "Past" in tense and "Part" in features(verb, "VerbForm"):
        return 1 if lemma == "prevoir" else 0 if planning else -1  # "l'accord signé en mars"
    if "Imp" in tense or "Past" in tense:
        return 0 if planning else -1
    return 0


def _impersonal(verb: Token) -> bool:
    """True for an impersonal "il est convenu que/de …", which settles what is to come."""
    return any(c.dep_ in ("expl:subj", "expl", "nsubj", "nsubj:pass") and c.text.lower() == "il" for c in verb.children)


def _infinitive_tense(verb: Token, vocab: DateVocab) -> int:
    """"va signer", "doit se rendre", "devrait voter" → +1; "a pu signer" → -1."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return 0
    governed = verb_tense(head, vocab) if head.pos_ == "VERB" else 0
    if fold(head.lemma_) in vocab.future_governors:
        return 1 if governed >= 0 else 0
    return governed
