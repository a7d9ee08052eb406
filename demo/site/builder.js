// The embed builder (issue 20, item 7): a webmaster picks an element, its options (read from custom-elements.json),
// the language and a theme preset (dist/themes/presets.json, written from src/core/theme-presets.ts), sees the
// element live, and copies the exact snippet: a script tag, a WordPress shortcode, or JSX. Built with DOM calls only
// (the page runs under Trusted Types, and API data never becomes markup).

const form = /** @type {HTMLFormElement} */ (document.getElementById('builder'));
const preview = document.getElementById('preview');
const snippetCode = document.getElementById('snippet');
const snippetNote = document.getElementById('snippet-note');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const presetSheet = /** @type {HTMLLinkElement} */ (document.getElementById('preset-sheet'));

/** Attributes set elsewhere in the form (address, language, colour scheme) rather than among the options. */
const OWN_FIELDS = new Set(['api-base', 'lang', 'theme']);

const FORMATS = [
  ['html', 'Tag script (HTML)'],
  ['wordpress', 'Shortcode WordPress (plugin mpp-widgets)'],
  ['jsx', 'JSX (React 19, Preact)'],
];

/** An element with attributes and children; `on<event>` props become listeners. */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.filter((c) => c !== undefined && c !== null));
  return el;
}

/** The values a manifest type allows (`'lazy' | 'eager' | undefined` → lazy, eager), or none for a free type. */
const choicesOf = (type) => [...(type ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
const unquote = (text) => (text ?? '').replace(/^'(.*)'$/, '$1');

/** A labelled field with its hint; `control` gets the id and the hint's `aria-describedby`. */
function field(id, label, hint, control) {
  control.id = id;
  const hintId = `${id}-hint`;
  if (hint) control.setAttribute('aria-describedby', hintId);
  const wrapper = h('div', { class: 'builder__field' });
  if (control.type === 'checkbox')
    wrapper.append(
      control,
      h('label', { for: id }, label),
      hint ? h('p', { id: hintId, class: 'builder__hint' }, hint) : null,
    );
  else
    wrapper.append(
      h('label', { for: id }, label),
      hint ? h('p', { id: hintId, class: 'builder__hint' }, hint) : null,
      control,
    );
  return wrapper;
}

/** A select with a first option for "the widget's own default". */
function select(name, choices, defaultText, selected = '') {
  const el = h('select', { name }, h('option', { value: '' }, defaultText));
  for (const [value, label] of choices) el.append(h('option', { value, selected: value === selected }, label));
  return el;
}

/** A group of radio buttons named `name`. */
function radios(fieldset, name, choices, checked) {
  for (const [value, label, hint] of choices) {
    const id = `${name}-${value}`;
    const input = h('input', { type: 'radio', name, id, value, checked: value === checked });
    const row = h('div', { class: 'builder__field builder__field--radio' }, input, h('label', { for: id }, label));
    if (hint) {
      input.setAttribute('aria-describedby', `${id}-hint`);
      row.append(h('p', { id: `${id}-hint`, class: 'builder__hint' }, hint));
    }
    fieldset.append(row);
  }
}

/** Shown in the snippet's attribute order: what the resident's element needs, as the webmaster set it. */
function optionField(attribute, previous) {
  const id = `opt-${attribute.name}`;
  const name = `attr:${attribute.name}`;
  const type = attribute.type?.text ?? 'string';
  const hint = attribute.description?.replace(/`/g, '');
  const choices = choicesOf(type);
  if (type.startsWith('boolean'))
    return field(id, attribute.name, hint, h('input', { type: 'checkbox', name, checked: previous === true }));
  if (choices.length)
    return field(
      id,
      attribute.name,
      hint,
      select(
        name,
        choices.map((c) => [c, c]),
        'bawaan widget',
        previous ?? '',
      ),
    );
  const placeholder = unquote(attribute.default);
  const input = h('input', {
    name,
    type: type.startsWith('number') ? 'number' : 'text',
    placeholder: placeholder && placeholder !== 'undefined' ? placeholder : undefined,
    list: { agency: 'agencies', service: 'services' }[attribute.name],
    autocomplete: 'off',
  });
  if (typeof previous === 'string') input.value = previous;
  return field(id, attribute.name, hint, input);
}

const [manifest, presets] = await Promise.all([
  fetch('/dist/custom-elements.json').then((r) => r.json()),
  fetch('/dist/themes/presets.json').then((r) => r.json()),
]);
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const elementOf = (tag) => elements.find((e) => e.tagName === tag);

// The form: widget, its options, language and look, addresses, kind of snippet.
radios(
  document.getElementById('element-choice'),
  'element',
  elements.map((e) => [e.tagName, `<${e.tagName}>`, e.summary]),
  'mpp-service-finder',
);
const look = document.getElementById('look');
look.append(
  field(
    'lang',
    'Bahasa',
    'Bahasa widget (atribut lang).',
    select(
      'lang',
      [
        ['id', 'Bahasa Indonesia'],
        ['en', 'English'],
      ],
      'ikuti halaman',
    ),
  ),
  field(
    'preset',
    'Tema',
    'Preset warna, huruf dan sudut (stylesheet themes/<nama>.css).',
    h('select', { name: 'preset' }, ...Object.entries(presets).map(([value, p]) => h('option', { value }, p.title))),
  ),
  field(
    'scheme',
    'Terang atau gelap',
    'Atribut theme: light (bawaan), dark, atau auto (ikuti perangkat).',
    select(
      'theme',
      choicesOf(elementOf('mpp-service-finder').attributes.find((a) => a.name === 'theme')?.type?.text).map((c) => [
        c,
        c,
      ]),
      'bawaan widget',
    ),
  ),
);
document
  .getElementById('where')
  .append(
    field(
      'api',
      'Alamat MPP API',
      'Diakhiri /api/v1 (atribut data-api-base pada tag script).',
      h('input', { name: 'api', type: 'url', value: `${location.origin}/api/v1` }),
    ),
    field(
      'files',
      'Alamat berkas widget',
      'Folder dist/ yang Anda salin ke server atau CDN.',
      h('input', { name: 'files', type: 'url', value: `${location.origin}/dist` }),
    ),
  );
radios(document.getElementById('format-choice'), 'format', FORMATS, 'html');

/** The options of the chosen element, rebuilt when the element changes (values of attributes they share kept). */
function renderOptions() {
  const previous = Object.fromEntries(optionValues());
  const tag = form.elements.namedItem('element').value;
  const fieldset = document.getElementById('element-options');
  fieldset.replaceChildren(
    h('legend', {}, `Pilihan <${tag}>`),
    ...elementOf(tag)
      .attributes.filter((a) => !OWN_FIELDS.has(a.name))
      .map((a) => optionField(a, previous[a.name])),
  );
}

/** [attribute, value] of the options set: a string, or `true` for a boolean attribute. */
function optionValues() {
  const values = [];
  for (const control of form.querySelectorAll('[name^="attr:"]')) {
    const name = control.name.slice(5);
    if (control.type === 'checkbox') {
      if (control.checked) values.push([name, true]);
    } else if (control.value.trim()) values.push([name, control.value.trim()]);
  }
  return values;
}

/** Everything the snippet and the preview are made of. */
function state() {
  const value = (name) => form.elements.namedItem(name).value.trim();
  const attributes = optionValues();
  if (value('lang')) attributes.unshift(['lang', value('lang')]);
  if (value('theme')) attributes.push(['theme', value('theme')]);
  return {
    tag: value('element'),
    attributes,
    preset: value('preset'),
    format: value('format'),
    api: value('api').replace(/\/+$/, ''),
    files: value('files').replace(/\/+$/, ''),
  };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** A shortcode's attribute value: WordPress reads up to the next `"`, and `[` `]` end or start shortcodes. */
const escapeShortcode = (text) => text.replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

/** The snippet to copy, and a note on what else the page needs (not part of the copied text). */
function snippetOf(s) {
  const element = elementOf(s.tag);
  const typeOf = (name) => element.attributes.find((a) => a.name === name)?.type?.text ?? 'string';
  const preset = s.preset !== 'default' ? s.preset : undefined;
  if (s.format === 'wordpress') {
    const attrs = s.attributes.map(([n, v]) => ` ${n}="${v === true ? '1' : escapeShortcode(v)}"`).join('');
    return {
      code: `[${s.tag.replace(/-/g, '_')}${attrs}]`,
      note:
        'Alamat MPP API diisi sekali di Pengaturan → MPP Widgets; plugin memuat skripnya sendiri.' +
        (preset
          ? ` Tema "${presets[preset].title}": muat ${s.files}/themes/${presets[preset].file} dari tema situs Anda.`
          : ''),
    };
  }
  if (s.format === 'jsx') {
    const attrs = [['api-base', s.api], ...s.attributes].map(([n, v]) => {
      if (v === true) return ` ${n}`;
      if (typeOf(n).startsWith('number') && /^-?\d+$/.test(v)) return ` ${n}={${v}}`;
      return v.includes('"') ? ` ${n}={${JSON.stringify(v)}}` : ` ${n}="${v}"`;
    });
    const imports = [`import 'mpp-widgets/${s.tag}.js';`];
    if (preset) imports.push(`import 'mpp-widgets/themes/${presets[preset].file}';`);
    return {
      code: `${imports.join('\n')}\n\n<${s.tag}${attrs.join('')} />`,
      note: "Setelah npm install mpp-widgets. TypeScript: import type {} from 'mpp-widgets/types/react' sekali di proyek.",
    };
  }
  const lines = [];
  if (preset) lines.push(`<link rel="stylesheet" href="${escapeHtml(`${s.files}/themes/${presets[preset].file}`)}">`);
  lines.push(
    `<script type="module" src="${escapeHtml(`${s.files}/${s.tag}.js`)}" data-api-base="${escapeHtml(s.api)}"></script>`,
  );
  const attrs = s.attributes.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeHtml(v)}"`)).join('');
  lines.push(`<${s.tag}${attrs}></${s.tag}>`);
  return {
    code: lines.join('\n'),
    note: 'Salin seluruh folder dist/ ke alamat berkas itu, dan tambahkan aturan tinggi dari README (bagian Embed) ke stylesheet halaman.',
  };
}

let shown = '';
/** The preview: a fresh element when what it is made of changed (typing in the snippet's addresses does not). */
function renderPreview(s) {
  const key = JSON.stringify([s.tag, s.attributes, s.api]);
  if (key === shown) return;
  shown = key;
  const el = document.createElement(s.tag);
  el.setAttribute('api-base', s.api);
  for (const [name, value] of s.attributes) el.setAttribute(name, value === true ? '' : value);
  preview.replaceChildren(el);
}

function update() {
  const s = state();
  const { code, note } = snippetOf(s);
  snippetCode.textContent = code;
  snippetNote.textContent = note;
  presetSheet.href = `/dist/themes/${presets[s.preset]?.file ?? 'default.css'}`;
  renderPreview(s);
  copyStatus.textContent = '';
}

form.addEventListener('change', (event) => {
  if (event.target.name === 'element') renderOptions();
  update();
});
form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());

copyButton.addEventListener('click', async () => {
  let message;
  try {
    await navigator.clipboard.writeText(snippetCode.textContent);
    message = 'Kode disalin. Tempel di halaman Anda.';
  } catch {
    // No clipboard (an insecure page, a refusal): select the code for Ctrl+C.
    getSelection().selectAllChildren(snippetCode);
    message = 'Browser tidak mengizinkan penyalinan otomatis. Kode sudah dipilih: tekan Ctrl+C (⌘C di Mac).';
  }
  // Cleared first, so the same message is announced again on a second copy.
  copyStatus.textContent = '';
  requestAnimationFrame(() => (copyStatus.textContent = message));
});

/** Suggestions for the agency and service fields, from the API the preview uses (none when it does not answer). */
async function suggestions() {
  const api = state().api;
  const list = (id, items) =>
    document.body.append(h('datalist', { id }, ...items.map(([value, label]) => h('option', { value, label }))));
  try {
    const [agencies, services] = await Promise.all(
      ['agencies', 'services'].map((path) =>
        fetch(`${api}/${path}`, { headers: { Accept: 'application/json' } }).then((r) => r.json()),
      ),
    );
    list(
      'agencies',
      agencies.items.map((a) => [a.id, a.name]),
    );
    list(
      'services',
      services.items.map((s) => [s.id, s.name]),
    );
  } catch {
    // Free text still works.
  }
}

renderOptions();
update();
void suggestions();
