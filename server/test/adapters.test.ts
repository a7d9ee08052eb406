// Applications read from an agency's own system through the server (the browser never calls it): a simulated
// upstream that answers, is slow, fails, talks nonsense or uses a status nobody mapped. The resident always gets
// what is known and is told what is not — never a blank, never a 5xx other than "try again later".
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { call, conforms, MONDAY_0800, startServer, type TestServer } from './helpers.js';
import { readRemoteSources } from '../adapters/remote-config.js';
import { staffOf } from './staff-helpers.js';
import { startUpstream } from './upstream.js';

const SERVICE = 'dpmptsp-persetujuan-bangunan-gedung-melalui-simbg';
const NUMBER = 'PMH-2026-900001';
const NIK = '2172010101850007';
const TOKEN = 'Bearer splp-secret-token';

/** A record as the simulated system keeps it (its own field names and statuses). */
const record = (status: string, extra: Record<string, unknown> = {}) => ({
  no_permohonan: NUMBER,
  pemohon: { nik: NIK, nama: 'Budi' },
  status,
  tgl_daftar: '2026-12-01T09:15:00+07:00',
  riwayat: [
    { status: 'DAFTAR', waktu: '2026-12-01T09:15:00+07:00' },
    { status: 'VERIFIKASI', waktu: '2026-12-02T10:00:00+07:00' },
    ...(status === 'TEKNIS' ? [{ status: 'TEKNIS', waktu: '2026-12-03T11:00:00+07:00' }] : []),
  ],
  ...extra,
});

