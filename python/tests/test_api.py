"""The Python API against the CLI: same engine, same JSON; offsets index Python strings."""

from __future__ import annotations

import json
import threading

import pytest
from corpus import articles

import annalist

# Our own text, with non-ASCII letters and a character outside the BMP (🙂: one code
# point, two UTF-16 units) before the names, so the three offset kinds all differ.
TEXT = (
    "Zoë Martens 🙂 of Halvard Energy said on Tuesday that the company will ship wind "
    "turbines to Kenya next year. Martens met officials in São Paulo last week."
)


def test_extract_equals_cli_line(cli):
    [line] = cli([{"id": "t1", "text": TEXT, "date": "2024-04-16"}])
    a = annalist.extract(TEXT, date="2024-04-16", id="t1")
    assert a == json.loads(line)
    assert a["entities"], "the engine finds names in TEXT"


def test_offsets_are_code_points():
    a = annalist.extract(TEXT, date="2024-04-16")
    assert a["entities"] and a["timex"]
    for item in a["entities"] + a["timex"]:
        assert TEXT[item["start"]:item["end"]] == item["text"]
    after_emoji = [m for m in a["entities"] if m["start"] > TEXT.index("🙂")]
    assert after_emoji and all(m["start16"] == m["start"] + 1 for m in after_emoji)


def test_date_object_and_string_agree():
    import datetime

    assert annalist.extract(TEXT, date=datetime.date(2024, 4, 16)) == annalist.extract(
        TEXT, date="2024-04-16"
    )


def test_bad_date_is_a_warning_as_in_the_cli(cli):
    a = annalist.extract(TEXT, date="16/04/2024", id="w")
    assert a.get("warnings")
    # The CLI also names the line on stderr and exits 1.
    assert a == json.loads(cli([{"id": "w", "text": TEXT, "date": "16/04/2024"}], status=1)[0])


def test_extract_many_matches_cli_byte_for_byte_in_order(cli):
    docs = articles(60, seed=7)
    want = cli(docs)
    assert annalist.extract_many_jsonl(docs, threads=1) == want
    assert annalist.extract_many_jsonl(docs, threads=2) == want
    assert annalist.extract_many(docs, threads=2) == [json.loads(s) for s in want]


def test_extract_many_accepts_any_iterable_and_more_threads_than_docs():
    docs = articles(3, seed=8)
    got = annalist.extract_many((d for d in docs), threads=8)
    assert [a["id"] for a in got] == [d["id"] for d in docs]
    assert annalist.extract_many([], threads=2) == []


def test_bad_document_raises_input_error_naming_it():
    docs = [{"id": "ok", "text": "Talks in Oslo."}, {"id": "no-text"}, {"text": 5}]
    with pytest.raises(annalist.InputError, match=r"line 2: .*text") as e:
        annalist.extract_many(docs, threads=2)
    assert isinstance(e.value, ValueError)
    with pytest.raises(annalist.InputError, match="line 1"):
        annalist.extract_many([{"text": 5}])
    with pytest.raises(TypeError):
        annalist.extract_many(["just a string"])


def test_zero_threads_is_a_value_error():
    with pytest.raises(ValueError, match="threads"):
        annalist.extract_many([{"text": "x"}], threads=0)


def test_concurrent_callers_get_their_own_results():
    docs = articles(40, seed=9)
    want = annalist.extract_many(docs, threads=1)
    got = {}

    def work(k):
        got[k] = annalist.extract_many(docs[k::4], threads=1)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for k in range(4):
        assert got[k] == want[k::4]
