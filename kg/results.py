"""Running SPARQL over the store and printing the rows as a table, CSV, TSV, JSON or JSON Lines."""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Store
from rich.console import Console
from rich.table import Table

from .namespaces import PREFIXES, XSD

FORMATS = ("table", "csv", "tsv", "json", "jsonl")


@dataclass
class Rows:
    """A SELECT result as plain Python values (None where unbound), or the answer of an ASK."""

    columns: list[str]
    rows: list[list]
    boolean: bool | None = None


def term_value(term):
    """A term as a plain Python value: IRIs and strings as str, numbers as int or float, booleans as bool."""
    if term is None:
        return None
    if isinstance(term, Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        if dt in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger"):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt in ("decimal", "double", "float"):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        if dt == "boolean":
            return term.value == "true"
        return term.value
    if isinstance(term, (NamedNode, BlankNode)):
        return term.value
    return str(term)


# ---- typed values (the Python API's DataFrames): dates as dates, every integer and decimal type a number
_INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                 "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
                                 "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}


def python_value(term):
    """An RDF term as a Python value: numbers, ``date``/``datetime``, bool, str (IRIs and blank nodes too).

    >>> python_value(Literal("2025-03-18", datatype=NamedNode(XSD + "date")))
    datetime.date(2025, 3, 18)
    >>> python_value(Literal("1.50", datatype=NamedNode(XSD + "decimal")))
    1.5
    """
    if term is None:
        return None
    if isinstance(term, Literal):
        dt, v = term.datatype.value, term.value
        try:
            if dt in _FLOAT_TYPES:
                return float(v)
            if dt in _INT_TYPES:
                return int(v)
            if dt == XSD + "date":
                return _dt.date.fromisoformat(v[:10])
            if dt == XSD + "dateTime":
                return _dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
            if dt == XSD + "boolean":
                return v in ("true", "1")
        except ValueError:
            return v  # an ill-typed literal stays as written rather than failing the whole query
        return v
    if isinstance(term, BlankNode):
        return "_:" + term.value
    return term.value


def to_rows(result, value: Callable = term_value) -> Rows:
    """A query result as Rows of ``value(term)`` (``term_value``, or ``python_value`` for typed values)."""
    if isinstance(result, QueryBoolean):
        return Rows(["result"], [[bool(result)]], bool(result))
    if isinstance(result, QuerySolutions):
        columns = [v.value for v in result.variables]
        return Rows(columns, [[value(s[c]) for c in columns] for s in result])
    # CONSTRUCT / DESCRIBE: triples
    return Rows(["subject", "predicate", "object"],
                [[value(t.subject), value(t.predicate), value(t.object)] for t in result])


def run_sparql(store: Store, text: str, substitutions: dict | None = None) -> Rows:
    """Run a query with the union of all graphs as default graph and the project's prefixes known."""
    return to_rows(store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES,
                               substitutions=substitutions))


def format_rows(rows: Rows, fmt: str) -> str:
    """Rows as CSV, TSV, JSON (a list of objects) or JSON Lines."""
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(rows.columns)
        w.writerows([["" if v is None else v for v in r] for r in rows.rows])
        return buf.getvalue()
    objs = [dict(zip(rows.columns, r)) for r in rows.rows]
    if fmt == "json":
        return json.dumps(objs, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def print_results(rows: Rows, fmt: str, console: Console) -> None:
    """Rows as ``fmt`` (csv, tsv, json, jsonl: ``format_rows``) or, for "table", as a table when it fits the
    console's width, else one record per row, a line per column (as psql's expanded display): squeezed
    into 80 columns, a row of sentences and titles would show a few letters of each."""
    if fmt != "table":
        console.file.write(format_rows(rows, fmt))
        return
    cells = [["" if v is None else str(v) for v in r] for r in rows.rows]
    if _table_width(rows.columns, cells) <= console.width:
        table = Table(*rows.columns, show_lines=False)
        for r in cells:
            table.add_row(*r)
        console.print(table)
    else:
        pad = max(map(len, rows.columns), default=0)
        for i, r in enumerate(cells, 1):
            console.print(f"-- row {i} " + "-" * max(0, min(console.width, 60) - 9 - len(str(i))), style="dim",
                          markup=False, highlight=False)
            for col, value in zip(rows.columns, r):
                console.print(f"{col:<{pad}}  {value}", markup=False, highlight=False)
    console.print(f"{len(rows.rows)} rows", style="dim")


def _table_width(columns: list[str], cells: list[list[str]]) -> int:
    """The characters a rich table of these cells needs to show every value on one line: each column's
    widest value or header, plus its padding and border."""
    widths = [len(c) for c in columns]
    for r in cells:
        widths = [max(w, len(v)) for w, v in zip(widths, r)]
    return sum(w + 3 for w in widths) + 1
