"""The offline provider's five steps: templates that read like a product.

Each step builds on the choices before it: titles come from the subject of the chosen idea
(never the whole idea pasted in), intros quote the title, outlines follow the title's angle
and the intro, and image prompts draw on the outline's headings.
"""

from app.services.ai.base import Brief, Option, Step
from app.services.ai.offline_language import (
    cap,
    clean,
    lower_first,
    mid,
    seeded_order,
    subject_of,
    template_regex,
    title_case,
    untitle,
)

# (angle, idea): the angle picks matching titles and an outline later on.
IDEAS = [
    ("beginner", "A beginner's guide to {t}: what to learn first and what to skip"),
    ("mistakes", "Five mistakes people make with {t}, and how to avoid them"),
    ("change", "What is changing in {t} this year, and what it means for you"),
    ("costs", "The hidden costs of {t} that nobody talks about"),
    ("experts", "What experts get wrong about {t}"),
    ("case", "A real-world case study: {t} from first idea to results"),
    ("small", "Why small teams should care about {t} now more than ever"),
    ("week", "A week of {t}: lessons from trying it every day"),
    ("future", "The future of {t}: three trends worth watching"),
    ("myths", "Myths about {t}, debunked with evidence"),
]
ANGLE_TITLES = {
    "beginner": ["{T} for Beginners: Where to Start", "Learning {T} Without the Overwhelm"],
    "mistakes": ["Five Mistakes to Avoid with {T}", "Stop Making These Mistakes with {T}"],
    "change": ["{T} This Year: What Changed and Why", "What's New in {T}, and What It Means"],
    "costs": ["The Hidden Costs of {T}", "The Real Price of {T}"],
    "experts": ["What the Experts Get Wrong About {T}", "Rethinking the Standard Advice on {T}"],
    "case": ["{T} in Practice: A Case Study", "From First Idea to Results with {T}"],
    "small": ["{T} for Small Teams", "Why Small Teams Should Care About {T}"],
    "week": ["A Week of {T}: What I Learned", "Seven Days of {T}"],
    "future": ["The Future of {T}: Three Trends to Watch", "{T}: Trends Worth Watching"],
    "myths": ["Myths About {T}, Debunked", "{T}: Separating Fact from Fiction"],
}
TITLES = [
    ("guide", "{T}: A Practical Guide"),
    ("start", "Getting Started with {T}"),
    ("untold", "What Nobody Tells You About {T}"),
    ("explained", "{T}, Explained Step by Step"),
    ("smart", "The Smart Way to Approach {T}"),
]
INTROS = [
    "If you have ever wondered where to start with {t}, you are not alone. “{title}” walks "
    "through it one step at a time, with examples you can use today.",
    "Most advice about {t} is either too shallow or too abstract. “{title}” takes the middle "
    "road: clear ideas, backed by practice, and nothing you cannot try this week.",
    "Here is a question worth asking: what would change if you took {t} seriously? “{title}” "
    "answers it one decision at a time.",
    "We spent months getting {t} wrong before it finally clicked. “{title}” gathers what we "
    "wish we had known on day one, so you can skip the detours.",
    "From the outside, {t} can look simple. “{title}” shows what happens underneath, and why "
    "it matters for the results you care about.",
]
OUTLINES = {
    "beginner": ["What makes {t} worth learning", "What to learn first", "What you can safely skip",
                 "Your first small project", "Where to go next"],
    "mistakes": ["Starting without a plan", "Copying someone else's setup", "Skipping the basics",
                 "Measuring the wrong thing", "Giving up too early", "Getting {t} right"],
    "change": ["Where {t} stood a year ago", "What changed", "Who benefits and who does not",
               "What to do about it now"],
    "costs": ["The price everyone sees", "The time nobody budgets for", "Costs that compound",
              "Keeping {t} affordable"],
    "experts": ["The advice everyone repeats", "Where it goes wrong",
                "What the evidence says about {t}", "A better rule of thumb"],
    "case": ["The starting point", "The first experiment", "What the numbers showed",
             "What we changed", "Lessons from {t} in practice"],
    "small": ["What small teams gain from {t}", "Doing more with less", "A simple weekly routine",
              "Tools that pay for themselves", "When to scale up"],
    "week": ["Day one: first impressions", "Days two to four: finding a rhythm",
             "Day five: the hard part", "The last two days: what stuck",
             "Keeping up {t} after the week"],
    "future": ["The state of {t} today", "A trend you can act on now", "A trend to keep an eye on",
               "A trend that may surprise you", "How to prepare"],
    "myths": ["Myth: only experts get {t} right", "Myth: it takes too much time",
              "Myth: the results do not last", "What the evidence says",
              "Putting it into practice"],
    "guide": ["Why it is worth caring about {t}", "The core ideas", "A worked example",
              "Common pitfalls", "Next steps"],
    "start": ["Before you begin", "Setting up {t}", "Your first week", "Building the habit",
              "Measuring progress"],
    "untold": ["The part everyone skips", "The trade-offs of {t}", "What it really takes",
               "Honest answers to common questions"],
    "explained": ["{t} in one paragraph", "The key terms", "How it works, step by step",
                  "An example from start to finish", "Where to learn more"],
    "smart": ["Start with the goal", "Choosing an approach to {t}", "Comparing the options",
              "Our recommendation", "A checklist to take with you"],
}  # fmt: skip
IMAGE_PROMPTS = [
    "A minimalist flat illustration of {t}, with small details that suggest {a} and {b}, "
    "soft pastel palette, generous negative space",
    "An editorial photograph about {t}, a scene that hints at {a}, natural light, shallow "
    "depth of field, warm tones",
    "A bold geometric poster inspired by {t} and {b}, three colours, strong diagonal composition",
    "A watercolour scene evoking {t}, with {c} in the foreground, gentle textures, calm blue "
    "and green palette",
    "An isometric 3D illustration of {t}, showing {a} as a sequence of small scenes, clean "
    "lines, bright accent colours on a pale background",
]
FALLBACK_MOTIFS = ["the first step", "steady progress", "the finished result"]

