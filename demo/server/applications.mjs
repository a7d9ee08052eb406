// Applications (permohonan): look-up by number and second factor, and the operator's step changes.
import { fail } from './problems.mjs';

export function createApplications({ db, clock, catalogue }) {
  const byNumber = db.prepare('SELECT * FROM applications WHERE number = ?');
  const update = db.prepare(
    'UPDATE applications SET status = ?, steps = ?, rejection_reason = ?, collection = ?, next_step = ?, updated_at = ? WHERE number = ?',
  );

  function toApplication(row, now) {
    const service = catalogue.getService(row.service_id);
    const today = clock.dateOf(now);
    const app = {
      number: row.number,
      status: row.status,
      serviceId: row.service_id,
      serviceName: service.name,
      agencyId: service.agencyId,
      agencyName: service.agency.name,
      submittedAt: row.submitted_at,
      deadline: row.deadline,
      overdue: row.status === 'in_progress' && row.deadline < today,
      steps: JSON.parse(row.steps),
      complaints: service.complaints,
    };
    if (row.rejection_reason) app.rejectionReason = row.rejection_reason;
    if (row.collection) app.collection = JSON.parse(row.collection);
    if (row.next_step) app.nextStep = row.next_step;
    return app;
  }

  function lookup(number, verifier, now) {
    const row = byNumber.get(number);
    if (!row || row.nik_last4 !== verifier)
      fail(404, 'not_found', { detail: 'Periksa kembali nomor permohonan dan 4 angka terakhir NIK.' });
    return toApplication(row, now);
  }

  /** Operator: the current step is done and the next begins, or the application is rejected at its current step. */
  const change = (number, { action, note }, now) =>
    db
      .transaction(() => {
        const row = byNumber.get(number);
        if (!row) fail(404, 'not_found');
        if (row.status === 'completed' || row.status === 'rejected') fail(409, 'application_closed');
        const at = clock.isoLocal(now);
        const steps = JSON.parse(row.steps);
        const current = steps.findIndex((s) => s.status === 'current');
        let { status, rejection_reason: reason, collection } = row;
        let nextStep;
        if (action === 'reject') {
          const step = steps[current === -1 ? steps.length - 1 : current];
          Object.assign(step, { status: 'rejected', completedAt: at, ...(note ? { note } : {}) });
          status = 'rejected';
          reason = note || 'Permohonan ditolak. Hubungi loket untuk keterangan.';
          nextStep = 'Ajukan permohonan baru dengan berkas yang sudah diperbaiki.';
        } else if (status === 'ready') {
          status = 'completed';
          nextStep = 'Hasil layanan sudah diambil. Terima kasih.';
        } else {
          if (current !== -1) Object.assign(steps[current], { status: 'done', completedAt: at });
          const next = steps.findIndex((s) => s.status === 'pending');
          if (next !== -1) {
            Object.assign(steps[next], { status: 'current', startedAt: at });
            nextStep = note || `Tahap berikutnya: ${steps[next].name}.`;
          } else {
            status = 'ready';
            collection ??= JSON.stringify({
              place: catalogue.getService(row.service_id).counter,
              instructions: 'Bawa KTP-el asli dan tanda terima permohonan.',
            });
            nextStep = 'Hasil layanan sudah dapat diambil.';
          }
        }
        update.run(status, JSON.stringify(steps), reason, collection, nextStep, at, number);
        return toApplication(byNumber.get(number), now);
      })
      .immediate();

  return { lookup, change };
}
