// What a polite live region says after typing (WCAG 4.1.3): the result once typing pauses, never one per keystroke,
// and a result that repeats the last one heard again. Shared by the finder's search and the booking's filter.

/**
 * Calls `then` once typing pauses: 700 ms after the last call for `o`, whose pending call it keeps in `o.typing`
 * (clear it when the element goes). A screen reader then hears the count the resident stopped at.
 */
export function afterTyping(o: { typing?: ReturnType<typeof setTimeout> }, then: () => void): void {
  clearTimeout(o.typing);
  o.typing = setTimeout(then, 700);
}

/**
 * `words` for a live region that says `before` now. The same words again are no change to it, so nothing would be
 * heard: a no-break space makes them one ("ktp" then "sim", both "3 layanan"). (The booking's filter needs none:
 * its region is empty while the resident types, so each count it settles on is a change.)
 */
export const sayAgain = (words: string, before: string): string => (words == before ? words + '\u00a0' : words);