IDEA_PATTERNS = [template_regex(t) for _, t in IDEAS]
TITLE_PATTERNS = [template_regex(t.replace("{T}", "{t}")) for _, t in TITLES] + [
    template_regex(t.replace("{T}", "{t}")) for ts in ANGLE_TITLES.values() for t in ts
]
PROMPT_PATTERNS = [template_regex(t.split("{t}")[0] + "{t}") for t in IMAGE_PROMPTS]


def options(step: Step, brief: Brief, count: int) -> list[Option]:
    made: list[str] | list[list[str]]
    if step is Step.IDEAS:
        made = ideas(brief, count)
    elif step is Step.TITLES:
        made = titles(brief)
    elif step is Step.INTROS:
        made = intros(brief)
    elif step is Step.OUTLINES:
        made = outlines(brief)
    else:
        made = image_prompts(brief)
    return list[Option](made)[:count]


def subject(brief: Brief) -> str:
    """What the post is about, mid-sentence: from the idea or topic, else from the title."""
    if brief.idea or brief.topic:
        return mid(subject_of(brief.idea or brief.topic, IDEA_PATTERNS))
    if brief.title:
        return untitle(subject_of(brief.title, TITLE_PATTERNS))
    return "your topic"


def angle_of(idea: str) -> str | None:
    text = clean(idea)
    pairs = zip(IDEAS, IDEA_PATTERNS, strict=True)
    return next((angle for (angle, _), p in pairs if p.fullmatch(text)), None)


def title_angle(title: str) -> str | None:
    text = clean(title)
    for angle, template in TITLES:
        if template_regex(template.replace("{T}", "{t}")).fullmatch(text):
            return angle
    for angle, templates in ANGLE_TITLES.items():
        if any(template_regex(t.replace("{T}", "{t}")).fullmatch(text) for t in templates):
            return angle
    return None


def ideas(brief: Brief, count: int) -> list[str]:
    t = subject(brief)
    return [cap(template.format(t=t)) for _, template in IDEAS[:count]]


def titles(brief: Brief) -> list[str]:
    t = title_case(subject(brief))
    angle = angle_of(brief.idea or brief.topic)
    chosen = [tpl.format(T=t) for tpl in ANGLE_TITLES.get(angle or "", [])]
    chosen += [tpl.format(T=t) for _, tpl in TITLES]
    return list(dict.fromkeys(chosen))[:5]


def intros(brief: Brief) -> list[str]:
    t = subject(brief)
    title = clean(brief.title) or title_case(t)
    texts = [tpl.format(t=t, title=title) for tpl in INTROS]
    audience = mid(clean(brief.audience))
    if audience and audience.casefold() not in t.casefold():
        texts[0] += f" It is written for {audience}."
    return texts


def outlines(brief: Brief) -> list[list[str]]:
    """The title's own structure first, then four others in an order seeded by the title and
    the intro, so a new title or intro gives a new set."""
    t = subject(brief)
    first = title_angle(brief.title) or angle_of(brief.idea or brief.topic) or ""
    rest = seeded_order([a for a in OUTLINES if a != first], brief.title, brief.intro)
    picked = ([first] if first else []) + rest
    result = []
    for angle in picked[:5]:
        headings = [cap(h.format(t=t)) for h in OUTLINES[angle]]
        result.append(headings)
    if "?" in brief.intro:
        # The intro asked the reader a question: the first outline closes by answering it.
        result[0] = [*result[0], "Answering the question we started with"]
    return result


def image_prompts(brief: Brief) -> list[str]:
    t = subject(brief)
    motifs = [
        lower_first(clean(h.rsplit(":", 1)[-1]))
        for h in brief.outline
        if t.casefold() not in h.casefold() and clean(h)
    ]
    motifs = list(dict.fromkeys(m for m in motifs if m))
    a, b, c = (motifs + [m for m in FALLBACK_MOTIFS if m not in motifs])[:3]
    return [cap(tpl.format(t=t, a=a, b=b, c=c)) for tpl in IMAGE_PROMPTS]


def caption_of(prompt: str) -> str:
    """The words worth printing on a cover: the prompt's subject, headline style."""
    found = subject_of(prompt.split(",", 1)[0], PROMPT_PATTERNS)
    return title_case(found) if found else "Cover"
