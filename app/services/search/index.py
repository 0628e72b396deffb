"""One in-memory tantivy index of the published posts and pages. Blocking: call it from a
worker thread (`anyio.to_thread`), never from the event loop.

Text is analysed in English (lower case, accents folded, Porter stemming) and ranked by
BM25, titles weighing most. Queries are built as query objects from the analysed words,
never parsed as tantivy syntax, so no user input is an operator, a field name or an error.
Next to the index, `entries` keeps what responses show (summaries, tags) by document key.
"""

import math
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeVar

import tantivy
from tantivy import Occur, Query

from app.services.search.text import SNIPPET_CHARS, QueryText, lead_text, snippet_html

Kind = Literal["post", "page"]
T = TypeVar("T")
ANALYZER = "en"
FIELD_BOOSTS = {"title": 3.0, "tags": 2.0, "body": 1.0}
MAX_TERMS = 32  # distinct words of one query; the rest are ignored
MAX_PHRASES = 8
MAX_PHRASE_WORDS = 16
SIMILAR_TERMS = 25  # keywords of a post that find its similar posts
MAX_SIMILAR_CHARS = 100_000
WRITER_HEAP_BYTES = 15_000_000  # tantivy's minimum per indexing thread


@dataclass(frozen=True, slots=True)
class Entry:
    """A published post or page as search results show it."""

    kind: Kind
    id: str
    slug: str
    title: str
    excerpt: str
    tags: tuple[str, ...]
    author: str | None
    featured_image_url: str | None
    created_at: datetime
    published_at: datetime | None
    updated_at: datetime

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True, slots=True)
class IndexedDoc:
    entry: Entry
    text: str  # the body as plain text (with the intro of a post)


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    score: float
    snippet: str


def _analyzer(*, without_stop_words: bool = False) -> tantivy.TextAnalyzer:
    builder = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
    )
    if without_stop_words:  # for picking a post's keywords, not for indexing
        builder = builder.filter(tantivy.Filter.stopword("english"))
    return builder.filter(tantivy.Filter.stemmer("english")).build()


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    builder.add_text_field("kind", stored=False, tokenizer_name="raw")
    for name in FIELD_BOOSTS:
        builder.add_text_field(name, stored=True, tokenizer_name=ANALYZER)
    return builder.build()


