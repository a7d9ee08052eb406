// The staff audit, catalogue, privacy and reports pages with the keyboard alone (issue 26): each control reached
// with focus() or Tab and operated with Enter or Space, then what a keyboard and screen-reader user notices —
// where focus lands (its role and name), that it is on screen, and what the live regions say. At a phone's and a
// desktop's size. The pages are mounted as their own tests mount them (test/unit/staff/kit.ts).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../staff/pages/audit/staff-audit-page.js';
import '../../../staff/pages/catalogue/staff-catalogue-page.js';
import '../../../staff/pages/privacy/staff-privacy-page.js';
import '../../../staff/pages/reports/staff-reports-page.js';
import type { StaffAuditPage } from '../../../staff/pages/audit/staff-audit-page.js';
import type { StaffCataloguePage } from '../../../staff/pages/catalogue/staff-catalogue-page.js';
import type { StaffPrivacyPage } from '../../../staff/pages/privacy/staff-privacy-page.js';
import type { StaffReportsPage } from '../../../staff/pages/reports/staff-reports-page.js';
import { catalogueToCsv } from '../../../src/rules/index.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { createAdminMock } from '../../mocks/staff-admin-handlers.js';
import { seededServices, staffCatalogueMock } from '../../mocks/staff-catalogue-handlers.js';
import { PERSON_NIK, personWithTwoBookings, staffRecordsMock } from '../../mocks/staff-records-handlers.js';
import {
  focusedAx,
  listenToLiveRegions,
  useViewport,
  VIEWPORTS,
  focusLandsOn,
  expectFocusOnScreen,
  focusOnErrorSummary,
} from '../../kit/a11y.js';
import { API_BASE, mountPage, q, qa, STAFF_ACCOUNTS, text } from '../staff/kit.js';

/** A bound for a stuck wait, as much longer as the CPU is slowed (MPP_CPU_SLOWDOWN, test/kit/README.md). */
const timeout = 5000 * ((globalThis as { MPP_CPU_SLOWDOWN?: number }).MPP_CPU_SLOWDOWN ?? 1);
const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout });

const onScreen = expectFocusOnScreen;

/** Focuses the control as Tab would reach it, then presses `key` on it. */
async function press(control: HTMLElement | null | undefined, key: 'Enter' | 'Space' = 'Enter') {
  if (!control) throw new Error('no such control');
  control.focus();
  await sendKeys({ press: key });
}
const button = (el: Element, label: string) => qa<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
/** Types into a field with real keys, after selecting what it held. */
async function typeIn(field: HTMLInputElement | null, value: string) {
  if (!field) throw new Error('no such field');
  field.focus();
  field.select();
  await sendKeys({ type: value });
}

const NIK = PERSON_NIK;