describe('applications from an agency system (adapter over HTTP)', () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let server: TestServer;
  const lookup = (verifier = '0007', number = NUMBER) =>
    call(server.base, 'POST', '/applications/lookup', { number, verifier });

  before(async () => {
    upstream = await startUpstream();
    const file = join(mkdtempSync(join(tmpdir(), 'mpp-sources-')), 'sources.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          name: 'SiCantik',
          numbers: '^PMH-2026-9',
          url: `${upstream.url}/permohonan/{number}`,
          headers: { Authorization: { env: 'SICANTIK_AUTHORIZATION' } },
          timeoutMs: 300,
          freshSeconds: 60,
          keepHours: 24,
          breaker: { failures: 3, coolDownSeconds: 30 },
          serviceId: SERVICE,
          deadlineWorkingDays: 14,
          fields: {
            nik: 'pemohon.nik',
            submittedAt: 'tgl_daftar',
            deadline: 'tgl_target',
            history: 'riwayat',
            historyAt: 'waktu',
            note: 'catatan',
          },
          steps: [
            { id: 'received', name: 'Berkas diterima', statuses: ['DAFTAR'] },
            { id: 'verification', name: 'Verifikasi berkas', statuses: ['VERIFIKASI'] },
            { id: 'technical', name: 'Kajian teknis', statuses: ['TEKNIS'] },
          ],
          ready: ['TERBIT'],
          completed: ['DIAMBIL'],
          rejected: ['DITOLAK'],
          paused: ['MENUNGGU_PEMOHON'],
        },
      ]),
    );
    server = await startServer({
      env: { MPP_APPLICATION_SOURCES: file, SICANTIK_AUTHORIZATION: TOKEN, MPP_SECOND_FACTOR_ATTEMPTS: '50' },
    });
  });
  after(async () => {
    await server.close();
    await upstream.close();
  });

  it('maps the remote statuses to the timeline, with the server’s credential and the deadline in working days', async () => {
    upstream.records.set(NUMBER, record('TEKNIS'));
    const found = await lookup();
    assert.equal(found.status, 200);
    conforms(assert, '/applications/lookup', 'post', found);
    assert.deepEqual(
      found.body.steps.map((s: { id: string; status: string }) => `${s.id}:${s.status}`),
      ['received:done', 'verification:done', 'technical:current'],
    );
    assert.equal(found.body.steps[1].completedAt, '2026-12-03T11:00:00+07:00');
    assert.equal(found.body.serviceId, SERVICE);
    // 14 working days from Tuesday 1 December 2026: the record gives none of its own.
    assert.equal(found.body.deadline, '2026-12-21');
    assert.equal(found.body.asOf, undefined);
    assert.equal(upstream.state.authorizations.at(-1), TOKEN);
    assert.ok(!JSON.stringify(found.body).includes(NIK), 'the NIK never reaches the resident');
  });

  it('answers a wrong second factor as it answers an unknown number', async () => {
    upstream.records.set(NUMBER, record('TEKNIS'));
    const wrong = await lookup('0008');
    upstream.records.delete('PMH-2026-900002');
    const unknown = await lookup('0007', 'PMH-2026-900002');
    assert.equal(wrong.status, 404);
    assert.deepEqual(wrong.body, unknown.body);
  });

  it('shows a ready application with where to collect it, and a rejected one with its reason', async () => {
    upstream.records.set('PMH-2026-900003', { ...record('TERBIT'), no_permohonan: 'PMH-2026-900003' });
    const ready = await lookup('0007', 'PMH-2026-900003');
    assert.equal(ready.body.status, 'ready');
    assert.equal(ready.body.collection.place, 'Loket 2, MPP Tanjungpinang');
    upstream.records.set('PMH-2026-900004', {
      ...record('DITOLAK', { catatan: 'Gambar teknis belum ditandatangani.' }),
    });
    const rejected = await lookup('0007', 'PMH-2026-900004');
    conforms(assert, '/applications/lookup', 'post', rejected);
    assert.equal(rejected.body.status, 'rejected');
    assert.equal(rejected.body.rejectionReason, 'Gambar teknis belum ditandatangani.');
    assert.equal(rejected.body.steps.find((s: { status: string }) => s.status === 'rejected').id, 'verification');
  });

  it('shows an application waiting for the resident as paused, with the agency’s words and since when', async () => {
    upstream.records.set('PMH-2026-900007', {
      ...record('MENUNGGU_PEMOHON', { catatan: 'Lengkapi gambar teknis bertanda tangan.' }),
      no_permohonan: 'PMH-2026-900007',
      riwayat: [
        { status: 'DAFTAR', waktu: '2026-12-01T09:15:00+07:00' },
        { status: 'VERIFIKASI', waktu: '2026-12-02T10:00:00+07:00' },
        { status: 'MENUNGGU_PEMOHON', waktu: '2026-12-03T15:00:00+07:00' },
      ],
      tgl_target: '2026-12-04',
    });
    const found = await lookup('0007', 'PMH-2026-900007');
    conforms(assert, '/applications/lookup', 'post', found);
    assert.deepEqual(found.body.pause, {
      since: '2026-12-03T15:00:00+07:00',
      reason: 'Lengkapi gambar teknis bertanda tangan.',
    });
    assert.equal(found.body.overdue, false, 'waiting for the resident is never overdue');
    assert.equal(found.body.steps.find((s: { status: string }) => s.status === 'current').id, 'verification');
  });

  it('keeps the last known step and says in words that a status nobody mapped is not known', async () => {
    upstream.records.set('PMH-2026-900005', { ...record('MENUNGGU_RETRIBUSI'), no_permohonan: 'PMH-2026-900005' });
    const found = await lookup('0007', 'PMH-2026-900005');
    assert.equal(found.status, 200);
    conforms(assert, '/applications/lookup', 'post', found);
    assert.equal(found.body.status, 'in_progress');
    assert.equal(found.body.steps.find((s: { status: string }) => s.status === 'current').id, 'verification');
    assert.match(found.body.nextStep, /belum dapat dibaca.*Tanyakan ke loket/);
  });

  it('answers 503 with Retry-After, quickly, when the system is slow and nothing was read before', async () => {
    upstream.setMode('slow');
    const started = performance.now();
    const answer = await lookup('0007', 'PMH-2026-900006');
    assert.equal(answer.status, 503);
    conforms(assert, '/applications/lookup', 'post', answer);
    assert.equal(answer.body.code, 'unavailable');
    assert.ok(Number(answer.headers.get('retry-after')) > 0);
    assert.ok(performance.now() - started < 1500, 'the resident waits the timeout, not the slow system');
    upstream.setMode('ok');
  });

  it('shows the copy read earlier, with its age, while the system fails or talks nonsense', async () => {
    upstream.records.set(NUMBER, record('TEKNIS'));
    const readAt = MONDAY_0800 + 60_000;
    server.setNow(readAt);
    assert.equal((await lookup()).status, 200);
    for (const mode of ['error', 'garbage'] as const) {
      upstream.setMode(mode);
      server.setNow(readAt + 5 * 60_000); // past the 60 s in which a copy is answered without asking
      const stale = await lookup();
      assert.equal(stale.status, 200, `while the upstream answers ${mode}`);
      conforms(assert, '/applications/lookup', 'post', stale);
      assert.equal(stale.body.asOf, '2026-12-07T08:01:00+07:00');
      assert.equal(stale.body.steps.find((s: { status: string }) => s.status === 'current').id, 'technical');
    }
    upstream.setMode('ok');
    server.setNow(MONDAY_0800);
  });

  it('stops calling a system that keeps failing, then tries it again after the cool-down', async () => {
    upstream.setMode('reset');
    server.setNow(MONDAY_0800 + 3_600_000);
    for (let i = 0; i < 3; i++) await lookup('0007', `PMH-2026-90010${i}`);
    const before = upstream.state.requests;
    const refused = await lookup('0007', 'PMH-2026-900110');
    assert.equal(refused.status, 503);
    assert.equal(upstream.state.requests, before, 'the open circuit spares the system');
    assert.ok(Number(refused.headers.get('retry-after')) <= 30);
    upstream.setMode('ok');
    upstream.records.set('PMH-2026-900111', { ...record('DAFTAR'), no_permohonan: 'PMH-2026-900111' });
    server.setNow(MONDAY_0800 + 3_600_000 + 31_000);
    const back = await lookup('0007', 'PMH-2026-900111');
    assert.equal(back.status, 200);
    assert.equal(upstream.state.requests, before + 1);
    server.setNow(MONDAY_0800);
  });

  it('refuses a counter officer’s change to an application the agency system holds: it changes there', async () => {
    const officer = await staffOf(server, 'officer', 'dpmptsp');
    const refused = await officer.call('POST', `/operator/applications/${NUMBER}/advance`, { action: 'advance' });
    assert.equal(refused.status, 409);
    conforms(assert, '/operator/applications/{number}/advance', 'post', refused);
    assert.equal(refused.body.code, 'application_external');
    assert.match(refused.body.detail, /SiCantik/);
  });

  it('still answers the MPP’s own applications from its store', async () => {
    const own = await lookup('0003', 'PMH-2026-000123');
    assert.equal(own.status, 200);
    assert.equal(own.body.number, 'PMH-2026-000123');
  });
});

