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

The backend also gives a search's `best_matches`, which on PostgreSQL ranks only a shortlist of the pages when a
word is on thousands of them (see `PostgreSQLShortlist`).
"""

import copy
import re
import threading
from functools import lru_cache

import khmercut
import snowballstemmer
from modelsearch.backends import database
from modelsearch.query import And, Or, Phrase, PlainText, SearchQuery
from modelsearch.utils import get_descendants_content_types_pks

from django.contrib.postgres.search import SearchQueryField
from django.db import connection, connections
from django.db.models import BigIntegerField, BooleanField, F, Func, IntegerField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils.encoding import force_str

from wagtail.search import index

from ccpcr.kept import Kept

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


# khmercut keeps one tagger per process, opened on first use, and it is not safe to share between threads: two
# searches at once in a fresh worker made one use it before it was open ("The tagger is not opened", a 500).
_khmercut_lock = threading.Lock()


@lru_cache(maxsize=4096)
def khmer_words(run):
    """The words of a run of Khmer text, without punctuation such as ។."""
    with _khmercut_lock:
        tokens = khmercut.tokenize(run)
    return tuple(word for word in (token.strip() for token in tokens) if KHMER_LETTER.search(word))


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

    def best_matches(self, query, queryset, most_ranked, count):
        """The ids of the `count` pages of `queryset` that best match `query`, best first. Here every page that
        matches is ranked (see `PostgreSQLShortlist`, the one database where that costs too much)."""
        return list(self.search(query, queryset.values_list("pk", flat=True))[:count])


class Holds(Func):
    """`vector @@ query`: the search index entry holds the query's words."""

    template = "%(expressions)s"
    arg_joiner = " @@ "
    output_field = BooleanField()


class Unseen(Func):
    """`(SELECT query)`: the query, hidden from PostgreSQL's planner. Told the real number of entries that hold a
    common word (half of them), the planner reads the whole table instead of the full-text index and joins every
    entry's title and body to look for the word (400 ms at 10,000 articles a language, against a few ms for the
    index: it cannot tell that joining the two is what costs). Not knowing the words, it expects few matches
    and takes the index, which is the quick way whatever the word."""

    template = "(SELECT %(expressions)s)"
    output_field = SearchQueryField()


def _shortlistable(query):
    """Words and phrases, all of them or any of them: a page with them in its title has them in its title and
    body together. (With "not", a title could have the words and the body the one excluded.)"""
    if isinstance(query, (PlainText, Phrase)):
        return True
    if isinstance(query, (And, Or)):
        return all(_shortlistable(subquery) for subquery in query.subqueries)
    return False


def _has_integer_pk(model):
    pk = model._meta.pk
    while pk.is_relation:  # a page type's pk is its link to Page
        pk = pk.target_field
    return isinstance(pk, IntegerField)


