"""Type stubs for ``annalist``: the JSONL contract (``src/engine/model.rs``) as TypedDicts.

Offsets (``start``, ``end``, ``sentence``, ``trigger``, ``sentences``) are Unicode code
points, end-exclusive; ``start16``/``end16``/``sentence16`` are UTF-16 code units.
"""

import datetime
from typing import Any, Iterable, List, Literal, Mapping, Optional, TypedDict, Union

from typing_extensions import NotRequired

__version__: str

Label = Literal[
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "ITEM",
]
Span = List[int]  # [start, end], code points, end-exclusive

class Mention(TypedDict):
    start: int
    end: int
    start16: int
    end16: int
    text: str
    label: Label
    entity: str  # "E3": the id of its entity in entity_list
    actor: NotRequired[str]  # entity id it acts for ("Beijing said" -> China)
    resolved: NotRequired[str]  # "pronoun" | "description"

class Entity(TypedDict):
    id: str
    name: str
    label: Label
    aliases: List[str]
    mentions: int
    salience: float  # 0..1, the most salient entity has 1
    roles: NotRequired[List[str]]
    country: NotRequired[str]  # ISO 3166-1 alpha-2

class Timex(TypedDict):
    id: str
    start: int
    end: int
    start16: int
    end16: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TimeML value: "2024-04-16", "P2W", "PAST_REF"
    mod: NotRequired[str]

class EventRelation(TypedDict):
    relation: str
    event: str

class Attribution(TypedDict):
    source: str
    entity: NotRequired[str]
    cue: str

class Event(TypedDict):
    id: str
    date: str
    label: str
    participants: List[str]
    sentence: Span
    sentence16: Span
    timex: NotRequired[str]
    relations: NotRequired[List[EventRelation]]
    timex_relation: NotRequired[Literal["BEFORE", "AFTER"]]
    planned: NotRequired[bool]
    attribution: NotRequired[Attribution]

class Relation(TypedDict):
    id: str
    type: Literal["SUPPLY", "MEETING", "SANCTION", "OWNERSHIP", "EMPLOYMENT"]
    source: str
    target: str
    items: NotRequired[List[str]]
    modality: Literal["asserted", "hedged", "negated"]
    sentence: Span
    sentence16: Span
    trigger: Span
    date: NotRequired[str]
    timex: NotRequired[str]

class Analysis(TypedDict):
    id: str
    date: NotRequired[str]
    date_source: NotRequired[Literal["input", "text", "dateline"]]
    text_date: NotRequired[str]
    sentences: List[Span]
    entities: List[Mention]
    entity_list: List[Entity]
    timex: List[Timex]
    events: List[Event]
    relations: List[Relation]
    warnings: NotRequired[List[str]]

class InputError(ValueError):
    """A document the engine cannot read; the message is the Rust ``LineError``'s ("line N: ...",
    N the document's 1-based position in the batch)."""

def extract(
    text: str, date: Union[str, datetime.date, None] = None, id: str = ""
) -> Analysis:
    """Analyse one text. Offsets are code points into ``text``. Releases the GIL."""

def extract_many(
    docs: Iterable[Mapping[str, Any]], threads: Optional[int] = None
) -> List[Analysis]:
    """Analyse ``{"id"?, "text", "date"?}`` dicts on ``threads`` OS threads (default: all
    cores), GIL released; results in input order. Raises ``InputError`` on a bad document."""

def extract_many_jsonl(
    docs: Iterable[Mapping[str, Any]], threads: Optional[int] = None
) -> List[str]:
    """As ``extract_many``, each analysis as the exact JSON line the CLI prints."""
