""""Alors", "à cette époque": the time the text was just talking about.

An adverb of anaphoric time sends the act back to the date of the sentence
before: "Les combats de mai 2025 avaient pris fin le 10 mai. L'Inde avait
alors frappé neuf sites" → May 2025. The first date of that sentence is the
time it talks about; later dates there usually qualify it ("qui avaient pris
fin le 10 mai").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.doc_context import DocContext
from pipeline.events.dating import DateMention, duration_case
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.occasion_dates import calendar
from pipeline.events.sentences import event_sentences
from pipeline.morph import features


def then_dates(frames: list[Frame], lexicon: Lexicon, context: DocContext | None = None) -> None:
    """Give an undated past act marked "alors" the first date of the sentence before.

    Example:
        >>> # "La guerre a éclaté en mars 2020. Le pays avait alors rappelé son
        >>> #   ambassadeur." → the recall: 2020-03
    """
    if not frames:
        return
    adverbs, nouns = lexicon.cue("then_adverbs"), lexicon.cue("then_nouns")
    sentences = event_sentences(frames[0].trigger.doc, context)
    for frame in frames:
        if frame.date is not None or frame.modality != "asserted" or frame.sentence < 1:
            continue
        verb = frame.trigger
        # "avait alors rappelé son ambassadeur et accusé X": the adverb and the
        # auxiliary sit on the first of the coordinated verbs.
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or not _past(verb) or not _then_marked(verb, adverbs, nouns):
            continue
        frame.date = first_date(sentences[frame.sentence - 1])


def counterpart_dates(frames: list[Frame], lexicon: Lexicon, reach: int = 3) -> None:
    """"En contrepartie", "en échange": the other half of a deal just told happens with it.

    The act takes the date of the last dated asserted act at most ``reach``
    sentences before, even without a shared party and across a paragraph
    break, since the marker itself names the link ("La
    Russie a libéré jeudi deux Américains. En contrepartie, l'Allemagne a
    libéré un agent russe").

    Example:
        >>> # frames [libéré (jeudi), libéré "en contrepartie" (undated)] → jeudi
    """
    markers = lexicon.cue("counterpart_markers")
    for frame in frames:
        verb = frame.trigger
        if frame.date is not None or frame.modality != "asserted" or verb.pos_ != "VERB":
            continue
        marked = any(
            c.dep_.startswith("obl") and c.lower_ in markers and any(g.lower_ == "en" for g in c.children)
            for c in verb.children
        )
        if not marked:
            continue
        earlier = [
            f for f in frames
            if f.date is not None and f.modality == "asserted" and 0 <= frame.sentence - f.sentence <= reach
            and f.trigger.i < verb.i
        ]
        if earlier:
            frame.date = max(earlier, key=lambda f: f.trigger.i).date


def _then_marked(verb: Token, adverbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """True for "a alors signé", "avait à cette époque rompu" (a demonstrative time noun)."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return True
        demonstrative = any(d.dep_ == "det" and d.lower_ in ("ce", "cet", "cette") for d in child.children)
        if child.dep_.startswith("obl") and child.lemma_.lower() in nouns and demonstrative:
            return True
    return False


def _past(verb: Token) -> bool:
    """A past tense: "a signé", "avait signé", "signa" (not "il faut alors signer")."""
    if "Past" in features(verb, "Tense") and "Fin" in features(verb, "VerbForm"):
        return True
    participle = "Part" in features(verb, "VerbForm") and "Past" in features(verb, "Tense")
    return participle and any(c.dep_ == "aux:tense" for c in verb.children)


def first_date(sentence: Span) -> DateMention | None:
    """The first calendar date of the sentence (durations and bounds left out).

    Example:
        >>> # "Les combats de mai 2025 ont pris fin le 10 mai." → "mai 2025"
    """
    doc = sentence.doc
    for span in sorted(doc.spans.get("timex", []), key=lambda s: s.start):
        timex = span._.timex
        if timex is None or span.start < sentence.start or span.end > sentence.end:
            continue
        # The attachment does not matter here ("les combats de mai 2025" may hang off no verb).
        mention = DateMention(timex, span, span.root)
        if timex.type in ("DATE", "TIME") and not duration_case(span) and calendar(mention):
            return mention
    return None
