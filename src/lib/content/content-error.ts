import type { DossierProblem } from './types.ts';

/** What a curator needs to know about one problem in one file. */
export interface ContentErrorInit {
  /** File the problem is in, relative to the project root (or as the user named it). */
  file: string;
  /** Stable code, e.g. `empty-file`. */
  code: string;
  /** What is wrong, as a sentence; the file is named separately. */
  detail: string;
  /** What to do about it. */
  fix: string;
}

/**
 * A problem in the curator's content that stops one file from being used.
 * Thrown by pure functions (e.g. decoding) so callers can turn it into a
 * {@link DossierProblem} and go on with the other files instead of crashing.
 * `message` names the file, so an uncaught one still tells the whole story.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly code: string;
  readonly detail: string;
  readonly fix: string;

  constructor(init: ContentErrorInit) {
    super(`${init.file}: ${init.detail} Fix: ${init.fix}`);
    this.name = 'ContentError';
    this.file = init.file;
    this.code = init.code;
    this.detail = init.detail;
    this.fix = init.fix;
  }

  /** The error as a problem report; content errors are always of error severity. */
  toProblem(): DossierProblem {
    return { file: this.file, severity: 'error', code: this.code, message: this.detail, fix: this.fix };
  }
}
