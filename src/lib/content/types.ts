/**
 * Shapes of a dossier as read from `content/`: the curator's files after
 * validation, and each article after decoding, metadata resolution and cleaning.
 */
import type { AddressLedger } from '../addresses/address-ledger.ts';
import type { AddressChange } from '../addresses/assign-addresses.ts';
import type { BoilerplateRule, CleanedArticle, CleaningOverrides } from '../clean/types.ts';
import type { Entity } from '../entities/entity.ts';
import type { ArticleState } from '../pipeline/article-state.ts';
import type { DossierConfig, OriginField } from './schemas.ts';

/** `content/dossier.yaml`: the dossier as a whole (its one schema is in schemas.ts). */
export type { DossierConfig };

/** A sidecar `content/articles/<name>.meta.yaml`, as the curator wrote it (validated). */
export interface ArticleMeta {
  outlet: string;
  /** ISO date `YYYY-MM-DD`; if absent, taken from the text when the text states it. */
  published?: string;
  url?: string;
  language: string;
  /** Pins the URL slug; otherwise derived from the title. */
  slug?: string;
  /** Overrides the detected title. */
  title?: string;
  /** Free-text curator note (e.g. how the outlet was identified). */
  note?: string;
  cleaning: CleaningOverrides;
  /** A draft (what `dossier add` writes) is shown by `astro dev` only; `published` (the default) is built. */
  status: 'draft' | 'published';
  /** Authors, as the page or the curator names them. */
  author?: string[];
  /** ISO date of the article's last update, as the page states it. */
  modified?: string;
  /** Where `dossier add` found each value it wrote: the saved page or the text; a field not named was written by the curator. */
  origin: Partial<Record<OriginField, 'page' | 'text'>>;
  /** Fields the curator has checked: their warnings (e.g. a date that differs from the text's) stay quiet. */
  checked: OriginField[];
}

/** Where a metadata value comes from: written by the curator, stated by the saved page, or extracted from the text. */
export type Provenance = 'curated' | 'page' | 'text';

export interface Sourced<T> {
  value: T;
  source: Provenance;
  /** For values from the text: the words they were read from, e.g. `am 12. März 2025`. */
  evidence?: string;
}

/** One article, ready to publish. */
export interface ArticleRecord {
  /** ASCII URL slug (ä→ae, ß→ss), unique in the dossier. */
  slug: string;
  /** Path of the raw file relative to the project root, POSIX separators. */
  file: string;
  /** Path of the sidecar relative to the project root. */
  metaFile: string;
  /** Encoding the raw bytes were decoded from: a text encoding (see decode-bytes.ts) or the WHATWG name of a page's. */
  encoding: string;
  /** `html` for a saved page, whose `source` is the page's visible text. */
  format: 'text' | 'html';
  /** The decoded raw text, or a saved page's visible text (never modified; offsets in `cleaned` point into it). */
  source: string;
  meta: ArticleMeta;
  title: Sourced<string>;
  outlet: Sourced<string>;
  published?: Sourced<string>;
  url?: string;
  language: string;
  cleaned: CleanedArticle;
}

/** A problem found in `content/`, written for the curator. */
export interface DossierProblem {
  /** File the problem is in, relative to the project root. */
  file: string;
  severity: 'error' | 'warning';
  /** Stable code, e.g. `empty-file`, `binary-file`, `duplicate-article`, `bad-metadata`. */
  code: string;
  message: string;
  /** What the curator should do about it. */
  fix: string;
}

/** The whole dossier as read from `content/`. */
export interface LoadedDossier {
  config: DossierConfig;
  rules: BoilerplateRule[];
  entities: Entity[];
  articles: ArticleRecord[];
  /** The same articles as the pipeline carries them on (see src/lib/pipeline/), in the same order. */
  states: ArticleState[];
  problems: DossierProblem[];
  /** The address ledger as the next build writes it, and what it changes (see `src/lib/addresses/`). */
  addresses: { ledger: AddressLedger; changes: AddressChange[] };
}

/** One article as read from `content/articles/`, before cleaning. */
export interface ArticleInput {
  /** Path of the raw file relative to the project root, POSIX separators. */
  file: string;
  /** Path of the sidecar relative to the project root. */
  metaFile: string;
  /** SHA-256 of the raw bytes, hex: changes whenever the file does. */
  bytesDigest: string;
  /** The decoded raw text, or a saved page's visible text. */
  source: string;
  encoding: string;
  format: 'text' | 'html';
  /** A saved page's markup, as decoded. */
  html?: string;
  meta: ArticleMeta;
}
