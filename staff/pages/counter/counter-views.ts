// The counter page's views, functions of its state: choosing the counter, who it serves (by queue number and
// booking code — never a NIK or a name), what to do with them, and the check-in form (typed or scanned).
import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../../src/core/format.js';
import { select, textInput } from '../../core/fields.js';
import type { CounterChoice, CounterController } from './counter-controller.js';

export interface CounterHandlers {
  onChoose: (counterId: string) => void;
  onRetry: () => void;
  onCode: (value: string) => void;
  onCheckIn: (event: Event) => void;
  onScan: () => void;
  onStopScan: () => void;
  onCall: () => void;
  onServed: () => void;
  onNoShow: () => void;
  onTransferTo: (counterId: string) => void;
  onTransfer: () => void;
  onRefresh: () => void;
}

const label = (k: CounterChoice) => `${k.counterName} · ${k.agencyName}`;

/** The choice of counter, for an account that may work more than one. */
function chooser(c: CounterController, h: CounterHandlers): TemplateResult {
  const choices = c.choices ?? [];
  if (!choices.length) return html`<p>Akun Anda tidak terhubung ke loket mana pun. Hubungi administrator instansi.</p>`;
  return select({
    id: 'counter',
    label: 'Loket yang Anda layani',
    hint: 'Pilih sekali; alamat halaman ini lalu menyimpan loketnya untuk perangkat ini.',
    value: c.current?.counterId ?? '',
    options: [
      ...(c.current ? [] : [{ value: '', label: 'Pilih loket' }]),
      ...choices.map((k) => ({ value: k.counterId, label: label(k) })),
    ],
    onChange: h.onChoose,
  });
}

/** Who the counter serves now, and what may be done with them. */
function servingPanel(c: CounterController, h: CounterHandlers): TemplateResult {
  const s = c.state?.serving;
  const busy = c.busy !== null;
  const others = c.otherCounters;
  return html`<section class="panel" aria-labelledby="serving-heading">
    <h2 id="serving-heading">Sedang dilayani</h2>
    ${
      s
        ? html`<p class="queue-number" part="queue-number">${s.queueNumber}</p>
            <dl class="facts">
              <div>
                <dt>Kode booking</dt>
                <dd>${s.code}</dd>
              </div>
              <div>
                <dt>Layanan</dt>
                <dd>${s.serviceName}</dd>
              </div>
              <div>
                <dt>Dipanggil</dt>
                <dd>${formatTime(s.calledAt, 'id')}</dd>
              </div>
            </dl>
            <div class="actions">
              <button type="button" class="button" ?disabled=${busy} @click=${h.onServed}>Selesai dilayani</button>
              <button type="button" class="button button--secondary" ?disabled=${busy} @click=${h.onNoShow}>
                Tidak hadir
              </button>
            </div>
            ${
              others.length
                ? html`<div class="transfer">
                    ${select({
                      id: 'transfer-to',
                      label: 'Kirim ke loket lain',
                      hint: 'Pengunjung menunggu lagi dan dipanggil lebih dulu oleh loket itu.',
                      error: c.transferError || undefined,
                      value: c.transferTo,
                      options: [
                        { value: '', label: 'Pilih loket' },
                        ...others.map((k) => ({ value: k.counterId, label: k.counterName })),
                      ],
                      onChange: h.onTransferTo,
                    })}
                    <button type="button" class="button button--secondary" ?disabled=${busy} @click=${h.onTransfer}>
                      Kirim
                    </button>
                  </div>`
                : nothing
            }`
        : html`<p>Belum ada yang dipanggil ke loket ini.</p>`
    }
    <p class="waiting">${waitingWords(c)}</p>
    <div class="actions">
      <button type="button" class="button button--call" ?disabled=${busy} @click=${h.onCall}>
        ${s ? 'Selesai dan panggil berikutnya' : 'Panggil berikutnya'}
      </button>
      <button type="button" class="button button--secondary" ?disabled=${busy} @click=${h.onRefresh}>Muat ulang</button>
    </div>
  </section>`;
}

function waitingWords(c: CounterController): string {
  const st = c.state;
  if (!st) return '';
  const here = st.waitingHere ? `, ${st.waitingHere} di antaranya dikirim ke loket ini` : '';
  return st.waiting ? `${st.waiting} orang menunggu${here}.` : 'Tidak ada yang menunggu.';
}

/** Check-in: the code typed, or read from the ticket's QR where the browser can. */
function checkInForm(c: CounterController, h: CounterHandlers, scan: { can: boolean; on: boolean }): TemplateResult {
  return html`<section class="panel" aria-labelledby="check-in-heading">
    <h2 id="check-in-heading">Check-in</h2>
    <form novalidate @submit=${h.onCheckIn}>
      ${textInput({
        id: 'code',
        label: 'Kode booking',
        hint: 'Ketik kode di tiket pengunjung, misalnya RSV-7KQ2M9XA.',
        error: c.codeError || undefined,
        value: c.code,
        width: 'medium',
        onInput: h.onCode,
      })}
      <div class="actions">
        <button type="submit" class="button" ?disabled=${c.busy !== null}>Check-in</button>
        ${
          scan.can && !scan.on
            ? html`<button type="button" class="button button--secondary" @click=${h.onScan}>
                Pindai QR dengan kamera
              </button>`
            : nothing
        }
      </div>
    </form>
    ${
      scan.on
        ? html`<div class="scanner">
            <video class="scanner__video" muted playsinline aria-label="Kamera untuk memindai QR tiket"></video>
            <p>Arahkan QR di tiket ke kamera.</p>
            <button type="button" class="button button--secondary" @click=${h.onStopScan}>Berhenti memindai</button>
          </div>`
        : nothing
    }
  </section>`;
}

/** The whole page. */
export function counterPage(
  c: CounterController,
  h: CounterHandlers,
  scan: { can: boolean; on: boolean; error: string },
): TemplateResult {
  const title = c.current ? `${c.current.counterName} · ${c.current.agencyName}` : 'Loket';
  return html`
    <h1 part="heading" tabindex="-1">${title}</h1>
    ${
      c.loadError
        ? html`<div class="notice notice--error" role="alert">
            <p class="notice__title">${c.loadError}</p>
            <button type="button" class="button button--secondary" @click=${h.onRetry}>Coba lagi</button>
          </div>`
        : c.choices === undefined
          ? html`<p>Memuat loket…</p>`
          : html`${c.choices.length !== 1 || !c.current ? chooser(c, h) : nothing}`
    }
    <div class="status" role="status" aria-live="polite">
      ${c.notice ? html`<p class="notice notice--${c.notice.kind}">${c.notice.text}</p>` : nothing}
      ${scan.error ? html`<p class="notice notice--error">${scan.error}</p>` : nothing}
    </div>
    ${c.current ? html`<div class="columns">${servingPanel(c, h)} ${checkInForm(c, h, scan)}</div>` : nothing}
  `;
}
