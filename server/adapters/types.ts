// Where applications come from: the MPP's own store, or an agency's system (SiCantik behind SPLP, OSS-RBA, …)
// that only the server may call. Every source answers the same three ways, so the resident's answer never depends
// on which system holds the truth.
import type { ApplicationRecord } from '../store/types.js';

/** An application as a source holds it, with the last 4 digits of the applicant's NIK to check the second factor. */
export type SourcedApplication = ApplicationRecord & { nikLast4: string };

/** A source's answer for one application number. */
export type SourceAnswer =
  | {
      kind: 'found';
      application: SourcedApplication;
      /** When it was read from a remote system that could not be reached now: the copy's age is then shown. */
      staleSince?: number;
    }
  | { kind: 'not_found' }
  /** The system holding it cannot answer now; `retryAfterSeconds` when it is known when to try again. */
  | { kind: 'unavailable'; retryAfterSeconds: number };

/** A system applications are read from. */
export interface ApplicationSource {
  /** A name for logs and docs (`store`, `SiCantik`). */
  readonly name: string;
  /** Whether this source holds the application with this number (sources are asked in order; the first that does). */
  handles(number: string): boolean;
  /**
   * The number as this system writes it (the store's are upper case): the second-factor cap counts per normalised
   * number, so typing a number in another case buys no extra guesses.
   */
  normalise(number: string): string;
  find(number: string, now: number): Promise<SourceAnswer>;
  /** Whether the MPP's own staff may change it here (a remote system's applications change there, not here). */
  readonly changeable: boolean;
}
