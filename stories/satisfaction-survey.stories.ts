import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../src/components/satisfaction-survey/mpp-satisfaction-survey.js';
import { SURVEY_ELEMENTS as ELEMENTS } from '../src/rules/survey.js';
import type { SecondFactorKind } from '../src/api/types.js';
import { bookingOnTheDay } from '../test/mocks/fixtures.js';
import { createMockApi } from '../test/mocks/handlers.js';
import { mockApi, mockHandlers } from './support/mock-api.js';

const API = '/api/v1';
/** A token as a served visit's look-up carries it (stories answer `POST /surveys` themselves). */
const TOKEN = `RSV-7KQ2M9XA.${'0a1b2c3d'.repeat(4)}`;
const problem = (status: number, code: string, title: string) =>
  HttpResponse.json(
    { type: `https://mpp.example/problems/${code}`, title, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
const surveys = (answer: () => Response | Promise<Response>) => mockApi({}, http.post(`${API}/surveys`, answer));

type Args = { lang: string; token?: string; code?: string };

const shadow = (canvas: HTMLElement) => canvas.querySelector('mpp-satisfaction-survey')!.shadowRoot!;

/** Types into a field of the survey as a resident does (the value, then its `input` event). */
function type(root: ShadowRoot, id: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Placed alone: waits for the form, types the second factor (the code is the story's `code`) and opens. */
async function verifyWith(canvas: HTMLElement, factor: string) {
  const root = shadow(canvas);
  await waitFor(() => expect(root.querySelector('#last4')).not.toBeNull());
  type(root, 'last4', factor);
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
}

/**
 * An MPP that chose `kind` as its second factor (`GET /config`), by the mock API's rules (the server's), with one
 * served visit whose booking kept the demo resident's NIK digits 0003, phone …7890 and birth date 5 September 1990.
 */
const servedVisitOn = (kind: SecondFactorKind) =>
  mockHandlers(() => {
    const api = createMockApi({ secondFactor: kind });
    const { queue: _queue, ...booking } = bookingOnTheDay({ status: 'done' });
    api.bookings.set(booking.code, {
      ...booking,
      nikLast4: '0003',
      nikHash: 'x',
      phone: '+6281234567890',
      nikBirth: '050990',
    });
    return api.handlers;
  });

/** Answers every question (the fourth answer, "sangat …") and sends, as a resident would. */
async function answerAll(canvas: HTMLElement) {
  const root = shadow(canvas);
  await waitFor(() => expect(root.querySelector('#facilities-4')).not.toBeNull());
  for (const e of ELEMENTS) root.querySelector<HTMLInputElement>(`#${e}-4`)!.click();
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
}

/**
 * `<mpp-satisfaction-survey>`: the public satisfaction survey (SKM, PermenPANRB 14/2017) after a served visit. Each
 * story is a state a resident can meet; the tracker opens it with a token, and a page may place it alone.
 */
const meta: Meta<Args> = {
  title: 'Elements/Satisfaction survey',
  component: 'mpp-satisfaction-survey',
  tags: ['autodocs'],
  args: { lang: 'id', token: TOKEN },
  render: (args) =>
    html`<mpp-satisfaction-survey
      api-base=${API}
      lang=${args.lang}
      code=${args.code ?? ''}
      .token=${args.token}
    ></mpp-satisfaction-survey>`,
  parameters: surveys(() => HttpResponse.json({ status: 'answered' }, { status: 201 })),
};
export default meta;
type Story = StoryObj<Args>;

/** The nine questions, the optional profile and the suggestion, nothing chosen yet. */
export const Empty: Story = {};

/** Sent with questions unanswered: the error summary takes focus and links to each. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    root.querySelector<HTMLInputElement>('#requirements-3')!.click();
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.activeElement?.classList.contains('error-summary')).toBe(true));
    await expect(root.querySelectorAll('.error-summary a').length).toBe(8);
  },
};

/** Stored: thanks, the heading focused. */
export const Sent: Story = {
  parameters: surveys(() => HttpResponse.json({ status: 'answered' }, { status: 201 })),
  play: async ({ canvasElement }) => {
    await answerAll(canvasElement);
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('#survey-heading')!.textContent).toContain('Terima kasih'),
      { timeout: 5000 },
    );
  },
};

/** The visit was answered before (another tab, another device): 409 `survey_answered`. */
export const AlreadyAnswered: Story = {
  parameters: surveys(() => problem(409, 'survey_answered', 'Survei kunjungan ini sudah diisi')),
  play: async ({ canvasElement }) => {
    await answerAll(canvasElement);
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('#survey-heading')!.textContent).toContain('sudah diisi'),
      { timeout: 5000 },
    );
  },
};

/** The network dropped while sending: the answers stay, with a button to send again. */
export const NetworkFailure: Story = {
  parameters: surveys(() => HttpResponse.error()),
  play: async ({ canvasElement }) => {
    await answerAll(canvasElement);
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('.notice')!.textContent).toContain('belum terkirim'),
      { timeout: 5000 },
    );
  },
};

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** Placed alone on a page: the resident opens it with the booking code and the NIK's last 4 digits. */
export const PlacedAlone: Story = { args: { token: undefined, code: 'RSV-7KQ2M9XA' } };

