/**
 * Search over the service catalogue, on the device: the whole catalogue is a few hundred entries, so a small
 * index answers each keystroke in well under a frame and works offline.
 *
 * Written here rather than taken from a library: MiniSearch or Fuse.js would each cost several times this file in a
 * bundle held to a size budget (bench/budgets.json), and neither knows Indonesian stop words. This one does what the
 * finder needs: case- and accent-insensitive, prefix matching while typing, one typo tolerated in words of five
 * letters or more, synonyms through each service's keywords, and ranking name > keyword > description.
 */

export interface SearchDocument {
  id: string;
  /** The official name: the strongest field. */
  name: string;
  /** Abbreviations and synonyms (KTP, e-KTP, akta lahir…). */
  keywords: readonly string[];
  /** Category, agency names, summary: matched, but ranked last. */
  description: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

// Words that carry no meaning in a search for a service ("cara bikin ktp", "urus akta di mpp").
const STOP_WORDS = new Set([
  'di',
  'ke',
  'dan',
  'yang',
  'untuk',
  'cara',
  'bikin',
  'buat',
  'membuat',
  'urus',
  'mengurus',
  'the',
  'a',
  'of',
  'how',
  'to',
  'mpp',
]);

const FIELD_WEIGHT = [3, 2, 1] as const; // name, keywords, description

/** Lower case, accents and punctuation removed: "KTP-el" → ["ktp", "el"]; "Café" → ["cafe"]. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when a and b differ by at most one edit (insert, delete, substitute, or swap of neighbours). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How well a typed word matches a word of the index: 1 exact, 0.8 prefix, 0.5 one typo, 0 none. */
function matchQuality(typed: string, word: string): number {
  if (typed === word) return 1;
  if (word.startsWith(typed)) return 0.8;
  if (typed.length >= 5) {
    if (withinOneEdit(typed, word)) return 0.5;
    // A typo in a word still being typed: "perpnjang" against "perpanjangan".
    if (word.length > typed.length && withinOneEdit(typed, word.slice(0, typed.length + 1))) return 0.45;
  }
  return 0;
}

/** The words of a query that count (stop words dropped unless nothing else is left). */
export function queryTerms(query: string): string[] {
  const words = tokenize(query);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length ? meaningful : words;
}

/**
 * A filter for a short list that is on screen anyway (the booking's services): every word of the query starts a
 * word of `text`. No index to build and no typo tolerance; an empty query keeps everything.
 */
export function matchesEveryTerm(query: string, text: string): boolean {
  const terms = queryTerms(query);
  // No terms (the filter is empty): nothing to tokenise, on every render, for every service.
  if (!terms.length) return true;
  const words = tokenize(text);
  return terms.every((term) => words.some((w) => w.startsWith(term)));
}

export class SearchIndex {
  /** Every distinct word, with the documents and fields it appears in. */
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly docs: SearchDocument[];

  constructor(docs: readonly SearchDocument[]) {
    this.docs = [...docs];
    this.docs.forEach((doc, n) => {
      const fields = [doc.name, doc.keywords.join(' '), doc.description];
      fields.forEach((text, field) => {
        for (const word of tokenize(text)) {
          let posting = this.postings.get(word);
          if (!posting) this.postings.set(word, (posting = new Map()));
          posting.set(n, Math.max(posting.get(n) ?? 0, FIELD_WEIGHT[field]));
        }
      });
    });
  }

  /**
   * Documents matching every word of the query, best first: each word scores its best field weight times its
   * match quality; ties keep the catalogue's order (agencies list their main services first). An empty query
   * matches everything.
   */
  search(query: string): SearchHit[] {
    const terms = queryTerms(query);
    if (!terms.length) return this.docs.map((d) => ({ id: d.id, score: 0 }));
    let scores: Map<number, number> | undefined;
    for (const term of terms) {
      const termScores = new Map<number, number>();
      for (const [word, posting] of this.postings) {
        const quality = matchQuality(term, word);
        if (!quality) continue;
        for (const [n, weight] of posting) {
          const s = weight * quality;
          if (s > (termScores.get(n) ?? 0)) termScores.set(n, s);
        }
      }
      if (!scores) scores = termScores;
      else {
        const next = new Map<number, number>();
        for (const [n, s] of scores) {
          const t = termScores.get(n);
          if (t) next.set(n, s + t);
        }
        scores = next;
      }
      if (!scores.size) return [];
    }
    return [...scores!]
      .sort(([a, sa], [b, sb]) => sb - sa || a - b)
      .map(([n, score]) => ({ id: this.docs[n].id, score }));
  }
}

/** Splits a text into runs, marking the words a query matched, for highlighting as text (never as HTML). */
export function highlightRuns(text: string, query: string): { text: string; match: boolean }[] {
  const terms = queryTerms(query);
  if (!terms.length) return [{ text, match: false }];
  const runs: { text: string; match: boolean }[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const word = tokenize(part)[0];
    const match = !!word && terms.some((t) => matchQuality(t, word) > 0);
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += part;
    else runs.push({ text: part, match });
  }
  return runs;
}
