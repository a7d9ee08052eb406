// The catalogue store on SQLite, sharing the booking store's connection (one writer: a transaction is exclusive).
import type Database from 'better-sqlite3';
import {
  joinTranslations,
  splitTranslations,
  type CatalogueStore,
  type ServiceWrite,
  type StoredService,
  type WriteOutcome,
} from './catalogue-types.js';
import { auditParams } from './staff-sqlite.js';
import type { AuditEntry } from './staff-types.js';

interface ServiceRow {
  doc: string;
  translations: string | null;
  published: number;
  revision: number;
  updated_at: string | null;
}
const toStored = (r: ServiceRow): StoredService => ({
  service: joinTranslations(JSON.parse(r.doc), r.translations),
  published: Boolean(r.published),
  revision: r.revision,
  updatedAt: r.updated_at,
});

/** Thrown inside the transaction to roll it back with the failed write. */
class Refused {
  constructor(readonly outcome: WriteOutcome) {}
}

export class SqliteCatalogueStore implements CatalogueStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    const columns = 'doc, translations, published, revision, updated_at';
    this.q = {
      version: p<{ value: string }>(`SELECT value FROM meta WHERE key = 'catalogue_version'`),
      bump: p(`UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'catalogue_version'`),
      all: p<ServiceRow>(`SELECT ${columns} FROM services ORDER BY rowid`),
      ofAgency: p<ServiceRow>(`SELECT ${columns} FROM services WHERE agency_id = ? ORDER BY rowid`),
      one: p<ServiceRow>(`SELECT ${columns} FROM services WHERE id = ?`),
      insert: p(
        'INSERT INTO services (id, agency_id, bookable, doc, translations, published, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)',
      ),
      update: p(
        'UPDATE services SET agency_id = ?, bookable = ?, doc = ?, translations = ?, published = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
      ),
      audit:
        p(`INSERT INTO staff_audit (at, actor_kind, actor_id, actor_label, action, agency_id, target, before, after)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  async catalogueVersion() {
    return Number(this.q.version.get()?.value ?? 0);
  }

  async storedServices(agencyId?: string) {
    return (agencyId === undefined ? this.q.all.all() : this.q.ofAgency.all(agencyId)).map(toStored);
  }

  async storedService(id: string) {
    const row = this.q.one.get(id);
    return row && toStored(row);
  }

  async writeServices(
    writes: readonly ServiceWrite[],
    at: string,
    audit: (before: StoredService | undefined, after: StoredService) => AuditEntry,
    extra: readonly AuditEntry[] = [],
  ): Promise<WriteOutcome> {
    try {
      return this.db.transaction((): WriteOutcome => {
        const saved: StoredService[] = [];
        const entries: AuditEntry[] = [];
        writes.forEach((w, index) => {
          const { service } = w;
          const { doc, translations } = splitTranslations(service);
          const row = this.q.one.get(service.id);
          const before = row && toStored(row);
          if (w.kind === 'create') {
            if (before) throw new Refused({ ok: false, index, reason: 'exists' });
            this.q.insert.run(
              service.id,
              service.agencyId,
              service.bookable ? 1 : 0,
              JSON.stringify(doc),
              translations,
              w.published ? 1 : 0,
              at,
            );
          } else {
            if (!before) throw new Refused({ ok: false, index, reason: 'missing' });
            if (w.revision !== undefined && w.revision !== before.revision)
              throw new Refused({ ok: false, index, reason: 'stale' });
            this.q.update.run(
              service.agencyId,
              service.bookable ? 1 : 0,
              JSON.stringify(doc),
              translations,
              w.published ? 1 : 0,
              at,
              service.id,
            );
          }
          const after = toStored(this.q.one.get(service.id)!);
          saved.push(after);
          entries.push(audit(before, after));
        });
        for (const entry of [...entries, ...extra]) this.q.audit.run(...auditParams(entry));
        if (writes.length) this.q.bump.run();
        return { ok: true, saved };
      })();
    } catch (error) {
      if (error instanceof Refused) return error.outcome;
      throw error;
    }
  }
}
