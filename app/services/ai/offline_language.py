"""Small language helpers for the offline provider: casing, and finding the subject of an
idea or a title so it is never pasted whole into another template."""

import hashlib
import re
from collections.abc import Iterable, Sequence

_SMALL = (
    "a an and as at but by for from in into nor of off on or over per so the to up via vs with yet"
)
SMALL_WORDS = frozenset(_SMALL.split())
# Capitalised only because they opened a sentence: lower-cased when moved mid-sentence.
_STARTERS = """a an the this that these those my our your their its his her some any every each
    all one two three four five six seven eight nine ten how why what when where which who
    getting learning building making using running growing writing starting choosing top best
    simple easy better smart modern"""
_SENTENCE_STARTERS = frozenset(_STARTERS.split())
_BREAK = re.compile(r"\s*(?::|\?|!|—|–|\s-\s|;|,\s+(?:and|but|or|so)\s)\s*")
# Lead-ins that frame a subject rather than name it ("Five mistakes people make with X").
_LEAD_INS = [
    re.compile(p, re.I)
    for p in (
        r"^(?:a|an|the)\s+(?:[\w']+\s+){0,2}?(?:guide|introduction|primer|look|checklist|"
        r"handbook|case study)\s+(?:to|at|on|of|for|about)\s+(?P<t>.+)$",
        r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|the|common|top)\s+"
        r"(?:[\w']+\s+){0,3}?(?:mistakes|myths|lessons|trends|tips|ways|reasons|questions|"
        r"habits|tools|ideas|rules|secrets|costs)\s+(?:[\w']+\s+){0,3}?"
        r"(?:about|of|with|for|in|on|from|to|behind)\s+(?P<t>.+)$",
        r"^why\s+(?P<t>.+?)\s+(?:matters?|works?|fails?|is|are)\b.*$",
        r"^what\s+(?:[\w']+\s+){0,4}?(?:about|with|of|from)\s+(?P<t>.+)$",
        r"^(?:getting started with|the future of|the basics of|the truth about|"
        r"rethinking|mastering|understanding)\s+(?P<t>.+)$",
    )
]


def clean(text: str) -> str:
    """Whitespace folded, quotes and closing punctuation trimmed."""
    return " ".join(text.split()).strip(" \"'“”‘’").rstrip(".!?;:,").strip()


def cap(text: str) -> str:
    """Upper-case the first letter only (never lower-cases the rest: acronyms stay)."""
    return text[:1].upper() + text[1:]


def mid(text: str) -> str:
    """A phrase as it reads mid-sentence: a first word capitalised only because it opened a
    sentence is lower-cased; names and acronyms keep their capitals."""
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in _SENTENCE_STARTERS:
        first = first.lower()
    return f"{first} {rest}".strip()


def lower_first(text: str) -> str:
    """A sentence-case heading as a phrase: its first word was capitalised only because it
    came first (acronyms such as `AI` or `iOS` keep their case)."""
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and first[1:] == first[1:].lower():
        first = first.lower()
    return f"{first} {rest}".strip()


def title_case(text: str) -> str:
    """Headline style: words typed in lower case get a capital, small words stay lower
    inside the title; anything the writer capitalised (acronyms, names) is kept."""
    words = text.split()
    out = []
    for index, word in enumerate(words):
        inner = 0 < index < len(words) - 1
        if word.islower() and not (inner and word in SMALL_WORDS):
            word = "-".join(cap(part) for part in word.split("-"))
        out.append(word)
    return " ".join(out)


def untitle(text: str) -> str:
    """Undo headline style for mid-sentence use: capitalised ordinary words go lower case."""
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in text.split())


def template_regex(template: str) -> re.Pattern[str]:
    """The inverse of a template: a pattern whose group `t` recovers what filled `{t}`."""
    head, _, tail = template.partition("{t}")
    return re.compile(re.escape(clean(head)) + r"\s*(?P<t>.+?)\s*" + re.escape(clean(tail)), re.I)


def subject_of(text: str, known: Iterable[re.Pattern[str]] = ()) -> str:
    """The subject of an idea or title: exact for our own templates (`known`), a best
    effort for anything else (the clause before a colon or dash, without a framing lead-in).
    """
    text = clean(text)
    for pattern in known:
        if match := pattern.fullmatch(text):
            return clean(match["t"])
    head = clean(_BREAK.split(text, maxsplit=1)[0]) or text
    for pattern in _LEAD_INS:
        if match := pattern.match(head):
            head = clean(match["t"])
            break
    return head or text


def seeded_order(items: Sequence[str], *seed: str) -> list[str]:
    """A deterministic shuffle: the same seed always gives the same order."""
    key = "\x1f".join(seed)
    return sorted(items, key=lambda item: hashlib.sha256(f"{key}\x1e{item}".encode()).digest())


def words(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))
