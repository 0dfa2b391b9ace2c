"""Subjects of event verbs, including the ones the French parse loses.

Control ("se prépare à accueillir", "exhorter Pékin à livrer"), shared
subjects of coordinated verbs, relative pronouns, participles, names the
parser left apart before the verb, and coordinated subjects split by
appositions ("X, et son homologue Y, se sont rencontrés").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.arguments import (
    ActorIndex,
    Party,
    case_of,
    collapse,
    names_ending_at,
    parties_at,
)
from pipeline.events.clauses import coordinated_head
from pipeline.events.fronted import fronted_subject
from pipeline.morph import features

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
#: Modal and future auxiliaries whose "il"/"elle" the parser reads as impersonal
#: ("Il doit recevoir X": grammar, not vocabulary).
_MODAL_VERBS = frozenset({"devoir", "pouvoir", "aller", "vouloir"})
_RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
#: Where a present participle's head noun is its subject ("un sommet réunissant X").
_PARTICIPLE_DEPS = frozenset({"acl"})
#: Labels that climb from a noun of a verb's object or oblique phrase up to that verb.
_COMPLEMENT_LINKS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "appos", "flat:name", "conj"})


def subject_of(verb: Token) -> tuple[Token | None, str]:
    """The token heading the verb's subject, and how it was found.

    Follows control ("se prépare à accueillir"), shared subjects of
    coordinated verbs, relative pronouns ("le Japon, qui accueille") and
    active participles ("un sommet réunissant").

    Example:
        >>> # "Le Japon se prépare à accueillir" → ("Japon", "control") for "accueillir"
    """
    # The subject nearest the verb: a fronted phrase is sometimes parsed as a second
    # subject, and a subject is sometimes hung on the auxiliary ("Séoul a … promis").
    context = context_of(verb.doc)
    nearest = _nearest_subject(verb.i, context)
    orphan = _orphan_subject(verb, context)
    if nearest is not None and orphan is not None and nearest < orphan.i < verb.i:
        # The name right before the verb beats a subject the parser found further left.
        return orphan, "direct"
    if nearest is not None:
        child = verb.doc[nearest]
        if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "acl:relcl":
            return verb.head, "relative"
        return child, "direct"
    if verb.dep_ == "acl:relcl":
        return None, ""
    # ``orphan`` was read above: no subject was found, so it is still to be tried.
    orphan = orphan or _subject_before_relative(verb, context)
    if orphan is not None:
        return orphan, "direct"
    controller = _object_controller(verb) if verb.dep_ in ("xcomp", "acl") else None
    if controller is not None:
        # "exhorter Pékin à livrer", "accuser Moscou et Minsk de conduire…".
        return controller, "control"
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        subject, _ = subject_of(verb.head)
        return subject, "control"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subject, _ = subject_of(coordinated_head(verb))
        return subject, "shared"
    host = _participle_on_object(verb)
    if host is not None:
        # "X a remis une note à Y et exigé que …": "exigé" shares "a remis" and its subject.
        subject, _ = subject_of(host)
        return subject, "shared"
    commented = commented_clause(verb)
    if commented is not None:
        # "X a écrit au président Y, accusant Z de …": X accuses, not Y.
        subject, _ = subject_of(commented)
        if subject is not None:
            return subject, "control"
    head = _copular_host(verb)
    if head is not None:
        # "il était à Accra pour s'entretenir avec X": the one who was there acts
        # (the parser hangs that subject on the place or on the copula).
        subject = _copular_subject(head)
        if subject is not None:
            return subject, "control"
    if verb.dep_ in _PARTICIPLE_DEPS and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, "participle"
    if _is_gerund(verb):
        # "En réunissant les dirigeants…, Tokyo cherche…": the main subject acts.
        if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
            subject, _ = subject_of(verb.head)
            return subject, "control"
        return _main_subject(verb), "control"
    if _is_adjunct_nonfinite(verb):
        # "Reçu mardi par X, il a signé", "X doit retrouver Y pour signer un accord",
        # "Après avoir rencontré Y, X a déclaré": the main clause's subject.
        subject, _ = subject_of(verb.head)
        return subject, "control"
    if _is_detached_participle(verb):
        # "L'UE a imposé des surtaxes, accusant Pékin de…": the main subject acts.
        subject, _ = subject_of(verb.head)
        if subject is None and verb.head.dep_ == "xcomp":
            subject, _ = subject_of(verb.head.head)
        if subject is not None:
            return subject, "control"
    if _is_present_participle(verb):
        # "une stratégie du Japon visant à élargir…" parsed as a clause modifier:
        # the participle describes the noun phrase just before it.
        return preceding_noun_phrase(verb), "participle"
    fronted = fronted_subject(verb)
    if fronted is not None:
        # "PARIS (AFP) - Les ministres … ont signé", the subject parsed as a modifier.
        return fronted, "direct"
    return None, ""


def _nearest_subject(verb: int, context: DocContext) -> int | None:
    """The subject of verb ``verb`` nearest to it, hung on the verb or on its auxiliaries.

    Of two at the same distance, the verb's own child wins, then the
    earlier one (read from the Doc's columns, without Tokens).

    Example:
        >>> # "Séoul a … promis": "Séoul" hung on "a" → its index, for "promis"
    """
    deps, children = context.deps, context.children
    candidates = list(children[verb])
    candidates += [g for a in children[verb] if deps[a].startswith("aux") for g in children[a]]
    subjects = [c for c in candidates if deps[c] in _SUBJECTS or _personal_expletive(c, context)]
    # min() keeps the first of equals, as a stable sort's first element would.
    return min(subjects, key=lambda c: abs(verb - c)) if subjects else None


def _personal_expletive(i: int, context: DocContext) -> bool:
    """True for "Il doit recevoir X" with "Il" (token ``i``) parsed as an impersonal subject.

    A modal with an infinitive complement and no "y" ("il doit y avoir") has a
    personal subject.
    """
    if context.deps[i] != "expl:subj" or context.lowers[i] not in ("il", "elle"):
        return False
    head = context.heads[i]
    return (
        context.lemmas[head] in _MODAL_VERBS
        and any(
            context.deps[c] == "xcomp" and "Inf" in context.feature(c, "VerbForm")
            for c in context.children[head]
        )
        and not any(t.lower_ == "y" for t in context.doc[head].subtree)
    )


def _copular_host(verb: Token) -> Token | None:
    """The copular clause an infinitive of purpose belongs to ("il était à Rome pour négocier").

    The parser hangs the infinitive on the place, or cuts the sentence before
    "pour"; the host is then the root of the piece just before it.
    """
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "pour"), None)
    if "Inf" not in features(verb, "VerbForm") or mark is None:
        return None
    head = verb.head
    if head.i == verb.i and mark.i > verb.sent.start:
        return None  # a root inside its own sentence: not a cut-off purpose clause
    if head.i == verb.i and mark.i > 0 and verb.doc[mark.i - 1].pos_ != "PUNCT":
        # The parse cut the sentence before "pour": the host ends right there.
        head = verb.doc[mark.i - 1].sent.root
    return head if head.i != verb.i and any(c.dep_ == "cop" for c in head.children) else None


def _copular_subject(head: Token) -> Token | None:
    """The subject of a copular clause, hung on its predicate or on the copula ("il était à Accra")."""
    holders = [head] + [c for c in head.children if c.dep_ == "cop"]
    return next(
        (
            g
            for c in holders
            for g in c.children
            if g.dep_ in _SUBJECTS or (g.dep_ == "expl:subj" and g.lower_ in ("il", "elle"))
        ),
        None,
    )


def verb_subject(verb: Token, index: ActorIndex) -> tuple[Token | None, str]:
    """:func:`subject_of` ``verb``, read once per verb of the index's Doc.

    Several rules ask for the subject of the same verb (its frame, the
    support verb of its nouns, its subject parties); the parse does not
    change while they run.

    Example:
        >>> # "Le Japon se prépare à accueillir" → ("Japon", "control") for "accueillir", once
    """
    known = index.verb_subjects.get(verb.i)
    if known is None:
        known = index.verb_subjects[verb.i] = subject_of(verb)
    return known


def _object_controller(infinitive: Token) -> Token | None:
    """The object that does what "de/à + infinitive" says: "exhorter Pékin à cesser".

    French verbs with an object and an infinitive complement ("accuser X
    de", "appeler X à", "inviter X à", "exhorter X à") make the object the
    infinitive's subject.

    Example:
        >>> # "Washington a exhorté Pékin à livrer des armes" → "Pékin" for "livrer"
    """
    forms = [infinitive] + [c for c in infinitive.children if c.dep_.startswith("aux")]
    if not any("Inf" in features(t, "VerbForm") for t in forms):
        return None  # neither "livrer" nor "avoir attaqué"
    if not any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d’") for c in infinitive.children):
        return None
    head = infinitive.head
    if head.dep_ == "amod" and head.head.dep_ == "obj":
        head = head.head  # "accuser les forces tadjikes d'avoir attaqué"
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "obj":
        return head  # the parser hung the infinitive on the object
    if head.dep_ == "conj" and head.pos_ == "PROPN" and head.head.pos_ == "VERB":
        return _first_object(head.head)
    return _first_object(head) if head.pos_ == "VERB" else None


def _first_object(verb: Token) -> Token | None:
    """The verb's direct object, if it is a name or a noun."""
    for child in verb.children:
        if child.dep_ == "obj" and child.pos_ in ("PROPN", "NOUN"):
            return child
    return None


def _is_gerund(verb: Token) -> bool:
    """True for "en réunissant" (a present participle introduced by "en")."""
    return "Part" in features(verb, "VerbForm") and any(
        c.lower_ == "en" and c.i < verb.i for c in verb.children
    )


def _orphan_subject(verb: Token, context: DocContext) -> Token | None:
    """The name right before the verb, when the parser attached it elsewhere.

    "Tokyo a mis en garde Pyongyang" is often parsed with "Tokyo" as its own
    root, and "…, le chef de la Force de défense Isiba est arrivé" with
    "Isiba" under an earlier noun; French is SVO, so the name right before
    the verb (only auxiliaries, clitics and adverbs between) is its subject.
    """
    pos_ = context.pos_
    i = verb.i - 1
    while i >= 0 and pos_[i] in ("AUX", "ADV", "PRON", "PART"):
        i -= 1
    i = _before_incise(verb.doc, i)
    if i < 0 or pos_[i] not in ("PROPN", "NOUN"):
        return None
    token = verb.doc[i]
    # Back to the start of a multiword name ("Corée du Nord", "Kim Jong-un").
    while token.dep_ in ("flat:name", "flat", "nmod") and 0 < token.i - token.head.i <= 2:
        if token.head.pos_ != "PROPN":
            break
        token = token.head
    if token.i == verb.i or token.head.i == verb.i:
        return None
    # A bare name under a noun is a misparse; "les accords de Minsk" is a real genitive.
    bare = not case_of(token)
    if token.dep_ == "ROOT" or (token.pos_ == "PROPN" and token.dep_ in ("nmod", "appos") and bare):
        return token
    return None


def _subject_before_relative(verb: Token, context: DocContext) -> Token | None:
    """The name before a relative clause set off by commas, when the parse lost it.

    "Minsk, qui assure que les exercices sont défensifs, a invité des
    observateurs": the verb after the closing comma has "Minsk" as subject.

    Example:
        >>> # "invité" → "Minsk"
    """
    doc = verb.doc
    pos_, lowers = context.pos_, context.lowers
    i = verb.i - 1
    while i >= 0 and pos_[i] in ("AUX", "ADV", "PRON") and lowers[i] != "qui":
        i -= 1
    if i < 1 or context.texts[i] != ",":
        return None
    first = verb.sent.start
    if first > 0 and not doc[first - 1].is_space and doc[first - 1].text not in (".", "!", "?", "…"):
        first = doc[first - 1].sent.start  # the parser cut the sentence at the relative clause
    for j in range(i - 1, max(first, 1), -1):
        if doc[j].lower_ == "qui" and doc[j - 1].text == ",":
            k = j - 2
            while k > first and doc[k].dep_ in ("flat:name", "flat") and doc[k].head.i < k:
                k = doc[k].head.i
            name = doc[k] if k >= 0 else None
            return name if name is not None and name.pos_ in ("PROPN", "NOUN") else None
    return None


def _before_incise(doc: Doc, i: int) -> int:
    """Skip back over an incise between commas: "Pékin, de son côté, a exprimé" → "Pékin".

    Only a short incise without a verb or a name of its own.
    """
    if i < 1 or doc[i].text != ",":
        return i
    for j in range(i - 1, max(-1, i - 7), -1):
        token = doc[j]
        if token.text == ",":
            return j - 1
        if token.pos_ in ("VERB", "PROPN"):
            return i
    return i


def _is_adjunct_nonfinite(verb: Token) -> bool:
    """True for a subjectless adverbial clause on a verb: a past participle
    ("Reçu par X, il…") or an infinitive after a preposition ("pour signer",
    "après avoir rencontré"), whose understood subject is the main one."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    forms = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    if any("Fin" in features(t, "VerbForm") for t in forms):
        return False
    if any("Inf" in features(t, "VerbForm") for t in forms):
        return any(c.dep_ in ("mark", "case") for c in verb.children)
    if "Part" not in features(verb, "VerbForm") or "Past" not in features(verb, "Tense"):
        return False
    # Only a fronted or detached participle ("Reçu par X, il…"); one right after a
    # noun describes that noun ("l'aide fournie par Berlin"), whatever the parse says.
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.i < verb.head.i or before is None or before.text == "," or bool(before.is_sent_start)


def _is_detached_participle(verb: Token) -> bool:
    """True for a present participle set off by a comma after a finite main verb.

    "Tokyo a rappelé son ambassadeur, accusant Pékin de…": the participle
    comments on the main clause, whose subject does it.
    """
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or not verb.i > head.i:
        return False
    if not _is_present_participle(verb) or _is_gerund(verb):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    finite = [head] + [c for c in head.children if c.dep_.startswith("aux")]
    if head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX"):
        # "L'armée a affirmé avoir frappé …, accusant X de …": the infinitive's controller.
        finite += [head.head] + [c for c in head.head.children if c.dep_.startswith("aux")]
    return before is not None and before.text == "," and any(
        "Fin" in features(t, "VerbForm") for t in finite
    )


def commented_clause(verb: Token) -> Token | None:
    """The verb a comma-detached present participle comments on, when parsed on a noun.

    "Berne a envoyé des vivres aux réfugiés de la région, dénonçant le
    blocus" is often parsed with "dénonçant" under "région": a participle set
    off by a comma after the object or an oblique of a verb comments on that
    verb's clause, whose subject does it. A participle on the subject phrase
    ("La Chine, accusant Manille de …, a …") is left to the noun.

    Example:
        >>> # "dénonçant" → "envoyé"
    """
    if verb.dep_ not in _PARTICIPLE_DEPS or not _is_present_participle(verb) or _is_gerund(verb):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    token = verb.head
    # "a imposé des surtaxes pouvant atteindre 35 % sur les véhicules, accusant …": the
    # infinitive and the participle describe the object; the commented clause is above them.
    first: Token | None = None  # the old reading, if no finite clause is found above
    while token.head.i != token.i and (token.dep_ in _COMPLEMENT_LINKS or _nonfinite_link(token)):
        token = token.head
        if token.pos_ == "VERB" and first is None:
            first = token
        if token.pos_ == "VERB" and not _nonfinite_link(token):
            return token if token.i < verb.i else None
    return first if first is not None and first.i < verb.i else None


def _nonfinite_link(verb: Token) -> bool:
    """True for an infinitive or participle that hangs on a noun or another non-finite verb.

    Example:
        >>> # "atteindre" in "des surtaxes pouvant atteindre 35 %" → True
    """
    if verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "acl") or verb.head.i == verb.i:
        return False
    forms = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return not any("Fin" in features(t, "VerbForm") for t in forms)


def _participle_on_object(verb: Token) -> Token | None:
    """The finite verb a bare past participle shares, when parsed as a conjunct of its object.

    "Le ministère a remis une note à l'ambassadeur et exigé que …" is often
    parsed with "exigé" coordinated with "note": the participle has no
    auxiliary of its own, so it shares the one of the verb whose object it
    was hung on.

    Example:
        >>> # "exigé" (conj of "note", obj of "remis") → "remis"
    """
    if verb.dep_ != "conj" or verb.head.pos_ not in ("NOUN", "PROPN", "ADJ") or verb.head.i > verb.i:
        return None
    if not is_past_participle(verb):
        return None
    if any(c.dep_.startswith("aux") for c in verb.children) or not any(c.dep_ == "cc" for c in verb.children):
        return None
    token = verb.head
    while token.dep_ in _COMPLEMENT_LINKS and token.head.i != token.i:
        token = token.head
        if token.pos_ == "VERB":
            finite = any("Fin" in features(c, "VerbForm") for c in token.children if c.dep_.startswith("aux"))
            return token if finite and "Part" in features(token, "VerbForm") else None
    return None


def is_past_participle(verb: Token) -> bool:
    """True for "exigé", "accusés" (past participle)."""
    return "Part" in features(verb, "VerbForm") and "Past" in features(verb, "Tense")


def _is_present_participle(verb: Token) -> bool:
    """True for "visant", "réunissant" (present participle, no "en")."""
    return "Part" in features(verb, "VerbForm") and "Pres" in features(verb, "Tense")


def preceding_noun_phrase(verb: Token) -> Token | None:
    """The head of the noun phrase right before ``verb`` ("stratégie" in "une stratégie du Japon visant")."""
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and doc[i].pos_ == "PUNCT":
        i -= 1
    if i < verb.sent.start or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    token = doc[i]
    while token.dep_ in ("nmod", "amod", "flat:name", "flat", "appos") and token.head.i < token.i:
        token = token.head
    return token


def _main_subject(verb: Token) -> Token | None:
    """The subject of a finite verb after a fronted gerund the parser left unattached."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_space and "\n" in token.text:
            break
        if token.dep_ == "nsubj" and "Fin" in features(token.head, "VerbForm"):
            return token
    return None


def subject_parties_of(verb: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """The actors of the verb's subject, repairing split coordinated subjects.

    "Le Japon et l'Ouzbékistan ont signé" is often parsed with "Japon" apart
    (the root, or the head the verb is a conjunct of): a name right before
    "et" + subject is a co-subject.

    Example:
        >>> # "Tokyo et Astana ont convenu de renforcer…" → [Japon, Kazakhstan] for "renforcer"
    """
    # Several nouns share one support verb: the answer is read once per verb and stop set.
    return index.remember(index.subject_parties, verb, stop, _subject_parties)


def _subject_parties(verb: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """:func:`subject_parties_of` itself, computed afresh."""
    subject, _ = verb_subject(verb, index)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        # "… se sont rencontrés à Bakou et ont convenu de …": the shared subject.
        return subject_parties_of(coordinated_head(verb), index, stop)
    if subject is None:
        # "X, et son homologue Y, se sont rencontrés" parsed without a subject.
        return _names_before(verb, index) if _plural(verb) else []
    parties = parties_at(subject, index, stop)
    if len(parties) < 2 and _plural(verb) and subject.i < verb.i:
        # "Les présidents X et Y se sont entretenus" with only Y as subject.
        listed = _names_before(verb, index)
        if len(listed) > len(parties) and all(p.key in {b.key for b in listed} for p in parties):
            return listed
    doc = verb.doc
    left = subject.left_edge.i
    if doc[left].dep_ == "cc" and left < subject.i:
        # "la Chine et le Kazakhstan" with "et" hung on the second name.
        left += 1
    clause_coordination = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
    if (
        not clause_coordination
        and subject.pos_ != "PRON"
        and left >= 2
        and doc[left - 1].lower_ == "et"
        and index.span_at(doc[left - 2]) is not None
    ):
        before = index.span_at(doc[left - 2])
        if before is not None and before.root.head.i != subject.i:
            parties = parties_at(before.root, index, stop) + parties
    if not clause_coordination and _plural(verb) and any(c.dep_ == "conj" for c in subject.children):
        parties = _listed_before(subject, verb, index, stop) + parties
    return collapse(parties)


def _listed_before(subject: Token, verb: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """First members of a list subject that the parser cut off at a comma.

    "Le Canada, la Norvège et l'Inde ont exprimé…" is often parsed with
    "Canada" hung on the verb apart (a modifier or a second subject): a
    name right before ", " + a coordinated subject opens the same list.

    Example:
        >>> # subject "Norvège" (with conj "Inde") → [Canada]
    """
    doc = verb.doc
    found: list[Party] = []
    left = subject.left_edge.i
    while left >= 2 and doc[left - 1].text == ",":
        before = index.span_at(doc[left - 2])
        if before is None or before.root.head.i != verb.i or before.root.i in stop:
            break
        if any(c.dep_ == "case" for c in before.root.children):
            break  # "À Tokyo, le Japon et …": a place, not a list member
        found = parties_at(before.root, index, stop) + found
        left = before.root.left_edge.i
    return found


def _plural(verb: Token) -> bool:
    """True if the verb or its auxiliary agrees with a plural subject ("se sont rencontrés")."""
    words = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return any("Plur" in features(w, "Number") for w in words)


def _names_before(verb: Token, index: ActorIndex) -> list[Party]:
    """The coordinated names right before the verb: "A, et son homologue B, se sont…".

    Example:
        >>> # "Les présidents Sadyr Japarov et Emomali Rahmon se sont entretenus" → [KGZ, TJK]
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV", "PART") or doc[i].lower_ in ("se", "s'", "s’", ",")):
        i -= 1
    found = names_ending_at(i, doc, index, subjects=True)
    return found if len(found) >= 2 else []