class PostgreSQLShortlist:
    """Ranks at most a shortlist of the pages that match, so that a word on thousands of pages costs little.

    Ranking a page means reading its whole text from the search index. A word that is on nearly every page
    of a child-protection NGO ("children", "កុមារ") made PostgreSQL read and rank all of them (10,000 articles
    a language, 600 ms) to show 100.
    """

    def best_matches(self, query, queryset, most_ranked, count):
        """The ids of the `count` pages of `queryset` that best match `query`, best first, ranked among a
        shortlist of at most `most_ranked` of them.

        When no more than `most_ranked` pages match, all of them are ranked, exactly as without a shortlist.
        When more match, the shortlist is made of the pages with the words in their title, the shortest titles
        first (the ranking puts first a title that is little more than the words, so these are the pages it
        would put first), then, if they do not fill it, the most recently added of the pages that have the
        words in their text only. So a page added long ago that has a common word only in its text is not
        found by that word alone; a second word finds it.

        One query: the shortlist and its ranking together. Ranked as modelsearch ranks (see `_rank`), without
        asking modelsearch to write, for each search, a ranking query that lists a hundred ids: writing it took
        2.3 of the 7 ms the ranking took (bench, a Khmer word in 3,334 titles), and one query fewer spares a
        round trip.
        """
        analysed = analysed_query(query)
        if analysed == "" or not _shortlistable(analysed) or not _has_integer_pk(queryset.model):
            return super().best_matches(query, queryset, most_ranked, count)
        compiler = self.query_compiler_class(queryset, analysed)
        config = compiler.get_config(self)
        words = compiler.build_tsquery(compiler.query, config=config)
        if words is None:
            return super().best_matches(query, queryset, most_ranked, count)
        shortlist_sql, shortlist_params = self._shortlist(queryset, words, most_ranked)
        rank_sql, rank_params = _rank(compiler, config, queryset.db)
        # SQL written by Django (`_shortlist`, `_rank`) and here, every value passed as a parameter.
        entries = connection.ops.quote_name(_index_entry_model()._meta.db_table)
        sql = (
            f'{shortlist_sql} SELECT "object_pk" FROM "shortlist" JOIN {entries} ON {entries}."id" = "entry_id"'  # noqa: S608  # nosec B608
            f' ORDER BY {rank_sql} DESC, "object_pk" DESC LIMIT %s'
        )
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, (*shortlist_params, *rank_params, count))
            return [pk for (pk,) in cursor.fetchall()]

    def _shortlist(self, queryset, words, count):
        """SQL for a `WITH` clause that names "shortlist" the first `count` pages of `queryset` that hold
        `words` (their ids, `object_pk`, and their index entries' ids, `entry_id`), and its parameters: those
        with the words in their title, the shortest titles first; then, when these are fewer than `count`,
        the most recently added of those with the words in their text only.

        Titles come first because fewer of them hold a word: when they fill the shortlist it comes cheap, and
        PostgreSQL does not look through the text at all (a LIMIT of nothing runs nothing)."""
        pages = queryset.order_by().values("pk").query.sql_with_params()  # written once, used twice
        in_title, title_params = self._matches(queryset, pages, words, in_text=False)
        in_text, text_params = self._matches(queryset, pages, words, in_text=True)
        # SQL written by Django (`_matches`) and here, every value passed as a parameter.
        titles = f'{in_title} ORDER BY "title_norm" DESC, "object_pk" DESC LIMIT %s'
        others = f'{in_text} AND "object_pk" NOT IN (SELECT "object_pk" FROM "titles")'  # noqa: S608  # nosec B608
        others += ' ORDER BY "object_pk" DESC LIMIT (SELECT %s - COUNT(*) FROM "titles")'
        shortlist = f'SELECT * FROM "titles" UNION ALL ({others})'  # noqa: S608  # nosec B608
        sql = f'WITH "titles" AS MATERIALIZED ({titles}), "shortlist" AS ({shortlist})'
        return sql, (*title_params, count, *text_params, count)

    def _matches(self, queryset, pages, words, in_text):
        """SQL for the ids of the pages of `queryset` (`pages`: its SQL and parameters) whose title (or, with
        `in_text`, title and text) holds `words`, each with its title's length norm (`title_norm`), and its
        parameters: shortest titles first, or, in the text, newest first. Each comes with its index entry's id
        (`entry_id`), which the ranking reads."""
        pages_sql, pages_params = pages
        entries_sql, entries_params = _entries(
            get_descendants_content_types_pks(queryset.model), words, in_text, queryset.db
        )
        # The entries are sorted before their pages are looked up, so that PostgreSQL looks up pages in that
        # order and stops at the limit (a few hundred ids from the primary key) instead of looking up every
        # match first. A sorted sub-select is kept whole by PostgreSQL, which Django cannot write as a join.
        # Both parts are SQL written by Django, every value in them passed as a parameter.
        sql = f'SELECT "object_pk", "entry_id" FROM ({entries_sql}) AS "matches" WHERE "object_pk" IN ({pages_sql})'  # noqa: S608  # nosec B608
        return sql, (*entries_params, *pages_params)


MOST_SHAPES = 256
_entries_sql = Kept(MOST_SHAPES)  # start again rather than grow: anyone may type any query


