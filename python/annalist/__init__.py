"""Annalist from Python: who, what, where and when in news text.

The engine is the same Rust code as the ``annalist`` command-line tool and the web app,
compiled into this package. Results are the JSONL contract (README "The JSONL contract")
as plain Python dicts, key for key what one line of ``annalist extract --jsonl`` holds:

* ``start``/``end``: Unicode code point offsets into the text, end-exclusive, so
  ``text[m["start"]:m["end"]] == m["text"]`` for every mention and time expression;
* ``start16``/``end16``: the same positions in UTF-16 code units (JavaScript's count);
* ``sentences``, ``events[i]["sentence"]``, ``relations[i]["sentence"]`` and ``["trigger"]``:
  ``[start, end]`` code point spans.

>>> a = extract("Acme Corp opened a plant in Ohio on Monday.", date="2024-04-16")
>>> sorted(e["label"] for e in a["entity_list"])  # doctest: +SKIP
['GPE', 'ORG']
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from typing import Any, Dict, Iterable, List, Mapping, Optional, Union

from ._annalist import InputError, __version__, extract_json, extract_many_json

__all__ = ["extract", "extract_many", "extract_many_jsonl", "InputError", "__version__"]

DateLike = Union[str, _dt.date, None]


def _date_str(date: DateLike) -> Optional[str]:
    if isinstance(date, _dt.datetime):
        return date.date().isoformat()
    if isinstance(date, _dt.date):
        return date.isoformat()
    return date


def extract(text: str, date: DateLike = None, id: str = "") -> Dict[str, Any]:
    """Analyse one text and return its analysis (one JSONL-contract object) as a dict.

    Args:
        text: the article, any length; offsets in the result index this ``str``.
        date: publication date, ``"YYYY-MM-DD"`` or a ``datetime.date``; relative time
            expressions ("last week") are resolved against it. Without one, a date found in
            the text is used. An invalid date is not an error: it is reported in the result's
            ``"warnings"`` (as the CLI does).
        id: copied to the result's ``"id"``.

    Returns:
        ``{"id", "date"?, "date_source"?, "sentences", "entities", "entity_list", "timex",
        "events", "relations", "warnings"?}`` — see the package docstring for offsets.

    Raises:
        TypeError: ``text`` is not a ``str``.

    The GIL is released while the engine runs.
    """
    return _json.loads(extract_json(text, _date_str(date), id))


def _line(doc: Mapping[str, Any]) -> str:
    if not isinstance(doc, Mapping):
        raise TypeError(f"extract_many wants dicts with a 'text' key, got {type(doc).__name__}")
    if "date" in doc and isinstance(doc["date"], _dt.date):
        doc = {**doc, "date": _date_str(doc["date"])}
    return _json.dumps(doc, ensure_ascii=False)


def extract_many(
    docs: Iterable[Mapping[str, Any]], threads: Optional[int] = None
) -> List[Dict[str, Any]]:
    """Analyse many documents in parallel; one analysis dict per document, in input order.

    Args:
        docs: dicts shaped like the CLI's JSONL input, ``{"id": str?, "text": str,
            "date": "YYYY-MM-DD" | datetime.date | None?}`` (``"dct"`` is accepted for
            ``"date"``; other keys are ignored). The iterable is consumed at once: pass
            chunks (e.g. 1,000 documents) to bound memory.
        threads: OS threads to use; default: the number of cores. The GIL is released
            while they run, so ``threads=2`` uses two cores from one Python thread.

    Returns:
        A list of analyses, ``extract``'s shape, the i-th for the i-th document.

    Raises:
        InputError: a document is not a valid input (no ``"text"``, a non-string field, ...).
            The message is the engine's (its ``LineError``) and names the 1-based position as ``line N``;
            nothing is returned for the batch.
        ValueError: ``threads`` is 0.
    """
    lines = [_line(d) for d in docs]
    return [_json.loads(s) for s in extract_many_json(lines, threads)]


def extract_many_jsonl(
    docs: Iterable[Mapping[str, Any]], threads: Optional[int] = None
) -> List[str]:
    """As :func:`extract_many`, but each analysis is returned as JSON text: byte for byte the
    line ``annalist extract --jsonl`` prints for that document (no trailing newline).

    Cheaper when the result is stored or shipped as JSON (the Spark recipe uses it).
    """
    return extract_many_json([_line(d) for d in docs], threads)
