"""The event lexicon: trigger words, support verbs and cue classes, read from ``models/events``.

The data lives in three files so that a linguist can extend a class without
touching code: ``triggers.tsv`` (French lemma → PLOVER type), ``light_verbs.tsv``
(support verbs such as "tenir un sommet") and ``cues.json`` (modality cues,
reporting verbs, document nouns…). :class:`Lexicon` is loaded once by the
component and passed to the rules.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Token

from pipeline.events.present_forms import misread_verb, no_infinitive
from pipeline.paths import models_dir as resolve_models_dir

#: Words of a multiword expression that are grammar, not content ("mettre en garde").
_GLUE = frozenset({"en", "de", "d'", "d’", "à", "le", "la", "les", "l'", "l’", "du", "au"})
_REFLEXIVE = frozenset({"se", "s'", "s’"})


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry.

    Attributes:
        head: Lemma of the word that carries the event ("rendre" in "se rendre").
        pos: ``VERB`` or ``NOUN``.
        event_type: One of the 16 PLOVER types.
        reflexive: The verb needs a reflexive pronoun ("se rendre").
        extra: Content words that must depend on the head ("garde" in "mettre en garde").
        inverse: The grammatical subject receives the act ("se procurer X auprès de Y").
        expression: The entry as written ("se rendre").
        word_class: The lexical class ("meeting", "visiting", "signing"…).

    Example:
        >>> Trigger("rendre", "VERB", "CONSULT", reflexive=True).event_type
        'CONSULT'
    """

    head: str
    pos: str
    event_type: str
    reflexive: bool = False
    extra: tuple[str, ...] = ()
    inverse: bool = False
    expression: str = ""
    word_class: str = ""


def parse_expression(expression: str) -> tuple[str, bool, tuple[str, ...]]:
    """Split a lexicon expression into head lemma, reflexive flag and extra words.

    Example:
        >>> parse_expression("se mettre d'accord")
        ('mettre', True, ('accord',))
        >>> parse_expression("s'entretenir")
        ('entretenir', True, ())
    """
    text = expression.strip().lower().replace("’", "'")
    reflexive = False
    if text.startswith("s'"):
        reflexive, text = True, text[2:]
    words = text.replace("d'", "de ").split()
    if words and words[0] in _REFLEXIVE:
        reflexive, words = True, words[1:]
    head, rest = words[0], words[1:]
    return head, reflexive, tuple(w for w in rest if w not in _GLUE)


