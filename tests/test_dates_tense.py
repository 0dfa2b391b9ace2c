"""Year-less dates take their side of the article's date from the tense (article of Wednesday 18 June 2025)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.dates.component import DateTagger
from pipeline.dates.finder import TimexFinder
from pipeline.dates.tense import TextTense, doc_tense
from pipeline.dates.vocab import DateVocab
from pipeline.extensions import register_extensions

DCT = "2025-06-18"
PRES, IMP, FUT = "Mood=Ind|Tense=Pres|VerbForm=Fin", "Mood=Ind|Tense=Imp|VerbForm=Fin", "Mood=Ind|Tense=Fut|VerbForm=Fin"
PART, INF = "Tense=Past|VerbForm=Part", "VerbForm=Inf"


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


@pytest.fixture(scope="module")
def vocab() -> DateVocab:
    return DateVocab.load()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # past tenses: compound past, imperfect, pluperfect, passé simple
        ("Le traité a été signé le 3 décembre.", "2024-12-03"),
        ("Le sommet se tenait en décembre.", "2024-12"),
        ("Le sommet avait eu lieu en novembre.", "2024-11"),
        ("Les deux pays signèrent l'accord le 3 décembre.", "2024-12-03"),
        ("Le 3 décembre, le président a signé le décret.", "2024-12-03"),
        # futures: simple future, "va"/"doit" + infinitive, "prévu", conditional of a modal
        ("Le traité sera signé le 3 février.", "2026-02-03"),
        ("Le sommet se tiendra en janvier.", "2026-01"),
        ("Le ministre va se rendre à Pékin le 2 février.", "2026-02-02"),
        ("Le ministre doit se rendre à Pékin en février.", "2026-02"),
        ("Le vote est prévu le 2 février.", "2026-02-02"),
        ("Un sommet pourrait se tenir à Doha en avril.", "2026-04"),
        # "d'ici" lies ahead whatever the tense; "pour" is never surely past
        ("Il a promis une loi d'ici mars.", "2026-03"),
        ("Il a promis une loi d'ici à mars.", "2026-03"),
        ("Le vote a été repoussé pour le 2 décembre.", "2025-12-02"),
        ("Les magasins ont fermé pour le 1er mai.", "2025-05-01"),
        # no tense, or a verb that sets a date: the nearest one
        ("Le 3 décembre reste une date clé.", "2025-12-03"),
        ("Le président a annoncé des élections le 3 novembre.", "2025-11-03"),
        ("Il y pensait, avant de partir le 30 octobre.", "2025-10-30"),
        # a date the tense already agrees with is left alone
        ("Le traité a été signé le 3 mars.", "2025-03-03"),
        ("Le traité sera signé le 3 octobre.", "2025-10-03"),
    ],
)
def test_year_less_date_follows_tense(finder: TimexFinder, sentence: str, value: str) -> None:
    # The "ici" of "d'ici" is a PRESENT_REF of its own.
    assert [t.value for t in finder.find(sentence, DCT) if t.value != "PRESENT_REF"] == [value]


@pytest.mark.parametrize(
    ("sentence", "date", "direction"),
    [
        ("Il a signé le 3 mars.", "le 3 mars", -1),
        ("Il signait le 3 mars.", "le 3 mars", -1),
        ("Il signera le 3 mars.", "le 3 mars", 1),
        ("Il signerait le 3 mars.", "le 3 mars", 1),
        ("Il aurait signé le 3 mars.", "le 3 mars", 0),
        ("Le fait est là: le 3 mars.", "le 3 mars", 0),
        ("Il a fixé le vote au 3 mars.", "3 mars", 0),
    ],
)
def test_text_cues(vocab: DateVocab, sentence: str, date: str, direction: int) -> None:
    start = sentence.index(date)
    assert TextTense(vocab)(sentence, start, start + len(date)) == direction


def parsed(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc from (word, head, dep, pos, morph, lemma) rows."""
    words, heads, deps, pos, morphs, lemmas = (list(c) for c in zip(*rows, strict=True))
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs, lemmas=lemmas)


