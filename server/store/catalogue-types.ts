// The catalogue as administrators change it: services with whether they are published and their revision, written
// in one transaction with their audit entries and a new catalogue version (which every instance reads cheaply to
// know its copy is stale).
import type { AuditEntry } from './staff-types.js';
import type { CatalogueService } from './types.js';

/** A service as stored: its standard (the document residents read), published or not, and its revision. */
export interface StoredService {
  service: CatalogueService;
  published: boolean;
  /** 1 as seeded or created, one more at every change. */
  revision: number;
  /** Null for a service as seeded. */
  updatedAt: string | null;
}

/** One change of a batch: a new service, or a service replaced (from `revision`, when the editor read one). */
export type ServiceWrite =
  | { kind: 'create'; service: CatalogueService; published: boolean }
  | { kind: 'update'; service: CatalogueService; published: boolean; revision?: number };

/** A batch written whole, or the first write that could not be (nothing written). */
export type WriteOutcome =
  { ok: true; saved: StoredService[] } | { ok: false; index: number; reason: 'exists' | 'missing' | 'stale' };

export interface CatalogueStore {
  /** Grows at every change of the catalogue (one row, read by primary key: cheap enough to ask every second). */
  catalogueVersion(): Promise<number>;
  /** Every service, published or not, of one agency when given, in catalogue order. */
  storedServices(agencyId?: string): Promise<StoredService[]>;
  storedService(id: string): Promise<StoredService | undefined>;
  /**
   * Writes every change of `writes` or none, in one transaction with an audit entry per change (built from the
   * service before and after) and `extra` entries, and moves the catalogue version on.
   */
  writeServices(
    writes: readonly ServiceWrite[],
    at: string,
    audit: (before: StoredService | undefined, after: StoredService) => AuditEntry,
    extra?: readonly AuditEntry[],
  ): Promise<WriteOutcome>;
}

/** The migration of both engines: a service's standing and revision, and the catalogue's version. */
export const CATALOGUE_SQLITE_MIGRATION = `
  ALTER TABLE services ADD COLUMN published INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE services ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE services ADD COLUMN updated_at TEXT;
  INSERT OR IGNORE INTO meta (key, value) VALUES ('catalogue_version', '1');
`;
/**
 * The migration of both engines for content in other languages: a service's translations (`{"en": {…}}`, the
 * contract's ServiceStandard.translations) in a column of their own beside its Indonesian document, NULL for none.
 */
export const TRANSLATIONS_SQLITE_MIGRATION = `ALTER TABLE services ADD COLUMN translations TEXT;`;
export const TRANSLATIONS_POSTGRES_MIGRATION = `ALTER TABLE services ADD COLUMN translations JSON;`;

/** A service split into its Indonesian document and its translations (null for none), as both engines store it. */
export function splitTranslations(service: CatalogueService): { doc: CatalogueService; translations: string | null } {
  const { translations, ...doc } = service;
  return { doc, translations: translations && Object.keys(translations).length ? JSON.stringify(translations) : null };
}

/** The service as stored, its translations joined back in. */
export function joinTranslations(doc: CatalogueService, translations: unknown): CatalogueService {
  const t = typeof translations === 'string' ? JSON.parse(translations) : translations;
  return t ? { ...doc, translations: t } : doc;
}

export const CATALOGUE_POSTGRES_MIGRATION = `
  ALTER TABLE services
    ADD COLUMN published BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN revision INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN updated_at TEXT;
  INSERT INTO meta (key, value) VALUES ('catalogue_version', '1') ON CONFLICT (key) DO NOTHING;
`;
