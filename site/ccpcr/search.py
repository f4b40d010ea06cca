"""Search that finds Khmer words, and English words whatever their ending, on SQLite and PostgreSQL.

Khmer is written without spaces between words, so a database's full-text search sees a whole Khmer sentence
as one "word" and never finds a word inside it. Every text we index and every query therefore goes through
the same analysis first, here in Python, so both databases see the same words:

- punctuation is dropped, and so are zero-width and joiner characters (invisible; editors paste them from
  word processors); the two spellings of the subscript ដ/ត (ក្ដី and ក្តី), which readers treat as one,
  become one;
- each run of Khmer is cut into words by khmercut, an offline segmenter that ships its own model;
- English words are reduced to their Snowball stem ("children's shelters" → "children s shelter"), so the
  database itself is told to do nothing more ("simple" on PostgreSQL; SQLite's FTS5 does nothing more);
- in the index only, a Khmer compound made with a common prefix or suffix (ការ-, សេចក្តី-, អ្នក-, -ភាព,
  -កម្ម) is also indexed without it, so "ជួញដូរ" (to traffic) finds "ការជួញដូរ" (trafficking). These extra
  words go after the text so that phrases stay intact.

Models opt in with `AnalysedSearch` (their search fields are analysed when indexed); queries are analysed by
the `SearchBackend` below, so the public search, the admin's search and choosers all agree.
"""

import copy
import re
from functools import lru_cache

import khmercut
import snowballstemmer
from modelsearch.backends import database
from modelsearch.query import SearchQuery

from django.utils.encoding import force_str

from wagtail.search import index

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
COENG_DA, COENG_TA = "\u17d2\u178a", "\u17d2\u178f"
KHMER_RUN = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]+")
KHMER_LETTER = re.compile(r"[\u1780-\u17b3\u17e0-\u17e9]")
ENGLISH_WORD = re.compile(r"[A-Za-z]+")
NOT_A_WORD = re.compile(r"[^\w\u1780-\u17ff\u19e0-\u19ff]+")  # Khmer vowel signs are not \w
KHMER_PREFIXES = ("ការ", "សេចក្តី", "អ្នក", "ភាព")
KHMER_SUFFIXES = ("ភាព", "កម្ម")
MIN_KHMER_STEM = 3  # characters: a shorter remainder is a syllable, not a word, and would match too much

_english = snowballstemmer.stemmer("english")


def normalise(text):
    return text.translate(INVISIBLE).replace(COENG_DA, COENG_TA)


@lru_cache(maxsize=4096)
def khmer_words(run):
    """The words of a run of Khmer text, without punctuation such as ។."""
    return tuple(word for word in (w.strip() for w in khmercut.tokenize(run)) if KHMER_LETTER.search(word))


def _stem_english(match):
    return _english.stemWord(match.group().lower())


def query_text(text, stem=True):
    """A query as the index holds its words: Khmer segmented, English stemmed (unless `stem` is False,
    for autocompletion, where the last word is an unfinished prefix)."""
    text = NOT_A_WORD.sub(" ", normalise(text))  # quotes and operators mean nothing to a full-text index
    text = KHMER_RUN.sub(lambda run: f" {' '.join(khmer_words(run.group()))} ", text)
    if stem:
        text = ENGLISH_WORD.sub(_stem_english, text)
    return " ".join(text.split())


def compound_parts(word):
    """What a Khmer compound is also found by: the word without a common prefix or suffix."""
    parts = []
    for prefix in KHMER_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_KHMER_STEM:
            parts.append(word[len(prefix) :])
    for suffix in KHMER_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_KHMER_STEM:
            parts.append(word[: -len(suffix)])
    return parts


def indexed_text(text, stem=True):
    """A text as it is stored in the search index: the query analysis, then the parts of its compounds."""
    analysed = query_text(text, stem=stem)
    parts = [part for run in KHMER_RUN.findall(analysed) for part in compound_parts(run)]
    return " ".join([analysed, *parts]) if parts else analysed


def _analysed(value, stem):
    if isinstance(value, str):
        return indexed_text(value, stem=stem)
    if isinstance(value, (list, tuple)):
        return [_analysed(force_str(item), stem) for item in value if item is not None]
    return value


class AnalysedSearchField(index.SearchField):
    def get_value(self, obj):
        return _analysed(super().get_value(obj), stem=True)


class AnalysedAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        return _analysed(super().get_value(obj), stem=False)


def _analysed_field(field):
    if type(field) is index.SearchField:
        analysed = AnalysedSearchField(field.field_name, boost=field.boost)
    elif type(field) is index.AutocompleteField:
        analysed = AnalysedAutocompleteField(field.field_name)
    else:
        return field  # filter fields and related fields compare stored values, not words
    analysed.kwargs = field.kwargs
    return analysed


class AnalysedSearch:
    """For an indexed model: index its search fields (its own and inherited ones) as analysed words."""

    @classmethod
    def get_search_fields(cls):
        return [_analysed_field(field) for field in super().get_search_fields()]


def analysed_query(query, stem=True):
    """The query string, or each string inside a parsed query (terms, phrases, and/or/not), analysed.
    A query, or a part of one, left with no words (only punctuation, say) becomes "", which finds nothing."""
    if isinstance(query, str):
        return query_text(query, stem=stem)
    if not isinstance(query, SearchQuery):
        return query
    query = copy.copy(query)
    if hasattr(query, "query_string"):
        query.query_string = query_text(query.query_string, stem=stem)
        return query if query.query_string else ""
    for name in ("subquery", "subquery_a", "subquery_b"):
        if hasattr(query, name):
            subquery = analysed_query(getattr(query, name), stem=stem)
            if subquery == "":
                return ""
            setattr(query, name, subquery)
    if hasattr(query, "subqueries"):
        query.subqueries = [sub for sub in (analysed_query(sub, stem=stem) for sub in query.subqueries) if sub != ""]
        if not query.subqueries:
            return ""
    return query


class AnalysedQueries:
    """Analyses every query before the database backend compiles it."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(analysed_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(analysed_query(query, stem=False), model_or_queryset, *args, **kwargs)


@lru_cache
def _analysed_backend_class(backend_class):
    return type(f"Analysed{backend_class.__name__}", (AnalysedQueries, backend_class), {})


def SearchBackend(params):  # noqa: N802 - Wagtail looks up a backend module's `SearchBackend`
    """Wagtail's database backend for whichever database this is, analysing queries as the index does."""
    params = {**params, "SEARCH_CONFIG": "simple"}  # PostgreSQL must not stem what is stemmed already
    database_backend_class = type(database.SearchBackend(params))  # chosen by the database in use
    return _analysed_backend_class(database_backend_class)(params)
