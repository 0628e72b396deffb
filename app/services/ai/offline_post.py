"""The offline provider's full post: the title, the chosen intro, one section per outline
heading, and about the requested number of words, with no sentence used twice."""

from collections.abc import Iterator
from itertools import zip_longest

from app.services.ai.base import Brief
from app.services.ai.offline_bank import BANKS, FRAMES, GENERAL, KINDS
from app.services.ai.offline_language import cap, clean, seeded_order, title_case, words
from app.services.ai.offline_steps import outlines, subject

SENTENCES_PER_PARAGRAPH = 3
OPENED = tuple(frame.split(",")[0] for frame in FRAMES)  # sentences that already have one


def kind_of(heading: str) -> str | None:
    lowered = f"{heading.lower()} "
    return next((kind for kind, keys in KINDS if any(k in lowered for k in keys)), None)


class _Sentences:
    """Hands out sentences, each at most once per post: the heading's own bank alternating
    with the general bank (so sections of one kind share their bank), then general sentences
    with an opener, every opener once before any twice, for very long posts."""

    def __init__(self, brief: Brief, subject_text: str) -> None:
        self._subject = subject_text
        self._used: set[str] = set()
        seed = (brief.title, brief.intro)
        self._general = seeded_order(GENERAL, *seed)
        plain = [g for g in seeded_order(GENERAL, "framed", *seed) if not g.startswith(OPENED)]
        # Round r gives sentence i the opener i + r: neighbours never share an opener.
        self._framed = (
            FRAMES[(index + round_) % len(FRAMES)] + sentence[:1].lower() + sentence[1:]
            for round_ in range(len(FRAMES))
            for index, sentence in enumerate(plain)
        )
        self._banks = {kind: seeded_order(items, *seed) for kind, items in BANKS.items()}

    def for_heading(self, heading: str) -> Iterator[str]:
        own = [s for s in self._banks.get(kind_of(heading) or "", []) if s not in self._used]
        general = [s for s in self._general if s not in self._used]
        for pair in zip_longest(own, general):
            for sentence in pair:
                if sentence is not None:
                    yield from self._fresh(sentence)
        for sentence in self._framed:
            yield from self._fresh(sentence)

    def _fresh(self, template: str) -> Iterator[str]:
        if template in self._used:
            return
        self._used.add(template)
        yield cap(template.format(s=self._subject))


def compose_post(brief: Brief) -> str:
    subject_text = subject(brief)
    title = clean(brief.title) or title_case(subject_text)
    intro = brief.intro.strip()
    outline = [clean(h) for h in brief.outline if clean(h)] or outlines(brief)[0]
    parts = [f"# {title}"] + ([intro] if intro else [])
    used = sum(words(part) for part in parts)
    sentences = _Sentences(brief, subject_text)
    for index, heading in enumerate(outline):
        # Spread what is left evenly over the sections still to write.
        budget = (brief.words - used) / (len(outline) - index) - words(heading)
        body = _section(sentences.for_heading(heading), budget)
        parts += [f"## {heading}", *body]
        used += words(heading) + sum(words(p) for p in body)
    return "\n\n".join(parts) + "\n"


def _section(sentences: Iterator[str], budget: float) -> list[str]:
    """Paragraphs of about `budget` words (at least one sentence: no empty sections)."""
    chosen: list[str] = []
    count = 0
    for sentence in sentences:
        size = words(sentence)
        # Stop when the next sentence would overshoot more than stopping undershoots.
        if chosen and count + size / 2 > budget:
            break
        chosen.append(sentence)
        count += size
    step = SENTENCES_PER_PARAGRAPH
    return [" ".join(chosen[i : i + step]) for i in range(0, len(chosen), step)]
