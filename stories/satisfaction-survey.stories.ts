import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../src/components/satisfaction-survey/mpp-satisfaction-survey.js';
import { SURVEY_ELEMENTS as ELEMENTS } from '../src/rules/survey.js';
import { bookingOnTheDay } from '../test/mocks/fixtures.js';
import { mockApi } from './support/mock-api.js';

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
