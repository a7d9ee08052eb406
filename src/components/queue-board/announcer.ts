// The board's sound: a two-note chime made with Web Audio (no audio file to fetch or allow in the CSP) and the call
// spoken by the browser's speech synthesis, in Bahasa Indonesia or English. Browsers allow audio only after a
// gesture on the page, so nothing sounds until a person presses "Aktifkan suara" once (the element's button).
import type { Lang } from '../../core/i18n.js';

/** Spoken calls waiting at most: after a reconnect's catch-up the hall hears the latest, not a backlog. */
const MAX_PENDING = 3;
const VOICE_LANG: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

export class Announcer {
  private context?: AudioContext;
  private pending = 0;

  /** Whether a gesture unlocked the sound (the board then hides its button's "on" label). */
  get enabled(): boolean {
    return this.context !== undefined;
  }

  /** Called from a click: creates the audio context while the gesture lasts. */
  enable(): void {
    const Context = globalThis.AudioContext;
    this.context ??= Context ? new Context() : ({} as AudioContext);
    // A context closed (sound off) before it resumed rejects: nothing to tell anyone.
    this.context.resume?.().catch(() => {});
  }

  disable(): void {
    this.context?.close?.().catch(() => {});
    this.context = undefined;
    globalThis.speechSynthesis?.cancel();
    this.pending = 0;
  }

  /** The chime, then (when `text` is given) the spoken call; nothing until enabled. */
  announce(text: string | undefined, lang: Lang): void {
    if (!this.context) return;
    const afterChime = () => text && this.say(text, lang);
    if (!this.chime(afterChime)) afterChime();
  }

  /** Two notes, falling (a "ding-dong"); calls `done` when they end. False when Web Audio is missing. */
  chime(done: () => void = () => {}): boolean {
    const ctx = this.context;
    // No Web Audio, or the browser still holds it suspended: no chime, and the call is spoken without waiting.
    if (!ctx?.createOscillator || ctx.state !== 'running') return false;
    const start = ctx.currentTime;
    // The call follows the chime; if the audio clock stalls (no output device), it follows anyway.
    let finished = false;
    const once = () => {
      if (!finished) done();
      finished = true;
    };
    setTimeout(once, 1500);
    const notes: [number, number][] = [
      [880, 0],
      [660, 0.35],
    ];
    notes.forEach(([frequency, offset], i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.6);
      if (i === notes.length - 1) osc.onended = once;
    });
    return true;
  }

  private say(text: string, lang: Lang): void {
    const speech = globalThis.speechSynthesis;
    if (!speech || typeof SpeechSynthesisUtterance !== 'function' || this.pending >= MAX_PENDING) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = VOICE_LANG[lang];
    // The voice of the language when the device has one; else the browser picks by `lang`.
    const voice = speech.getVoices().find((v) => v.lang.replace('_', '-').startsWith(VOICE_LANG[lang].slice(0, 2)));
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    this.pending++;
    utterance.onend = utterance.onerror = () => (this.pending = Math.max(0, this.pending - 1));
    speech.speak(utterance);
  }
}
