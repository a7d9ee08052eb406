// Bookings and the live queue: every rule that touches places runs inside one IMMEDIATE transaction, so the quota
// is never exceeded and one person never holds two active bookings for a service and day, whatever the concurrency.
import { createHash, randomInt } from 'node:crypto';
import { fail, ProblemError } from './problems.mjs';
import { qrCodeOf } from './qr.mjs';

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read aloud and typed without doubt
const ACTIVE = `('booked', 'checked_in', 'serving')`;
const HOLDS_PLACE = `('booked', 'checked_in', 'serving', 'done')`;
const AVERAGE_SERVICE_MINUTES = 8;

function newCode() {
  let code = 'RSV-';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export function createBookings({ db, clock, config, catalogue, hashNik }) {
  const byCode = db.prepare('SELECT * FROM bookings WHERE code = ?');
  const placesTaken = db.prepare(
    `SELECT COUNT(*) AS n FROM bookings WHERE service_id = ? AND date = ? AND session_id = ? AND status IN ${HOLDS_PLACE} AND code != ?`,
  );
  const activeFor = db.prepare(
    `SELECT code FROM bookings WHERE nik_hash = ? AND service_id = ? AND date = ? AND status IN ${ACTIVE} AND code != ?`,
  );
  const insert = db.prepare(`INSERT INTO bookings
    (code, service_id, agency_id, date, session_id, session_start, session_end, nik_hash, nik_last4, name, phone, email, status, created_at, updated_at)
    VALUES (@code, @service_id, @agency_id, @date, @session_id, @session_start, @session_end, @nik_hash, @nik_last4, @name, @phone, @email, 'booked', @now, @now)`);
  const idempotencyGet = db.prepare('SELECT request_hash, status, body FROM idempotency WHERE key = ?');
  const idempotencyPut = db.prepare(
    'INSERT INTO idempotency (key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const setStatus = db.prepare('UPDATE bookings SET status = ?, updated_at = ? WHERE code = ?');
  const move = db.prepare(
    'UPDATE bookings SET date = ?, session_id = ?, session_start = ?, session_end = ?, updated_at = ? WHERE code = ?',
  );
  const nextSeq = db.prepare(
    'SELECT COALESCE(MAX(queue_seq), 0) + 1 AS seq FROM bookings WHERE agency_id = ? AND date = ?',
  );
  const checkIn = db.prepare(
    `UPDATE bookings SET status = 'checked_in', queue_seq = ?, queue_number = ?, checked_in_at = ?, updated_at = ? WHERE code = ?`,
  );
  const servingAt = db.prepare(
    `SELECT * FROM bookings WHERE agency_id = ? AND date = ? AND status = 'serving' AND counter_id = ?`,
  );
  const serving = db.prepare(
    `SELECT counter_id, queue_number FROM bookings WHERE agency_id = ? AND date = ? AND status = 'serving'`,
  );
  const firstWaiting = db.prepare(
    `SELECT code FROM bookings WHERE agency_id = ? AND date = ? AND status = 'checked_in' ORDER BY queue_seq LIMIT 1`,
  );
  const call = db.prepare(
    `UPDATE bookings SET status = 'serving', counter_id = ?, called_at = ?, updated_at = ? WHERE code = ?`,
  );
  const waitingCount = db.prepare(
    `SELECT COUNT(*) AS n FROM bookings WHERE agency_id = ? AND date = ? AND status = 'checked_in'`,
  );
  const waitingBefore = db.prepare(
    `SELECT COUNT(*) AS n FROM bookings WHERE agency_id = ? AND date = ? AND status = 'checked_in' AND queue_seq < ?`,
  );

  const checkInWindow = (row) => ({
    opensAt: Date.parse(row.session_start) - config.checkInMinutes * 60_000,
    closesAt: Date.parse(row.session_end) + config.checkInMinutes * 60_000,
  });

  /** A booked visit whose check-in closed without the resident is expired; the row says so from then on. */
  function settle(row, now) {
    if (row.status === 'booked' && now > checkInWindow(row).closesAt) {
      setStatus.run('expired', clock.isoLocal(now), row.code);
      return { ...row, status: 'expired' };
    }
    return row;
  }

  function queueOf(agencyId, now) {
    const agency = catalogue.agencyById.get(agencyId);
    const date = clock.dateOf(now);
    const now_serving = new Map(serving.all(agencyId, date).map((r) => [r.counter_id, r.queue_number]));
    return {
      agencyId,
      date,
      counters: agency.counters.map((c) => ({ id: c.id, name: c.name, nowServing: now_serving.get(c.id) ?? null })),
      waiting: waitingCount.get(agencyId, date).n,
      averageServiceMinutes: AVERAGE_SERVICE_MINUTES,
      updatedAt: clock.isoLocal(now),
    };
  }

  function toBooking(row, now) {
    const service = catalogue.getService(row.service_id);
    const window = checkInWindow(row);
    const booking = {
      code: row.code,
      status: row.status,
      serviceId: row.service_id,
      serviceName: service.name,
      agencyId: row.agency_id,
      agencyName: service.agency.name,
      counter: service.counter,
      date: row.date,
      session: { id: row.session_id, start: row.session_start, end: row.session_end },
      checkIn: { opensAt: clock.isoLocal(window.opensAt), closesAt: clock.isoLocal(window.closesAt) },
      nikMasked: `************${row.nik_last4}`,
      requirements: service.requirements,
      createdAt: row.created_at,
      qr: qrCodeOf(row.code),
    };
    if (row.date === clock.dateOf(now) && ['booked', 'checked_in', 'serving'].includes(row.status)) {
      const queue = queueOf(row.agency_id, now);
      const ahead =
        row.status === 'serving'
          ? 0
          : row.status === 'checked_in'
            ? waitingBefore.get(row.agency_id, row.date, row.queue_seq).n
            : queue.waiting;
      const counters = Math.max(1, queue.counters.length);
      booking.queue = {
        number: row.queue_number ?? null,
        ahead,
        counters: queue.counters,
        estimatedAt:
          row.status === 'serving'
            ? null
            : clock.isoLocal(now + Math.ceil((ahead * AVERAGE_SERVICE_MINUTES) / counters) * 60_000),
        updatedAt: queue.updatedAt,
      };
    }
    return booking;
  }

  /** The booking behind a code and second factor; a wrong code and a wrong factor fail the same way. */
  function authorised(code, nikLast4, now) {
    const row = byCode.get(code);
    if (!row || row.nik_last4 !== nikLast4)
      fail(404, 'not_found', { detail: 'Periksa kembali kode dan 4 angka terakhir NIK.' });
    return settle(row, now);
  }

  const requestHash = (body) =>
    createHash('sha256')
      .update(
        JSON.stringify([
          body.serviceId,
          body.date,
          body.sessionId,
          body.nik,
          body.name,
          body.phone,
          body.email ?? null,
        ]),
      )
      .digest('hex');

  /**
   * Books a place. The idempotency record is written in the same transaction as the booking, so a replay
   * (a retry after a dropped connection) returns the first answer and never a second row.
   */
  const createOne = (body, key, now) =>
    db
      .transaction(() => {
        const hash = requestHash(body);
        const previous = idempotencyGet.get(key);
        if (previous) {
          if (previous.request_hash !== hash) fail(409, 'idempotency_key_reused');
          return { status: previous.status, body: JSON.parse(previous.body), replayed: true };
        }
        let result;
        try {
          const session = catalogue.bookableSession(body.serviceId, body.date, body.sessionId, now);
          const nikHash = hashNik(body.nik);
          if (placesTaken.get(body.serviceId, body.date, body.sessionId, '').n >= session.quota) {
            fail(409, 'session_full', { detail: 'Kuota sesi ini sudah habis. Pilih sesi lain.' });
          }
          if (activeFor.get(nikHash, body.serviceId, body.date, '')) fail(409, 'duplicate_booking');
          const service = catalogue.getService(body.serviceId);
          let code = newCode();
          while (byCode.get(code)) code = newCode();
          const row = {
            code,
            service_id: body.serviceId,
            agency_id: service.agencyId,
            date: body.date,
            session_id: session.id,
            session_start: clock.isoLocal(clock.at(body.date, session.start_time)),
            session_end: clock.isoLocal(clock.at(body.date, session.end_time)),
            nik_hash: nikHash,
            nik_last4: body.nik.slice(-4),
            name: body.name,
            phone: body.phone,
            email: body.email ?? null,
            now: clock.isoLocal(now),
          };
          insert.run(row);
          // The answer is built from what was just written: no second read inside the transaction.
          result = {
            status: 201,
            body: toBooking({ ...row, status: 'booked', created_at: row.now, queue_number: null }, now),
          };
        } catch (error) {
          // A refusal is an answer too: replaying the key gets the same refusal.
          if (!(error instanceof ProblemError) || error.status !== 409) throw error;
          result = {
            status: 409,
            body: { type: `https://mpp.example/problems/${error.code}`, status: 409, code: error.code, ...error.extra },
          };
        }
        idempotencyPut.run(key, hash, result.status, JSON.stringify(result.body), clock.isoLocal(now));
        return result;
      })
      .immediate();

  // Group commit: the bookings that arrive while the event loop is busy are written in one transaction, each in
  // a savepoint of its own (a refused one rolls back alone). A commit writes every page a booking touched to the
  // WAL; one commit for a batch instead of one per booking is most of the server's throughput under load. The
  // quota is still checked and taken inside the transaction, one booking after another.
  let batch = [];
  const flush = () => {
    const jobs = batch;
    batch = [];
    let outcomes;
    try {
      outcomes = db
        .transaction(() =>
          jobs.map((job) => {
            try {
              return { value: createOne(job.body, job.key, job.now) };
            } catch (error) {
              return { error };
            }
          }),
        )
        .immediate();
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => ('error' in outcomes[i] ? job.reject(outcomes[i].error) : job.resolve(outcomes[i].value)));
  };
  /** Books a place (see `createOne`); answers once the batch it joined is committed. */
  const create = (body, key, now) =>
    new Promise((resolve, reject) => {
      if (batch.push({ body, key, now, resolve, reject }) === 1) setImmediate(flush);
    });

  const lookup = (code, nikLast4, now) => toBooking(authorised(code, nikLast4, now), now);

  const cancel = (code, nikLast4, now) =>
    db
      .transaction(() => {
        const row = authorised(code, nikLast4, now);
        if (row.status !== 'booked') fail(409, 'booking_not_active');
        setStatus.run('cancelled', clock.isoLocal(now), code);
        return toBooking(byCode.get(code), now);
      })
      .immediate();

  /** Moves a booking; the new place is checked and taken in the same transaction that gives the old one back. */
  const reschedule = (code, { nikLast4, date, sessionId }, now) =>
    db
      .transaction(() => {
        const row = authorised(code, nikLast4, now);
        if (row.status !== 'booked') fail(409, 'booking_not_active');
        const session = catalogue.bookableSession(row.service_id, date, sessionId, now);
        if (placesTaken.get(row.service_id, date, sessionId, code).n >= session.quota) fail(409, 'session_full');
        if (activeFor.get(row.nik_hash, row.service_id, date, code)) fail(409, 'duplicate_booking');
        move.run(
          date,
          session.id,
          clock.isoLocal(clock.at(date, session.start_time)),
          clock.isoLocal(clock.at(date, session.end_time)),
          clock.isoLocal(now),
          code,
        );
        return toBooking(byCode.get(code), now);
      })
      .immediate();

  /** Operator: the resident is at the MPP; gives the queue number. */
  const operatorCheckIn = (code, now) =>
    db
      .transaction(() => {
        const found = byCode.get(code);
        if (!found) fail(404, 'not_found');
        const row = settle(found, now);
        if (row.status !== 'booked') fail(409, 'booking_not_active');
        const window = checkInWindow(row);
        if (now < window.opensAt || now > window.closesAt) {
          fail(409, 'check_in_closed', {
            detail: `Check-in dibuka ${clock.isoLocal(window.opensAt)} sampai ${clock.isoLocal(window.closesAt)}.`,
          });
        }
        const seq = nextSeq.get(row.agency_id, row.date).seq;
        const letter = (catalogue.agencyById.get(row.agency_id)?.shortName ?? 'A')[0].toUpperCase();
        const number = `${letter}-${String(seq).padStart(3, '0')}`;
        checkIn.run(seq, number, clock.isoLocal(now), clock.isoLocal(now), code);
        return toBooking(byCode.get(code), now);
      })
      .immediate();

  /** Operator: finish whoever is at the counter and call the next checked-in resident to it. */
  const operatorCallNext = (agencyId, counterId, now) =>
    db
      .transaction(() => {
        const agency = catalogue.agencyById.get(agencyId);
        if (!agency) fail(404, 'not_found');
        if (!agency.counters.some((c) => c.id === counterId)) {
          fail(422, 'validation_failed', {
            errors: [{ field: 'counterId', code: 'unknown', message: 'Loket tidak dikenal.' }],
          });
        }
        const date = clock.dateOf(now);
        const current = servingAt.get(agencyId, date, counterId);
        if (current) setStatus.run('done', clock.isoLocal(now), current.code);
        const next = firstWaiting.get(agencyId, date);
        if (next) call.run(counterId, clock.isoLocal(now), clock.isoLocal(now), next.code);
        return queueOf(agencyId, now);
      })
      .immediate();

  const queue = (agencyId, now) => {
    if (!catalogue.agencyById.has(agencyId)) fail(404, 'not_found');
    return queueOf(agencyId, now);
  };

  return { create, lookup, cancel, reschedule, queue, operatorCheckIn, operatorCallNext };
}
