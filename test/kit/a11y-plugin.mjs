// A web-test-runner plugin that lets a browser test read Chromium's accessibility tree through the DevTools
// protocol (what a screen reader is given, which axe cannot see: computed names and roles, live-region and
// invalid/required states, the focused node) and emulate media axe does not (forced colours). The browser side is
// test/kit/a11y.ts; see test/kit/README.md.

/** One DevTools session per test page, kept while the page lives. */
const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    await cdp.send('Accessibility.enable');
    sessions.set(page, cdp);
  }
  return cdp;
}

const value = (v) => (v && 'value' in v ? v.value : undefined);

/** The parts of an AX node a test asserts on: role, name, description, and the states screen readers announce. */
function compact(node) {
  const out = { role: value(node.role) ?? '', name: value(node.name) ?? '' };
  const description = value(node.description);
  if (description) out.description = description;
  for (const p of node.properties ?? []) {
    const v = value(p.value);
    if (v === undefined || v === false || v === 'false' || v === '' || p.name === 'focusable') continue;
    if (
      [
        'invalid',
        'required',
        'live',
        'atomic',
        'relevant',
        'level',
        'focused',
        'checked',
        'expanded',
        'busy',
        'hidden',
        'disabled',
        'roledescription',
        'url',
      ].includes(p.name)
    )
      out[p.name] = v;
  }
  return out;
}

/** The non-ignored subtree under `node` (ignored nodes give their children to their parent); text boxes left out. */
async function subtree(cdp, node, depth) {
  const children = [];
  if (depth > 0 && node.childIds?.length) {
    const { nodes } = await cdp.send('Accessibility.getChildAXNodes', { id: node.nodeId });
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    for (const id of node.childIds) {
      const child = byId.get(id);
      if (!child || value(child.role) === 'InlineTextBox') continue;
      const sub = await subtree(cdp, child, depth - 1);
      if (child.ignored) children.push(...(sub.children ?? []));
      else children.push(sub);
    }
  }
  const out = node.ignored ? { role: 'ignored', name: '' } : compact(node);
  if (children.length) out.children = children;
  return out;
}

export function a11yPlugin() {
  return {
    name: 'mpp-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('mpp-a11y-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('the accessibility tree needs Chromium (puppeteer)');
      const page = session.browser.getPage(session.id);
      const cdp = await cdpFor(page);
      if (command === 'mpp-a11y-media') {
        await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      }
      if (command === 'mpp-a11y-tree') {
        // The browser side parks the element in a global: Runtime gives it to us as a remote object.
        const { result } = await cdp.send('Runtime.evaluate', { expression: `globalThis.__mppA11yTarget` });
        if (!result.objectId) return null;
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
          objectId: result.objectId,
          fetchRelatives: false,
        });
        const node = nodes[0];
        if (!node) return null;
        return subtree(cdp, node, payload?.depth ?? 12);
      }
      throw new Error(`unknown command ${command}`);
    },
  };
}