describe('the sources file', () => {
  const write = (sources: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'mpp-sources-')), 'sources.json');
    writeFileSync(file, JSON.stringify(sources));
    return file;
  };
  const minimal = {
    name: 'OSS',
    numbers: '^PMH-2026-8',
    url: 'https://oss.example/permohonan/{number}',
    serviceId: 'x',
    steps: [{ id: 'received', name: 'Berkas diterima', statuses: ['DITERIMA'] }],
  };

  it('stops the server with one line naming a credential variable that is not set', () =>
    assert.throws(
      () => readRemoteSources(write([{ ...minimal, headers: { Authorization: { env: 'OSS_TOKEN' } } }]), {}),
      { message: 'MPP_APPLICATION_SOURCES, OSS: header Authorization reads OSS_TOKEN, which is not set' },
    ));

  it('refuses an address without {number}, and steps without statuses', () => {
    assert.throws(() => readRemoteSources(write([{ ...minimal, url: 'https://oss.example/' }]), {}), /url must/);
    assert.throws(() => readRemoteSources(write([{ ...minimal, steps: [{ id: 'a', name: 'A' }] }]), {}), /steps/);
  });

  it('reads a valid file with its defaults', () => {
    const [source] = readRemoteSources(write([minimal]), {});
    assert.equal(source!.timeoutMs, 3000);
    assert.equal(source!.breaker.failures, 5);
    assert.equal(source!.fields.nik, 'nik');
  });
});