SIGNED = [  # "Le traité fut signé le 3 décembre ."
    ("Le", 1, "det", "DET", "", "le"), ("traité", 3, "nsubj:pass", "NOUN", "", "traité"),
    ("fut", 3, "aux:pass", "AUX", "Mood=Ind|Tense=Past|VerbForm=Fin", "être"),
    ("signé", 3, "ROOT", "VERB", PART, "signer"), ("le", 5, "det", "DET", "", "le"),
    ("3", 3, "obl:mod", "NUM", "", "3"), ("décembre", 5, "nmod", "NOUN", "", "décembre"),
    (".", 3, "punct", "PUNCT", "", "."),
]
GOING = [  # "Le ministre va partir le 2 février ."
    ("Le", 1, "det", "DET", "", "le"), ("ministre", 2, "nsubj", "NOUN", "", "ministre"),
    ("va", 2, "ROOT", "VERB", PRES, "aller"), ("partir", 2, "xcomp", "VERB", INF, "partir"),
    ("le", 5, "det", "DET", "", "le"), ("2", 3, "obl:mod", "NUM", "", "2"),
    ("février", 5, "nmod", "NOUN", "", "février"), (".", 2, "punct", "PUNCT", "", "."),
]
PLANNED = [  # "Le vote est prévu le 2 février ."
    ("Le", 1, "det", "DET", "", "le"), ("vote", 3, "nsubj:pass", "NOUN", "", "vote"),
    ("est", 3, "aux:pass", "AUX", PRES, "être"), ("prévu", 3, "ROOT", "VERB", PART, "prévoir"),
    ("le", 5, "det", "DET", "", "le"), ("2", 3, "obl:mod", "NUM", "", "2"),
    ("février", 5, "nmod", "NOUN", "", "février"), (".", 3, "punct", "PUNCT", "", "."),
]
ANNOUNCED = [  # "Il a annoncé le vote du 2 février ." (the date qualifies the noun)
    ("Il", 2, "nsubj", "PRON", "", "il"), ("a", 2, "aux:tense", "AUX", PRES, "avoir"),
    ("annoncé", 2, "ROOT", "VERB", PART, "annoncer"), ("le", 4, "det", "DET", "", "le"),
    ("vote", 2, "obj", "NOUN", "", "vote"), ("du", 7, "case", "ADP", "", "de"),
    ("2", 7, "nummod", "NUM", "", "2"), ("février", 4, "nmod", "NOUN", "", "février"),
    (".", 2, "punct", "PUNCT", "", "."),
]
HELD = [  # "Le sommet se tenait en décembre ."
    ("Le", 1, "det", "DET", "", "le"), ("sommet", 3, "nsubj", "NOUN", "", "sommet"),
    ("se", 3, "expl:comp", "PRON", "", "se"), ("tenait", 3, "ROOT", "VERB", IMP, "tenir"),
    ("en", 5, "case", "ADP", "", "en"), ("décembre", 3, "obl:mod", "NOUN", "", "décembre"),
    (".", 3, "punct", "PUNCT", "", "."),
]
WILL = [  # "Il partira en janvier ."
    ("Il", 1, "nsubj", "PRON", "", "il"), ("partira", 1, "ROOT", "VERB", FUT, "partir"),
    ("en", 3, "case", "ADP", "", "en"), ("janvier", 1, "obl:mod", "NOUN", "", "janvier"),
    (".", 1, "punct", "PUNCT", "", "."),
]



def _invited(aux_morph: str, lemma: str, date_first: bool) -> list[tuple[str, int, str, str, str, str]]:
    """ "Il a invité M. Li à Rome en juin ." (or "Il a invité en juin M. Li à Rome .")."""
    date = [("en", 4, "case", "ADP", "", "en"), ("juin", 2, "obl:mod", "NOUN", "", "juin")]
    guest = [("M.", 2, "obj", "NOUN", "", "M."), ("Li", 0, "flat:name", "PROPN", "", "Li"),
             ("à", 0, "case", "ADP", "", "à"), ("Rome", 0, "obl:arg", "PROPN", "", "Rome")]
    head = [("Il", 2, "nsubj", "PRON", "", "il"), ("a", 2, "aux:tense", "AUX", aux_morph, "avoir"),
            ("invité", 2, "ROOT", "VERB", PART, lemma)]
    tail = date + guest if date_first else guest + date
    rows = head + tail + [(".", 2, "punct", "PUNCT", "", ".")]
    # Fix the heads of the moving parts from their final positions.
    at = {w: n for n, (w, *_rest) in enumerate(rows)}
    fixed = {"en": at["juin"], "M.": 2, "Li": at["M."], "à": at["Rome"], "Rome": 2}
    return [(w, fixed.get(w, h), d, p, m, lem) for w, h, d, p, m, lem in rows]


