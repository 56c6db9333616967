// TypeScript declarations for annalist.js: the <annalist-view> element and the JS API.
// The result types mirror src/engine/model.rs (the CLI's JSONL contract).
// Offsets: `start`/`end` are Unicode code points, `start16`/`end16` UTF-16 code
// units (use these with JS string methods: text.slice(m.start16, m.end16)).

export type Label =
  | "PERSON" | "NORP" | "FAC" | "ORG" | "GPE" | "LOC" | "PRODUCT" | "EVENT" | "WORK_OF_ART"
  | "LAW" | "LANGUAGE" | "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL"
  | "CARDINAL" | "ITEM";

/** One document to analyse (a line of the CLI's JSONL input). */
export interface DocumentInput {
  id: string;
  text: string;
  /** Publication date, ISO YYYY-MM-DD. */
  date?: string;
}

export interface Mention {
  start: number;
  end: number;
  start16: number;
  end16: number;
  text: string;
  label: Label;
  /** Id of the merged entity ("E3"). */
  entity: string;
  /** Id of the entity this mention stands for ("Beijing said" → China). */
  actor?: string;
}

export interface Entity {
  id: string;
  /** Canonical name, without titles. */
  name: string;
  label: Label;
  aliases: string[];
  mentions: number;
  /** 0..1; 1 for the most salient entity of the document. */
  salience: number;
  roles?: string[];
  /** ISO 3166-1 alpha-2 code (countries, and cities' countries). */
  country?: string;
}

export interface Timex {
  id: string;
  start: number;
  end: number;
  start16: number;
  end16: number;
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** TimeML value: "2024-04-16", "2024-W16", "P2W", "PAST_REF", ... */
  value: string;
  /** TimeML mod: "START", "MID", "END", "APPROX", ... */
  mod?: string;
}

export interface EventRelation {
  relation: string;
  event: string;
}

export interface Event {
  id: string;
  /** TimeML value of its date, or a range "2014/2016". */
  date: string;
  label: string;
  participants: string[];
  /** Code point span of the sentence that states it. */
  sentence: [number, number];
  sentence16: [number, number];
  timex?: string;
  relations?: EventRelation[];
  /** "BEFORE"/"AFTER": `timex` orders the event ("before Easter"), it does not date it. */
  timex_relation?: "BEFORE" | "AFTER";
  /** A plan or expectation, not a done event ("will visit", "is due to meet"). */
  planned?: boolean;
}

/** A relation between two entities stated by one sentence. */
export interface Relation {
  /** "R1", "R2", ... in text order. */
  id: string;
  type: "SUPPLY" | "MEETING" | "SANCTION" | "OWNERSHIP" | "EMPLOYMENT";
  /** Entity id of the supplier, sanctioning body, owner, person employed, or first party. */
  source: string;
  /** Entity id of the recipient, sanctioned, owned, employer, or second party. */
  target: string;
  /** Entity ids of the goods supplied (SUPPLY only). */
  items?: string[];
  modality: "asserted" | "hedged" | "negated";
  /** Code point span of the sentence stating it. */
  sentence: [number, number];
  sentence16: [number, number];
  /** Code point span of the trigger word. */
  trigger: [number, number];
  /** TimeML value of its date, when the clause dates it. */
  date?: string;
  /** Id of the time expression that dates it. */
  timex?: string;
}

/** What extract() returns: exactly the CLI's JSON for the document. */
export interface Analysis {
  id: string;
  date?: string;
  date_source?: "input" | "text" | "dateline";
  /** The text's own date (its dateline or a dated heading) when the given date differs. */
  text_date?: string;
  sentences: [number, number][];
  entities: Mention[];
  entity_list: Entity[];
  timex: Timex[];
  events: Event[];
  relations: Relation[];
  warnings?: string[];
}

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) against which "last Tuesday" is resolved. */
  date?: string;
  /** Copied to Analysis.id. */
  id?: string;
}

/** A document and its analysis: what the export functions take. */
export interface AnnalistDocument {
  input: DocumentInput;
  analysis: Analysis;
}

/** What a file written by exportHtml carries. */
export interface AnnalistBundle {
  format: "annalist-bundle/1";
  documents: AnnalistDocument[];
  corrections?: unknown;
}

export interface InitOptions {
  /** The wasm module: a URL, a Response, bytes or a compiled WebAssembly.Module. */
  module_or_path?: string | URL | Request | Response | BufferSource | WebAssembly.Module;
}

/** Load and start the WebAssembly module; call once (later calls share the promise). */
export default function init(options?: InitOptions): Promise<unknown>;

/** Analyse a text. Throws if init() has not finished. */
export function extract(text: string, options?: ExtractOptions): Analysis;

/** The CLI's JSONL: one analysis a line. */
export function exportJsonl(docs: AnnalistDocument[]): string;
/** RFC 4180 CSV of entities, mentions, events or relations (an edge list). */
export function exportCsv(docs: AnnalistDocument[], kind: "entities" | "mentions" | "events" | "relations"): string;
/** TimelineJS 3 JSON of the dated events. */
export function exportTimelineJs(docs: AnnalistDocument[], title?: string): string;
/** The timeline as a standalone SVG document. */
export function exportSvg(docs: AnnalistDocument[]): string;
/** The timeline as a PNG image, drawn at twice the SVG's size. */
export function exportPng(docs: AnnalistDocument[]): Promise<Blob>;
/** One self-contained, read-only HTML file (it runs no script). */
export function exportHtml(docs: AnnalistDocument[], title?: string, corrections?: unknown): string;
/** The bundle inside a file written by exportHtml. */
export function readHtmlExport(html: string): AnnalistBundle;
/** "#doc=…": a URL fragment carrying the compressed text; throws when too long. */
export function shareFragment(text: string, options?: ExtractOptions): string;
/** The document in a share fragment, or null when it has none. */
export function readShareFragment(fragment: string): DocumentInput | null;

/** The <annalist-view> element class (registered on import). */
export class AnnalistViewElement extends HTMLElement {
  static readonly observedAttributes: string[];
}

/** Attributes of <annalist-view>. */
export interface AnnalistViewAttributes {
  /** URL of a .txt, .html or .json ({ text, date? }) document on the same origin. */
  src?: string;
  /** Id of an element of the page whose text to analyse. */
  for?: string;
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  /** Entity types to show: "PERSON ORG GPE" (default: all). */
  types?: string;
  /** CSS height: "400", "400px", "30em", "60vh". */
  height?: string;
  theme?: "light" | "dark" | "auto";
  /** Present: the text may be edited in the widget. */
  editable?: "" | boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    "annalist-view": AnnalistViewElement;
  }
  interface HTMLElementEventMap {
    /** The widget has loaded its document and mounted. */
    "annalist-ready": Event;
    /** The widget could not start (detail: message). */
    "annalist-error": CustomEvent<string>;
  }
}