@dataclass
class Lexicon:
    """Trigger words and cue classes, indexed for the rules.

    Example:
        >>> lex = Lexicon.load()                                  # doctest: +SKIP
        >>> lex.verb_candidates("rencontrer")[0].event_type        # doctest: +SKIP
        'CONSULT'
    """

    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    light_verbs: dict[str, str] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Demonym forms of the actor dictionary (filled by the component, see
    #: :mod:`pipeline.events.demonyms`); empty means no demonym parties.
    demonyms: dict[tuple[str, ...], tuple[str, str, str]] = field(default_factory=dict)
    #: Folded city name → (state name, code): targets of hostile acts only
    #: (:mod:`pipeline.events.cities`); empty means no city targets.
    cities: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: :meth:`match` results of the Doc last asked about, by token index: the
    #: rules ask again about the same triggers (entries, joins, dates). Held for
    #: one Doc at a time, whose parse does not change while the rules read it.
    _matched: tuple[Doc | None, dict[int, Trigger | None]] = field(
        default_factory=lambda: (None, {}), repr=False, compare=False
    )
    #: :meth:`upper_cue` by class name: the rules ask for the same few classes per sentence.
    _upper: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, models_dir: str | Path | None = None) -> Lexicon:
        """Read the lexicon from ``models/events`` (or ``models_dir/events``)."""
        folder = resolve_models_dir(models_dir) / "events"
        lexicon = cls()
        for row in _read_tsv(folder / "triggers.tsv"):
            head, reflexive, extra = parse_expression(row["expression"])
            trigger = Trigger(
                head=head,
                pos=row["pos"].strip().upper(),
                event_type=row["type"].strip().upper(),
                reflexive=reflexive,
                extra=extra,
                inverse=row.get("role", "").strip() == "inverse",
                expression=row["expression"].strip(),
                word_class=row.get("class", "").strip(),
            )
            table = lexicon.verbs if trigger.pos == "VERB" else lexicon.nouns
            table.setdefault(head, []).append(trigger)
        for row in _read_tsv(folder / "light_verbs.tsv"):
            lexicon.light_verbs[row["verb"].strip()] = row["role"].strip()
        raw = json.loads((folder / "cues.json").read_text(encoding="utf-8"))
        lexicon.cues = {
            key: frozenset(str(v).lower() for v in values)
            for key, values in raw.items()
            if isinstance(values, list)
        }
        return lexicon

    def cue(self, name: str) -> frozenset[str]:
        """The cue class ``name`` from ``cues.json`` (empty if absent)."""
        return self.cues.get(name, frozenset())

    def upper_cue(self, name: str) -> frozenset[str]:
        """The cue class ``name`` in upper case: event types, as frames carry them."""
        known = self._upper.get(name)
        if known is None:
            known = self._upper[name] = frozenset(t.upper() for t in self.cue(name))
        return known

    def takes_places(self, trigger: Trigger) -> bool:
        """True if "à Tokyo" with this trigger is where it happens, not a partner.

        Meetings, signings and summits happen somewhere ("se réunir à New
        Delhi"); visits go to a partner ("se rendre à Moscou").
        """
        return trigger.word_class in self.cue("place_classes")

    def match(self, token: Token) -> Trigger | None:
        """The lexicon entry that ``token`` instantiates, if any.

        Multiword and reflexive entries are preferred to bare ones, so
        "se mettre d'accord" wins over a plain "mettre".

        Example:
            >>> # "se sont rendus" → Trigger(head="rendre", reflexive=True)
        """
        doc, known = self._matched
        if doc is not token.doc:
            known = {}
            self._matched = (token.doc, known)
        if token.i not in known:
            known[token.i] = self._match(token)
        return known[token.i]

    def _match(self, token: Token) -> Trigger | None:
        """:meth:`match` itself, computed afresh."""
        lemma = token.lemma_.lower()
        pos = token.pos_
        if pos in ("VERB", "AUX"):
            candidates = self.verbs.get(lemma, [])
        elif pos in ("NOUN", "PROPN"):
            candidates = self.nouns.get(lemma, []) or self.nouns.get(token.text.lower(), [])
        else:
            candidates = []
        if not candidates and pos in ("NOUN", "ADJ", "PROPN"):
            # "a téléphoné" tagged as a noun: a participle after its auxiliary is a verb;
            # "Le Turkménistan livre du gaz": a noun with a subject is a verb.
            candidates = self.verbs.get(participle_infinitive(token), []) or self.verbs.get(
                finite_infinitive(token), []
            )
        elif not candidates and misread_verb(token):
            # "Le Caire signe un protocole": a verb given the look-alike noun's lemma.
            candidates = self.verbs.get(finite_spelling(token.lower_), [])
        best: Trigger | None = None
        # Whether a reflexive clitic depends on the word: read once, on first need.
        reflexive: bool | None = None
        # Most words have one entry: nothing to rank.
        ranked = sorted(candidates, key=_rank) if len(candidates) > 1 else candidates
        for trigger in ranked:
            if trigger.reflexive:
                reflexive = has_reflexive(token) if reflexive is None else reflexive
                if not reflexive:
                    continue
            if trigger.extra and not all(_has_dependent(token, w) for w in trigger.extra):
                continue
            if not trigger.reflexive and not trigger.extra:
                reflexive = has_reflexive(token) if reflexive is None else reflexive
                if reflexive and any(t.reflexive for t in candidates):
                    # "se rendre compte" is not "rendre": a bare entry only fits a
                    # reflexive use when no reflexive entry exists for that verb.
                    continue
            best = trigger
            break
        if best is not None and best.word_class in self.cue("support_only_classes"):
            return best if self._strengthened(token) else None
        return best

    def may_match(self, lemma: str, lower: str, pos: str) -> bool:
        """False when :meth:`match` surely finds nothing for a word, from its strings alone.

        A cheap test run before building a Token: it looks up the entry lists
        :meth:`match` would read, with the participle and present-tense
        spellings taken without their parse conditions, so it may say True for
        a word that does not match but never False for one that does.

        Args:
            lemma: The word's lemma, lower-cased.
            lower: The word's text, lower-cased.
            pos: Its part of speech (``token.pos_``).

        Example:
            >>> # may_match("signer", "signé", "VERB") → True; ("de", "de", "ADP") → False
        """
        if pos in ("VERB", "AUX") and lemma in self.verbs:
            return True
        if pos in ("NOUN", "PROPN") and (lemma in self.nouns or lower in self.nouns):
            return True
        if pos == "VERB" and no_infinitive(lemma, lower):
            return finite_spelling(lower) in self.verbs  # "signe" read with a noun's lemma
        if pos not in ("NOUN", "ADJ", "PROPN"):
            return False
        return participle_spelling(lower) in self.verbs or finite_spelling(lower) in self.verbs

    def _strengthened(self, noun: Token) -> bool:
        """True if a verb of strengthening governs the noun ("renforcer leurs liens").

        "Les relations sont au point mort" is a state, not an event.
        """
        head = noun.head if noun.dep_ == "conj" else noun
        verb = head.head
        return head.dep_ in ("obj", "nsubj:pass") and verb.lemma_.lower() in self.cue("strengthening_verbs")


