"""Tests for pipeline.doc_context: the columns equal what the Tokens say."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.doc_context import DocContext, context_of, shared, shared_context
from pipeline.events.arguments import case_of
from pipeline.events.columns import subtree_at

# "Le ministre a parlé avec la Chine auprès de Séoul ."
WORDS = ["Le", "ministre", "a", "parlé", "avec", "la", "Chine", "auprès", "de", "Séoul", "."]
HEADS = [1, 3, 3, 3, 6, 6, 3, 3, 9, 7, 3]
DEPS = ["det", "nsubj", "aux:tense", "ROOT", "case", "det", "obl:arg", "dep", "case", "obl:arg", "punct"]
POS = ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "PROPN", "ADV", "ADP", "PROPN", "PUNCT"]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Doc(spacy.blank("fr").vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS)


def test_heads_deps_and_children_match_the_tokens(doc: Doc) -> None:
    context = DocContext(doc)
    assert context.heads == [t.head.i for t in doc]
    assert context.deps == [t.dep_ for t in doc]
    assert context.children == [[c.i for c in t.children] for t in doc]


@pytest.mark.parametrize("i, case", [(6, "avec"), (9, "de"), (1, ""), (3, "")])
def test_case_of_reads_the_same_case_from_the_context(doc: Doc, i: int, case: str) -> None:
    assert case_of(doc[i]) == case
    assert case_of(doc[i], DocContext(doc)) == case
    with shared_context(DocContext(doc)):
        assert case_of(doc[i]) == case


def test_memo_computes_once_per_context(doc: Doc) -> None:
    context = DocContext(doc)
    calls: list[int] = []

    def size(c: DocContext) -> int:
        calls.append(1)
        return len(c.doc)

    assert context.memo(size) == context.memo(size) == len(WORDS)
    assert len(calls) == 1


@pytest.mark.parametrize("i", range(len(WORDS)))
def test_subtree_at_holds_the_tokens_of_the_subtree(doc: Doc, i: int) -> None:
    assert sorted(subtree_at(i, DocContext(doc))) == [t.i for t in doc[i].subtree]


def test_shared_context_is_found_only_inside_its_block(doc: Doc) -> None:
    context = DocContext(doc)
    assert shared(doc) is None
    with shared_context(context):
        assert shared(doc) is context
        assert context_of(doc) is context
    assert shared(doc) is None
    assert context_of(doc) is not context


def test_shared_context_leaves_the_doc_clean_after_an_error(doc: Doc) -> None:
    before = dict(doc.user_data)
    with pytest.raises(ValueError), shared_context(DocContext(doc)):
        raise ValueError("règle en échec")
    assert doc.user_data == before
