/** Where controls are found and touched: by role and accessible name. */
export interface ResidentUi {
  heading(name: string | RegExp): Promise<unknown>;
  /** A radio by its label; the first that can be taken when `name` is undefined. */
  check(name?: string | RegExp): Promise<unknown>;
  click(name: string | RegExp): Promise<unknown>;
  fill(label: string | RegExp, value: string): Promise<unknown>;
}

export type BookingWords = Record<
  | 'serviceQuestion'
  | 'dayQuestion'
  | 'sessionQuestion'
  | 'identityQuestion'
  | 'checkQuestion'
  | 'booked'
  | 'continue'
  | 'send'
  | 'retry'
  | 'nik'
  | 'name'
  | 'phone'
  | 'email',
  string
>;

export const WORDS: { id: BookingWords; en: BookingWords };

export interface Answers {
  day?: string | RegExp;
  session?: string | RegExp;
  nik?: string;
  name?: string;
  phone?: string;
  email?: string;
}

export interface Resident {
  words: BookingWords;
  see(name: string | RegExp): Promise<unknown>;
  continue(question?: string): Promise<void>;
  chooseService(name?: string | RegExp): Promise<void>;
  chooseDay(day?: string | RegExp): Promise<void>;
  chooseSession(session?: string | RegExp): Promise<void>;
  fillIdentity(answers: Answers): Promise<void>;
  answerUpToIdentity(answers?: Answers): Promise<void>;
  answerUpToCheck(answers: Answers): Promise<void>;
  send(): Promise<void>;
  book(answers: Answers): Promise<void>;
}

export function resident(ui: ResidentUi, lang?: 'id' | 'en'): Resident;
export function playwrightUi(scope: unknown): ResidentUi;
export function domUi(host: Element, options?: { timeout?: number }): ResidentUi;