class TextIndex:
    def __init__(self) -> None:
        self.schema = _schema()
        self.analyzer = _analyzer()
        self.keywords = _analyzer(without_stop_words=True)
        self.index = tantivy.Index(self.schema)  # no path: in RAM
        self.index.register_tokenizer(ANALYZER, self.analyzer)
        self._writer = self.index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=1)
        self._lock = threading.Lock()  # one writer; entries change with the index
        self.entries: dict[str, Entry] = {}
        self.slugs: dict[str, str] = {}  # post slug -> key
        self._tagged: dict[str, set[str]] = {}  # tag -> keys of posts

    # ------------------------------------------------------------------ writing

    def write(self, upserts: Iterable[IndexedDoc], removals: Iterable[str] = ()) -> None:
        """Replace or add `upserts`, drop the keys in `removals`, in one commit."""
        with self._lock:
            for key in removals:
                self._writer.delete_documents_by_term("key", key)
                self._forget(key)
            for doc in upserts:
                entry = doc.entry
                self._writer.delete_documents_by_term("key", entry.key)
                self._forget(entry.key)
                self._writer.add_document(
                    tantivy.Document(
                        key=entry.key,
                        kind=entry.kind,
                        title=entry.title,
                        tags=" ".join(entry.tags),
                        body=doc.text,
                    )
                )
                self._remember(entry)
            self._writer.commit()
            self.index.reload()  # the next searcher sees this commit

    def _remember(self, entry: Entry) -> None:
        self.entries[entry.key] = entry
        if entry.kind == "post":
            self.slugs[entry.slug] = entry.key
            for tag in entry.tags:
                self._tagged.setdefault(tag, set()).add(entry.key)

    def _forget(self, key: str) -> None:
        entry = self.entries.pop(key, None)
        if entry is None or entry.kind != "post":
            return
        if self.slugs.get(entry.slug) == key:
            del self.slugs[entry.slug]
        for tag in entry.tags:
            self._tagged.get(tag, set()).discard(key)

    # ------------------------------------------------------------------ reading

    def query(self, text: QueryText) -> Query | None:
        """Every word and every phrase must match (in any field); None when nothing is left."""
        clauses: list[tuple[Occur, Query]] = []
        terms = list(dict.fromkeys(self.analyzer.analyze(text.words)))[:MAX_TERMS]
        for term in terms:
            clauses.append((Occur.Must, self._any_field(self._term, term)))
        for phrase in text.phrases[:MAX_PHRASES]:
            tokens = self.analyzer.pre_tokenize(phrase).tokens[:MAX_PHRASE_WORDS]
            if len(tokens) == 1:  # tantivy refuses (panics on) one-word phrases
                clauses.append((Occur.Must, self._any_field(self._term, tokens[0].text)))
            elif tokens:
                first = tokens[0].position
                words = [(t.position - first, t.text) for t in tokens]
                clauses.append((Occur.Must, self._any_field(self._phrase, words)))
        return Query.boolean_query(clauses) if clauses else None

    def _term(self, field: str, term: str) -> Query:
        return Query.term_query(self.schema, field, term)

    def _phrase(self, field: str, words: list[tuple[int, str]]) -> Query:
        return Query.phrase_query(self.schema, field, list(words))

    def _any_field(self, make: Callable[[str, T], Query], value: T) -> Query:
        """`make(field, value)` in any field, each weighted by its boost."""
        return Query.boolean_query(
            [(Occur.Should, Query.boost_query(make(f, value), b)) for f, b in FIELD_BOOSTS.items()]
        )

    def search(self, text: QueryText, *, limit: int, offset: int) -> tuple[list[Hit], int]:
        """One page of hits, best first, and how many documents match in all."""
        query = self.query(text)
        if query is None:
            return [], 0
        searcher = self.index.searcher()
        result = searcher.search(query, limit, count=True, offset=offset)
        snippets = tantivy.SnippetGenerator.create(searcher, query, self.schema, "body")
        snippets.set_max_num_chars(SNIPPET_CHARS)
        hits: list[Hit] = []
        for score, address in result.hits:
            doc = searcher.doc(address)
            entry = self.entries.get(doc.get_first("key") or "")
            if entry is None:  # removed between the search and now
                continue
            snippet = snippets.snippet_from_doc(doc)
            ranges = [(r.start, r.end) for r in snippet.highlighted()]
            html = snippet_html(snippet.fragment(), ranges) if ranges else ""
            hits.append(Hit(entry, float(score), html or lead_text(doc.get_first("body") or "")))
        # `count` exists at run time but is missing from tantivy's type stubs.
        total: int | None = getattr(result, "count", None)
        return hits, total if total is not None else len(hits)

    def related(self, slug: str, *, limit: int) -> list[Entry] | None:
        """Posts sharing the most tags with the post `slug`, then the most similar texts (a
        more-like-this query over its title, tags and body). None when it is not indexed."""
        key = self.slugs.get(slug)
        entry = self.entries.get(key or "")
        if key is None or entry is None:
            return None
        shared = Counter(k for tag in entry.tags for k in self._tagged.get(tag, ()) if k != key)
        similar = self._similar(key, limit=max(limit * 10, 50))
        newest = {k: (self.entries[k].published_at or self.entries[k].updated_at) for k in shared}
        by_tags = sorted(shared, key=lambda k: (-shared[k], -similar.get(k, 0.0), _desc(newest[k])))
        ranked = by_tags + [k for k in similar if k not in shared]
        return [self.entries[k] for k in ranked if k in self.entries][:limit]

    def _similar(self, key: str, *, limit: int) -> dict[str, float]:
        """Other posts scored against the most distinctive words (tf-idf) of post `key`.

        tantivy's own more-like-this query is not used: in 0.27 it counts deleted documents
        in a term's frequency but not in the document total, and panics after deletions."""
        searcher = self.index.searcher()
        found = searcher.search(Query.term_query(self.schema, "key", key), 1).hits
        if not found:
            return {}
        doc = searcher.doc(found[0][1])
        text = " ".join(str(doc.get_first(f) or "") for f in FIELD_BOOSTS)
        counts = Counter(
            t
            for t in self.keywords.analyze(text[:MAX_SIMILAR_CHARS])
            if len(t) > 2 and not t.isdigit()
        )
        total = max(searcher.num_docs, 1)

        def weight(term: str) -> float:
            frequency = min(searcher.doc_freq("body", term), total)
            return counts[term] * math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))

        keywords = sorted(counts, key=weight, reverse=True)[:SIMILAR_TERMS]
        if not keywords:
            return {}
        like = Query.boolean_query(
            [(Occur.Should, self._any_field(self._term, term)) for term in keywords]
        )
        query = Query.boolean_query(
            [
                (Occur.Must, like),
                (Occur.Must, Query.term_query(self.schema, "kind", "post")),
                (Occur.MustNot, Query.term_query(self.schema, "key", key)),
            ]
        )
        scores: dict[str, float] = {}
        for score, address in searcher.search(query, limit).hits:
            other = searcher.doc(address).get_first("key")
            if other:
                scores[str(other)] = float(score)
        return scores


def _desc(moment: datetime) -> float:
    return -moment.timestamp()
