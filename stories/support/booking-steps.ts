import { expect, waitFor } from 'storybook/test';

/** Drives a <mpp-queue-booking> in a story as a resident would, to show each later step. */
export class BookingDriver {
  constructor(private readonly canvas: HTMLElement) {}

  get root(): ShadowRoot {
    return this.canvas.querySelector('mpp-queue-booking')!.shadowRoot!;
  }

  async see(selector: string): Promise<HTMLElement> {
    await waitFor(() => expect(this.root.querySelector(selector)).not.toBeNull(), { timeout: 5000 });
    return this.root.querySelector<HTMLElement>(selector)!;
  }

  async choose(name: string): Promise<void> {
    (await this.see(`input[name=${name}]:not([disabled])`)).click();
  }

  async next(): Promise<void> {
    (await this.see('form button[type=submit]')).click();
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [id, value] of Object.entries(values)) {
      const input = (await this.see(`#${id}`)) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  }

  async button(label: RegExp): Promise<void> {
    await waitFor(
      () => expect([...this.root.querySelectorAll('button')].some((b) => label.test(b.textContent ?? ''))).toBe(true),
      {
        timeout: 5000,
      },
    );
    [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(b.textContent ?? ''))!.click();
  }

  /** Answers the day and the session, and goes on to the identity question. */
  async toSessionAnswered(): Promise<void> {
    await this.choose('day');
    await this.next();
    await this.choose('session');
    await this.next();
  }

  async toIdentity(): Promise<void> {
    await this.toSessionAnswered();
    await this.see('#nik');
  }

  async toCheck(): Promise<void> {
    await this.toIdentity();
    // Stories share one mock API, which allows one booking per NIK and day: each run is another resident.
    const serial = String(1 + Math.floor(Math.random() * 9998)).padStart(4, '0');
    await this.fill({ nik: `317201450990${serial}`, name: 'Siti Aminah', phone: '0812 3456 7890' });
    await this.next();
    await this.see('.summary');
  }

  async toTicket(): Promise<void> {
    await this.toCheck();
    await this.button(/Kirim booking|Send booking/);
    await this.see('.code');
  }
}
