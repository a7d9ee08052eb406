// The catalogue store on PostgreSQL, on the booking store's pool. A change locks the service's row (or finds its
// id taken) and the catalogue version's row, so two administrators saving at once are serialised, and every
// instance sees the new version at its next check.
import type pg from 'pg';
import {
  joinTranslations,
  splitTranslations,
  type CatalogueStore,
  type ServiceWrite,
  type StoredService,
  type WriteOutcome,
} from './catalogue-types.js';
import { inTransaction, RollbackWith } from './postgres-places.js';
import { auditParams } from './staff-sqlite.js';
import type { AuditEntry } from './staff-types.js';
import type { CatalogueService } from './types.js';

interface ServiceRow {
  doc: CatalogueService;
  translations: unknown;
  published: boolean;
  revision: number;
  updated_at: string | null;
}
const toStored = (r: ServiceRow): StoredService => ({
  service: joinTranslations(r.doc, r.translations),
  published: r.published,
  revision: r.revision,
  updatedAt: r.updated_at,
});
const COLUMNS = 'doc, translations, published, revision, updated_at';
const APPEND = `INSERT INTO staff_audit (at, actor_kind, actor_id, actor_label, action, agency_id, target, before, after)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

export class PostgresCatalogueStore implements CatalogueStore {
  constructor(private readonly pool: pg.Pool) {}

  async catalogueVersion() {
    const { rows } = await this.pool.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'catalogue_version'`);
    return Number(rows[0]?.value ?? 0);
  }

  async storedServices(agencyId?: string) {
    const { rows } = await this.pool.query<ServiceRow>(
      `SELECT ${COLUMNS} FROM services WHERE $1::text IS NULL OR agency_id = $1 ORDER BY position`,
      [agencyId ?? null],
    );
    return rows.map(toStored);
  }

  async storedService(id: string) {
    const { rows } = await this.pool.query<ServiceRow>(`SELECT ${COLUMNS} FROM services WHERE id = $1`, [id]);
    return rows[0] && toStored(rows[0]);
  }

  async writeServices(
    writes: readonly ServiceWrite[],
    at: string,
    audit: (before: StoredService | undefined, after: StoredService) => AuditEntry,
    extra: readonly AuditEntry[] = [],
  ): Promise<WriteOutcome> {
    return inTransaction(this.pool, async (c) => {
      // The version's row first: concurrent batches queue here, in one order, so they never deadlock on services.
      await c.query(`SELECT value FROM meta WHERE key = 'catalogue_version' FOR UPDATE`);
      const saved: StoredService[] = [];
      const entries: AuditEntry[] = [];
      for (const [index, w] of writes.entries()) {
        const { service } = w;
        const { doc, translations } = splitTranslations(service);
        const found = await c.query<ServiceRow>(`SELECT ${COLUMNS} FROM services WHERE id = $1 FOR UPDATE`, [
          service.id,
        ]);
        const before = found.rows[0] && toStored(found.rows[0]);
        let row: ServiceRow;
        if (w.kind === 'create') {
          if (before) throw new RollbackWith<WriteOutcome>({ ok: false, index, reason: 'exists' });
          const inserted = await c.query<ServiceRow>(
            `INSERT INTO services (id, position, agency_id, bookable, doc, translations, published, revision, updated_at)
             VALUES ($1, (SELECT COALESCE(MAX(position), -1) + 1 FROM services), $2, $3, $4, $5, $6, 1, $7)
             RETURNING ${COLUMNS}`,
            [service.id, service.agencyId, service.bookable, JSON.stringify(doc), translations, w.published, at],
          );
          row = inserted.rows[0]!;
        } else {
          if (!before) throw new RollbackWith<WriteOutcome>({ ok: false, index, reason: 'missing' });
          if (w.revision !== undefined && w.revision !== before.revision)
            throw new RollbackWith<WriteOutcome>({ ok: false, index, reason: 'stale' });
          const updated = await c.query<ServiceRow>(
            `UPDATE services SET agency_id = $2, bookable = $3, doc = $4, translations = $5, published = $6,
             revision = revision + 1, updated_at = $7 WHERE id = $1 RETURNING ${COLUMNS}`,
            [service.id, service.agencyId, service.bookable, JSON.stringify(doc), translations, w.published, at],
          );
          row = updated.rows[0]!;
        }
        const after = toStored(row);
        saved.push(after);
        entries.push(audit(before, after));
      }
      for (const entry of [...entries, ...extra]) await c.query(APPEND, auditParams(entry));
      if (writes.length)
        await c.query(`UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'catalogue_version'`);
      return { ok: true, saved } as WriteOutcome;
    });
  }
}