def _rank(trigger: Trigger) -> tuple[int, bool]:
    """Sort key of :meth:`Lexicon.match`: multiword entries first, then reflexive ones."""
    return -len(trigger.extra), not trigger.reflexive


def participle_infinitive(token: Token) -> str:
    """The infinitive of a first-group past participle the tagger took for a noun.

    Only after an auxiliary ("a téléphoné", "ont été convoqués"), so that
    nouns such as "député" are left alone.

    Example:
        >>> # "Le président a téléphoné à Poutine" → "téléphoner" for "téléphoné"
    """
    # The spelling is tested first: it is cheaper than the parse and rules out most words.
    infinitive = participle_spelling(token.lower_)
    if not infinitive:
        return ""
    auxiliary = token.i > 0 and token.doc[token.i - 1].lemma_ in ("avoir", "être")
    auxiliary = auxiliary or any(c.dep_.startswith("aux") for c in token.children)
    # "s'est dit préoccupé", "s'est déclaré préoccupé": the participle said of the subject.
    auxiliary = auxiliary or (token.pos_ == "ADJ" and token.dep_ == "xcomp")
    return infinitive if auxiliary else ""


def finite_infinitive(token: Token) -> str:
    """The infinitive of a present-tense first-group verb the tagger took for a noun.

    Only when the word has a subject of its own ("Le Turkménistan livre du
    gaz"), so that "le livre" stays a book.

    Example:
        >>> # "livre" with an nsubj child → "livrer"; "livrent" → "livrer"
    """
    infinitive = finite_spelling(token.lower_)
    # The spelling is tested first: it is cheaper than the parse and rules out most words.
    if not infinitive or not any(c.dep_ == "nsubj" for c in token.children):
        return ""
    return infinitive


def participle_spelling(text: str) -> str:
    """The infinitive a lower-case first-group past participle is spelt from, or ``""``.

    Example:
        >>> participle_spelling("téléphonés"), participle_spelling("vu")
        ('téléphoner', '')
    """
    for ending in ("ées", "és", "ée", "é"):
        if text.endswith(ending) and len(text) > len(ending) + 2:
            return text[: -len(ending)] + "er"
    return ""


def finite_spelling(text: str) -> str:
    """The infinitive a lower-case present-tense first-group verb is spelt from, or ``""``.

    Example:
        >>> finite_spelling("livrent"), finite_spelling("livre"), finite_spelling("vu")
        ('livrer', 'livrer', '')
    """
    if text.endswith("ent") and len(text) > 5:
        return text[:-2] + "r"
    return text + "r" if text.endswith("e") else ""


def has_reflexive(token: Token) -> bool:
    """True if a reflexive clitic depends on the verb ("se sont rencontrés").

    Example:
        >>> # "Ils se sont rencontrés" → True for "rencontrés"
    """
    for child in token.children:
        if child.lower_ in ("se", "s'", "s’") or (
            child.pos_ == "PRON" and "Reflex=Yes" in str(child.morph)
        ):
            return True
    return False


def _has_dependent(token: Token, word: str) -> bool:
    """True if ``word`` (lemma or text) is a child or grandchild of ``token``."""
    for child in token.children:
        if word in (child.lemma_.lower(), child.lower_):
            return True
        if any(word in (g.lemma_.lower(), g.lower_) for g in child.children):
            return True
    return False


def _read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file, skipping ``#`` comment lines."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines, delimiter="\t")]