def _entries(content_types, words, in_text, using):
    """SQL for the search index entries of `content_types` that hold `words` (see `_matches`), and its
    parameters: the types' ids, then the words'.

    Django takes a millisecond and a half to write the entries' SQL twice for each search, though it is the
    same for every query of the same shape (one word, two, a phrase...): only the words differ, and they are
    parameters. So it is written once per process for each shape. The words alone are written each time
    (0.05 ms), which tells the shape; what Django writes is kept only when its parameters are the types' and
    the words', in that order, so the kept SQL is never given parameters in another order."""
    IndexEntry = _index_entry_model()  # noqa: N806 - a model
    query = IndexEntry.objects.all().query
    words_sql, words_params = query.get_compiler(using).compile(Unseen(words).resolve_expression(query))
    params = (*content_types, *words_params)
    key = (len(content_types), words_sql, in_text, using)  # the types' ids are parameters too
    sql = _entries_sql.get(key)
    if sql is None:
        title = F("title")
        vector = title._combine(F("body"), "||", False) if in_text else title  # as indexed (pages/migrations/0006)
        # The ranking weighs a title that holds the words by its title_norm: the average title's length over
        # this one's, kept up to date by the index. So, for titles, the shortest first.
        order = [F("object_pk").desc()] if in_text else [F("title_norm").desc(), F("object_pk").desc()]
        entries = (
            IndexEntry.objects.filter(content_type_id__in=content_types)
            .filter(Holds(vector, RawSQL(words_sql, words_params, output_field=SearchQueryField())))  # noqa: S611  # nosec B611 - written by Django above
            .annotate(object_pk=Cast("object_id", BigIntegerField()), entry_id=F("pk"))
            .order_by(*order)
            .values_list("object_pk", "entry_id", "title_norm")
        )
        sql, written_params = entries.query.sql_with_params()
        if tuple(written_params) != params:
            return sql, written_params
        _entries_sql.keep(key, sql)
    return sql, params


def _index_entry_model():
    from modelsearch.backends.database.postgres.postgres import IndexEntry  # only on PostgreSQL

    return IndexEntry


def _rank(compiler, config, using):
    """SQL for how well a search index entry (the table's own name, not an alias) matches the query of
    `compiler`, and its parameters: modelsearch's own rank, as its `search()` orders by it, of the entry's
    title, weighed by its title_norm, and of its body (modelsearch's `get_index_vectors`, here read from the
    entry itself rather than through a page's `index_entries`)."""
    IndexEntry = _index_entry_model()  # noqa: N806 - a model
    rank = compiler._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)
    query = IndexEntry.objects.all().query
    return query.get_compiler(using).compile(rank.resolve_expression(query))


class ResultsWithoutTheirText:
    """For modelsearch's PostgreSQL query compiler: results come back without the text they were found in."""

    def _apply_ordering_and_scoring(self, queryset, *args, **kwargs):
        # modelsearch filters on an annotation, `_vector_` (a page's title and body vectors joined), and so
        # also selects it with every result, though nothing reads it: PostgreSQL read and joined the two again
        # for each row and sorted them along (for 200 Khmer articles, 11 ms of the 26). Dropped from the
        # select as `alias()` would, it still filters.
        queryset = queryset.all()
        annotations = queryset.query.annotation_select
        if "_vector_" in annotations:
            queryset.query.set_annotation_mask(set(annotations) - {"_vector_"})
        return super()._apply_ordering_and_scoring(queryset, *args, **kwargs)


@lru_cache
def _analysed_backend_class(backend_class, on_postgresql):
    if not on_postgresql:
        return type(f"Analysed{backend_class.__name__}", (AnalysedQueries, backend_class), {})
    compiler_class = type(
        f"Lean{backend_class.query_compiler_class.__name__}",
        (ResultsWithoutTheirText, backend_class.query_compiler_class),
        {},
    )
    return type(
        f"Analysed{backend_class.__name__}",
        (PostgreSQLShortlist, AnalysedQueries, backend_class),
        {"query_compiler_class": compiler_class},
    )


def SearchBackend(params):  # noqa: N802 - Wagtail looks up a backend module's `SearchBackend`
    """Wagtail's database backend for whichever database this is, analysing queries as the index does."""
    params = {**params, "SEARCH_CONFIG": "simple"}  # PostgreSQL must not stem what is stemmed already
    database_backend_class = type(database.SearchBackend(params))  # chosen by the database in use
    on_postgresql = connection.vendor == "postgresql"  # as modelsearch chooses its PostgreSQL backend
    return _analysed_backend_class(database_backend_class, on_postgresql)(params)
