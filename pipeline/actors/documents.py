"""Named texts, formats and venues, and a state's acts named by a demonym.

- "la Déclaration de Tokyo", "les accords de Minsk", "le processus
  d'Astana", "le sommet de Tokyo": a capital after "de" and a document,
  format or meeting noun (``document_head`` in ``titles.tsv``) names the
  text or the venue, not the state, so no mention is made. When the noun is
  capitalised ("la Charte des Nations unies") any name after it is part of
  the title, except after a meeting or format (role ``meeting``): "le
  Sommet du G7" is the G7's. Nouns whose role is ``capitalised`` ("déclaration", "plan")
  count only when capitalised: "la déclaration de Pékin" may be China's.
- "le tir nord-coréen", "l'offensive russe": an act noun (``act_head``)
  with a demonym; the demonym alone is the state's mention, so the act
  noun stays free to be an event trigger.
"""

from __future__ import annotations

from pipeline.actors.dictionary import Actor, Title
from pipeline.actors.match import Lexed
from pipeline.actors.titles import Phrase, parse_link

#: Names a lower-case document noun hides: cities, not the state by its name.
_VENUE_KINDS = ("capital", "seat")
#: Words before "l'accord de X" that make it X's consent, not a text.
_CONSENT = frozenset({"avec", "sans"})
#: Names a capitalised document noun hides ("la Charte des Nations unies").
_TITLE_KINDS = ("capital", "seat", "state", "org")


def document_name_end(lexed: Lexed, i: int) -> int | None:
    """End of the name a document noun at ``i`` carries ("Déclaration de Tokyo"), else None.

    Example:
        >>> document_name_end(lexed_of("la Déclaration de Tokyo"), 1)  # doctest: +SKIP
        4
    """
    head = lexed.find(i, ("document_head",))
    if head is None:
        return None
    capitalised = lexed.texts[i][:1].isupper()
    role = head.entry.ref.role if isinstance(head.entry.ref, Title) else ""
    if role == "capitalised" and not capitalised:
        return None
    if i >= 2 and lexed.lowers[i - 2] in _CONSENT:
        return None  # "sans l'accord de Pékin": Beijing's consent, Beijing acts
    after_link = parse_link(lexed, head.end)
    if after_link is None:
        return None
    title = capitalised and role != "meeting"
    found = lexed.find(after_link, _TITLE_KINDS if title else _VENUE_KINDS)
    return found.end if found is not None else None


def act_demonym(lexed: Lexed, i: int) -> Phrase | None:
    """The demonym after an act noun at ``i``, as a phrase over the demonym only.

    Example:
        >>> act_demonym(lexed_of("le tir nord-coréen"), 1)  # doctest: +SKIP
        Phrase(start=2, end=3, actor=Actor(name='Corée du Nord', ...), role='')
    """
    head = lexed.find(i, ("act_head",))
    if head is None:
        return None
    demonym = lexed.find(head.end, ("demonym",))
    if demonym is None or not isinstance(demonym.entry.ref, Actor):
        return None
    return Phrase(demonym.start, demonym.end, demonym.entry.ref, "")