for (const viewport of VIEWPORTS) {
  describe(`staff pages with the keyboard, ${viewport.name} (${viewport.width}×${viewport.height})`, function () {
    // Real key presses and the accessibility tree on a shared machine: room beyond mocha's default.
    this.timeout(20_000 * ((globalThis as { MPP_CPU_SLOWDOWN?: number }).MPP_CPU_SLOWDOWN ?? 1));
    before(() => useViewport(viewport));
    afterEach(() => {
      restoreFetch();
      sinon.restore();
    });

    describe('personal data', () => {
      async function open() {
        const records = staffRecordsMock({
          base: API_BASE,
          people: personWithTwoBookings(),
        });
        const { el } = await mountPage<StaffPrivacyPage>(
          'staff-privacy-page',
          STAFF_ACCOUNTS.mppAdmin,
          records.handlers,
        );
        return el;
      }

      it('Enter in an empty form: the error summary takes focus, on screen, and is heard', async () => {
        const el = await open();
        const live = listenToLiveRegions(el);
        await press(q(el, '#nik'));
        await focusOnErrorSummary();
        onScreen();
        await until(() => live.heard.some((s) => s.includes('NIK harus 16 angka.')), 'the summary was silent');
        live.stop();
      });

      it('typed and sent with Enter: the result heading; erasure asked and cancelled with the keys', async () => {
        const el = await open();
        await typeIn(q(el, '#nik'), NIK);
        await typeIn(q(el, '#name'), 'Dewi Lestari');
        await sendKeys({ press: 'Enter' });
        await focusLandsOn('heading', 'Hasil pencarian');
        onScreen();
        await press(button(el, 'Hapus data pribadi'));
        await focusLandsOn('heading', 'Hapus data pribadi 2 booking?');
        onScreen();
        // Cancelled, the question goes: focus goes back to the button that asked it, not to the page's body.
        await press(button(el, 'Batal'));
        await focusLandsOn('button', 'Hapus data pribadi');
        onScreen();
      });

      it('confirmed with Space and erased with Enter: the outcome heading, on screen', async () => {
        const el = await open();
        await typeIn(q(el, '#nik'), NIK);
        await typeIn(q(el, '#phone'), '0813-1111-2222');
        await sendKeys({ press: 'Enter' });
        await focusLandsOn('heading', 'Hasil pencarian');
        await press(button(el, 'Hapus data pribadi'));
        await focusLandsOn('heading', /^Hapus data pribadi/);
        // Without the box ticked: the summary says so.
        await press(button(el, 'Hapus permanen'));
        await focusOnErrorSummary();
        onScreen();
        await press(q<HTMLInputElement>(el, '#confirm'), 'Space');
        expect(q<HTMLInputElement>(el, '#confirm')!.checked).to.equal(true);
        await press(button(el, 'Hapus permanen'));
        await focusLandsOn('heading', 'Data pribadi 2 booking telah dihapus');
        onScreen();
      });
    });

    describe('audit log', () => {
      async function open(failWith?: 500) {
        const as = STAFF_ACCOUNTS.mppAdmin;
        const mock = createAdminMock({ base: API_BASE, as, failWith });
        const { el } = await mountPage<StaffAuditPage>('staff-audit-page', as, mock.handlers);
        await until(() => q(el, 'table, .notice--error'), 'the log loads');
        return el;
      }

      it('filtered with Enter: focus stays in the form, on screen, and the outcome is heard', async () => {
        const el = await open();
        const live = listenToLiveRegions(el);
        await typeIn(q(el, '#audit-actor'), 'petugas-kpp@mpp.test');
        await sendKeys({ press: 'Enter' });
        await until(() => qa(el, 'tbody tr').length === 2, 'the filtered log');
        await until(() => live.heard.includes('2 catatan ditampilkan.'), 'the outcome was not heard');
        expect((await focusedAx()).name).to.equal('Pelaku (opsional)');
        onScreen();
        await typeIn(q(el, '#audit-actor'), 'tidak-ada@mpp.test');
        await press(button(el, 'Saring'), 'Space');
        await until(() => live.heard.includes('Tidak ada catatan yang cocok.'), 'the outcome was not heard');
        await focusLandsOn('button', 'Saring');
        onScreen();
        live.stop();
      });

      it('a date written wrongly: the error summary takes focus, on screen, and is heard', async () => {
        const el = await open();
        const live = listenToLiveRegions(el);
        await typeIn(q(el, '#audit-from'), '7 Desember');
        await sendKeys({ press: 'Enter' });
        await focusOnErrorSummary();
        onScreen();
        await until(() => live.heard.some((s) => s.includes('Tulis tanggal seperti 2026-12-07.')));
        live.stop();
      });

      it('"Coba lagi" with Enter: focus is not lost while the log loads again, and the outcome is heard', async () => {
        const el = await open(500);
        const live = listenToLiveRegions(el);
        restoreFetch();
        const as = STAFF_ACCOUNTS.mppAdmin;
        installMockFetch(createAdminMock({ base: API_BASE, as }).handlers);
        await press(button(el, 'Coba lagi'));
        await until(() => qa(el, 'tbody tr').length === 6, 'the log after trying again');
        await focusLandsOn('heading', 'Catatan audit');
        onScreen();
        await until(() => live.heard.includes('6 catatan ditampilkan.'), 'the outcome was not heard');
        live.stop();
      });
    });

    describe('catalogue import', () => {
      async function open() {
        const account = STAFF_ACCOUNTS.agencyAdmin;
        const catalogue = staffCatalogueMock({ base: API_BASE, agencyId: account.agencyId });
        const { el } = await mountPage<StaffCataloguePage>('staff-catalogue-page', account, catalogue.handlers);
        return el;
      }
      /** A file chosen in the browser's own picker (not a page's key press). */
      function choose(el: Element, content: BlobPart) {
        const input = q<HTMLInputElement>(el, '#file')!;
        const files = new DataTransfer();
        files.items.add(new File([content], 'katalog.csv', { type: 'text/csv' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
      }
      const rows = () =>
        seededServices()
          .filter((s) => s.agencyId === 'kpp')
          .map(({ revision: _r, updatedAt: _u, ...s }) => s);
      const send = (el: Element) => press(q(el, 'form button[type=submit]'));

      it('sent with Enter and no file: the error summary takes focus, on screen, and is heard', async () => {
        const el = await open();
        const live = listenToLiveRegions(el);
        await send(el);
        await focusOnErrorSummary();
        onScreen();
        await until(() => live.heard.some((s) => s.includes('Pilih berkas CSV yang akan diimpor.')));
        live.stop();
      });

      it('a refused file: the summary takes focus, on screen, and says nothing was changed', async () => {
        const el = await open();
        const live = listenToLiveRegions(el);
        const bad = rows();
        bad[1] = { ...bad[1]!, requirements: [] };
        choose(el, catalogueToCsv(bad));
        await send(el);
        await focusOnErrorSummary();
        onScreen();
        await until(() => live.heard.some((s) => s.includes('Tidak ada yang diubah.')), 'the outcome was not heard');
        live.stop();
      });

      it('a good file: focus on the outcome, on screen, and the outcome is heard', async () => {
        const el = await open();
        const live = listenToLiveRegions(el);
        const good = rows();
        good[0] = { ...good[0]!, name: 'Nama dari impor' };
        choose(el, catalogueToCsv(good));
        await send(el);
        // GOV.UK's success banner: an alert that takes focus.
        const outcome = await focusLandsOn('alert');
        expect(outcome.element?.id).to.equal('import-result');
        onScreen();
        await until(
          () => live.heard.some((s) => s.includes('Impor berhasil: semua baris diterapkan.')),
          'the outcome was not heard',
        );
        live.stop();
      });
    });

    describe('reports', () => {
      async function open() {
        const account = STAFF_ACCOUNTS.viewer;
        const records = staffRecordsMock({ base: API_BASE, agencyId: account.agencyId });
        const { el } = await mountPage<StaffReportsPage>('staff-reports-page', account, [
          ...records.handlers,
          ...createMockApi({ base: API_BASE }).handlers,
        ]);
        await until(() => q(el, '#agency'), 'the agencies');
        return el;
      }

      it('a range typed and shown with Enter: the report heading takes focus, on screen', async () => {
        const el = await open();
        await typeIn(q(el, '#from'), '2026-12-01');
        await typeIn(q(el, '#to'), '2026-12-05');
        await sendKeys({ press: 'Enter' });
        await focusLandsOn('heading', 'Laporan Selasa, 1 Desember 2026 sampai Sabtu, 5 Desember 2026');
        onScreen();
      });

      it('an end before the start, shown with Space: the error summary takes focus, on screen, and is heard', async () => {
        const el = await open();
        const live = listenToLiveRegions(el);
        await typeIn(q(el, '#from'), '2026-12-05');
        await typeIn(q(el, '#to'), '2026-12-01');
        await press(button(el, 'Tampilkan laporan'), 'Space');
        await focusOnErrorSummary();
        onScreen();
        await until(() => live.heard.some((s) => s.includes('Tanggal akhir tidak boleh sebelum tanggal awal.')));
        live.stop();
      });
    });
  });
}