@pytest.mark.parametrize(
    ("rows", "direction"),
    [
        (_invited(PRES, "inviter", date_first=False), 1),  # the coming June: the invited visit's
        (_invited(PRES, "convier", date_first=False), 1),
        (_invited(PRES, "inviter", date_first=True), 0),  # "a invité en juin M. Li": the invitation's
        (_invited(IMP, "inviter", date_first=False), 0),  # "avait invité": a past invitation
    ],
    ids=["invite", "convier", "date-before-guest", "pluperfect"],
)
def test_invitation_date_lies_ahead(
    vocab: DateVocab, rows: list[tuple[str, int, str, str, str, str]], direction: int
) -> None:
    doc = parsed(rows)
    start = doc.text.index("juin")
    assert doc_tense(doc, start, start + 4, vocab) == direction


@pytest.mark.parametrize(
    ("rows", "date", "direction"),
    [
        (SIGNED, "3 décembre", -1),
        (GOING, "2 février", 1),
        (PLANNED, "2 février", 1),
        (ANNOUNCED, "2 février", 0),
        (HELD, "décembre", -1),
        (WILL, "janvier", 1),
    ],
)
def test_doc_tense_reads_the_governing_verb(
    vocab: DateVocab, rows: list[tuple[str, int, str, str, str, str]], date: str, direction: int
) -> None:
    doc = parsed(rows)
    start = doc.text.index(date)
    assert doc_tense(doc, start, start + len(date), vocab) == direction


def test_doc_tense_needs_a_parse(vocab: DateVocab) -> None:
    doc = Doc(Vocab(), words=["Le", "3", "mars", "."])
    assert doc_tense(doc, 3, 9, vocab) is None


@pytest.mark.parametrize(
    ("rows", "value"),
    [(SIGNED, "2024-12-03"), (GOING, "2026-02-02"), (PLANNED, "2026-02-02"), (ANNOUNCED, "2025-02-02"),
     (HELD, "2024-12"), (WILL, "2026-01")],
)
def test_component_places_year_by_parse(rows: list[tuple[str, int, str, str, str, str]], value: str) -> None:
    register_extensions()
    doc = parsed(rows)
    doc._.doc_date = DCT
    assert [t.value for t in DateTagger()(doc)._.timexes] == [value]


def _etre_verb(subject: str, lemma: str, form: str) -> list[tuple[str, int, str, str, str, str]]:
    """ "<subject> sont <form> le 2 février ." with "sont" labelled as a passive auxiliary."""
    return [
        (subject, 2, "nsubj:pass" if subject != "Il" else "expl:subj", "NOUN" if subject != "Il" else "PRON", "",
         subject.lower()),
        ("sont" if subject != "Il" else "est", 2, "aux:pass", "AUX", PRES, "être"),
        (form, 2, "ROOT", "VERB", PART, lemma), ("le", 4, "det", "DET", "", "le"),
        ("2", 2, "obl:mod", "NUM", "", "2"), ("février", 4, "nmod", "NOUN", "", "février"),
        (".", 2, "punct", "PUNCT", "", "."),
    ]


@pytest.mark.parametrize(
    ("rows", "direction"),
    [
        (_etre_verb("Ministres", "convenir", "convenus"), -1),  # "sont convenus": a passé composé
        (_etre_verb("Délégués", "arriver", "arrivés"), -1),
        (_etre_verb("Délégués", "revenir", "revenus"), -1),
        (_etre_verb("Il", "convenir", "convenu"), 1),  # impersonal "il est convenu": a plan
        (_etre_verb("Votes", "prévoir", "prévus"), 1),  # a true passive stays ahead
    ],
    ids=["convenir", "arriver", "revenir", "impersonal", "passive"],
)
def test_etre_verbs_are_past(vocab: DateVocab, rows: list[tuple[str, int, str, str, str, str]], direction: int) -> None:
    doc = parsed(rows)
    start = doc.text.index("2 février")
    assert doc_tense(doc, start, start + 9, vocab) == direction