/** Placed alone, sent empty: the error summary takes focus and links to the code and the second factor. */
export const PlacedAloneErrors: Story = {
  name: 'Placed alone, errors',
  args: { token: undefined },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('#last4')).not.toBeNull());
    type(root, 'last4', '12a4');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.activeElement?.classList.contains('error-summary')).toBe(true));
    await expect(root.querySelectorAll('.error-summary a').length).toBe(2);
    await expect(root.querySelector('.error-summary')!.textContent).toContain('Masukkan 4 angka terakhir NIK');
  },
};

/** Placed alone, with a code and digits that name no visit: "Kunjungan tidak ditemukan", and what to check. */
export const PlacedAloneNotFound: Story = {
  name: 'Placed alone, visit not found',
  args: { token: undefined, code: 'RSV-ZZZZZZZZ' },
  play: async ({ canvasElement }) => {
    await verifyWith(canvasElement, '0003');
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('.notice')!.textContent).toContain('Kunjungan tidak ditemukan'),
      { timeout: 5000 },
    );
  },
};

/** Placed alone, the visit being checked (the API does not answer): "Memeriksa kunjungan…" is announced. */
export const PlacedAloneChecking: Story = {
  name: 'Placed alone, checking',
  args: { token: undefined, code: 'RSV-7KQ2M9XA' },
  parameters: mockApi(
    {},
    http.post(`${API}/lookup`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  ),
  play: async ({ canvasElement }) => {
    await verifyWith(canvasElement, '0003');
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('[role=status]')!.textContent).toContain('Memeriksa kunjungan'),
      { timeout: 5000 },
    );
  },
};

/** Placed alone on an MPP whose second factor is the mobile number's last 4 digits (`GET /config`). */
export const PlacedAlonePhone: Story = {
  name: 'Placed alone, second factor: phone',
  args: { token: undefined, code: 'RSV-7KQ2M9XA' },
  parameters: servedVisitOn('phone_last4'),
  play: async ({ canvasElement }) =>
    waitFor(
      () =>
        expect(shadow(canvasElement).querySelector('label[for=last4]')!.textContent).toContain(
          '4 angka terakhir nomor HP',
        ),
      { timeout: 5000 },
    ),
};

/**
 * Placed alone on an MPP whose second factor is the date of birth, typed as on the KTP (here 05-09-1990 opens the
 * questions; the phone story's visit opens with 7890).
 */
export const PlacedAloneBirthDate: Story = {
  name: 'Placed alone, second factor: date of birth',
  args: { token: undefined, code: 'RSV-7KQ2M9XA' },
  parameters: servedVisitOn('birth_date'),
  play: async ({ canvasElement }) =>
    waitFor(
      () => expect(shadow(canvasElement).querySelector('label[for=last4]')!.textContent).toContain('Tanggal lahir'),
      { timeout: 5000 },
    ),
};

/** Opened with the date of birth: the mock checks it by the server's rule and the questions follow. */
export const PlacedAloneBirthDateOpened: Story = {
  name: 'Placed alone, opened with the date of birth',
  args: { token: undefined, code: 'RSV-7KQ2M9XA' },
  parameters: servedVisitOn('birth_date'),
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('label[for=last4]')!.textContent).toContain('Tanggal lahir'), {
      timeout: 5000,
    });
    await verifyWith(canvasElement, '05-09-1990');
    await waitFor(() => expect(root.querySelector('#requirements-1')).not.toBeNull(), { timeout: 5000 });
  },
};

/** Placed alone in English, on an MPP whose second factor is the date of birth. */
export const PlacedAloneBirthDateEnglish: Story = {
  name: 'Placed alone, second factor: date of birth (English)',
  args: { lang: 'en', token: undefined, code: 'RSV-7KQ2M9XA' },
  parameters: servedVisitOn('birth_date'),
  play: async ({ canvasElement }) =>
    waitFor(
      () => expect(shadow(canvasElement).querySelector('label[for=last4]')!.textContent).toContain('Date of birth'),
      { timeout: 5000 },
    ),
};

/** Placed alone, for a visit not served yet: the survey opens after the counter. */
export const NotServedYet: Story = {
  args: { token: undefined, code: 'RSV-7KQ2M9XA' },
  parameters: mockApi(
    {},
    http.post(`${API}/lookup`, () => HttpResponse.json(bookingOnTheDay())),
  ),
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('#last4')).not.toBeNull());
    const last4 = root.querySelector<HTMLInputElement>('#last4')!;
    last4.value = '0003';
    last4.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('#survey-heading')!.textContent).toContain('belum dapat diisi'), {
      timeout: 5000,
    });
  },
};

/** The answers on their way (the API does not answer). */
export const Sending: Story = {
  parameters: surveys(async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
  play: async ({ canvasElement }) => {
    await answerAll(canvasElement);
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('[role=status]')!.textContent).toContain('Mengirim'),
      { timeout: 5000 },
    );
  },
};
