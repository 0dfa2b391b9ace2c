"""Leaders named in an actor's description are no party (pipeline/actors/leaders.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.actors.dictionary import Title
from pipeline.actors.leaders import drop_leaders, leader_verbs
from pipeline.actors.resolved import Resolved

VERBS = frozenset({"diriger", "présider", "conduire"})

# "Le front , dirigé par Ali Saleh , a protesté ."
WORDS = ["Le", "front", ",", "dirigé", "par", "Ali", "Saleh", ",", "a", "protesté", "."]
HEADS = [1, 9, 3, 1, 5, 3, 5, 9, 9, 9, 9]
DEPS = ["det", "nsubj", "punct", "acl", "case", "obl:agent", "flat:name", "punct", "aux:tense", "ROOT", "punct"]
FRONT = Resolved(1, 2, "Front", "", "org")
LEADER = Resolved(5, 7, "Ali Saleh", "", "person")


def _doc(lemma: str, dep: str = "acl") -> Doc:
    lemmas = [w.lower() for w in WORDS]
    lemmas[3] = lemma
    deps = list(DEPS)
    deps[3] = dep
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=deps, lemmas=lemmas)


def test_leader_verbs_are_read_from_their_title_class() -> None:
    titles = [Title("diriger", "leader_verb"), Title("président", "person_head")]
    assert leader_verbs(titles) == frozenset({"diriger"})


@pytest.mark.parametrize(
    ("lemma", "dep", "mentions", "kept"),
    [
        ("diriger", "acl", [FRONT, LEADER], [FRONT]),
        ("présider", "acl", [FRONT, LEADER], [FRONT]),
        # a verb that is no leading: "le front, soutenu par X" keeps X
        ("soutenir", "acl", [FRONT, LEADER], [FRONT, LEADER]),
        # the participle is the clause's own verb, not a modifier
        ("diriger", "conj", [FRONT, LEADER], [FRONT, LEADER]),
        # the described noun is no mention: the leader is the only clue
        ("diriger", "acl", [LEADER], [LEADER]),
    ],
    ids=["directed", "chaired", "not-leading", "not-a-modifier", "noun-not-a-mention"],
)
def test_drop_leaders(lemma: str, dep: str, mentions: list[Resolved], kept: list[Resolved]) -> None:
    assert drop_leaders(_doc(lemma, dep), mentions, VERBS) == kept


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Le Hezbollah a tiré. Le mouvement chiite, dirigé par Naïm Qassem, a démenti toute trêve.", "Naïm Qassem"),
        ("Le gouvernement malien, dirigé par le général Assimi Goïta, a rompu avec Kiev.", "Assimi Goïta"),
    ],
    ids=["armed-movement", "government"],
)
def test_leader_of_a_described_actor_is_no_mention(nlp: Language, text: str, leader: str) -> None:
    doc = nlp(text)
    assert all(leader not in span.text for span in doc.spans["actors"])
