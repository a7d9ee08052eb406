// The WordPress plugin (wordpress/, zipped by npm run build) in a real WordPress 6.1, driven by Chromium as a
// webmaster and a resident would: activate it, set the API's address, show a page with a shortcode and a block,
// book through it against the reference server. Runs when WordPress, PHP and MariaDB are here (check.mjs says).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appErrors, launch, newPage, readmeReserveRule } from '../kit/browser.mjs';
import { newNik, timeBudget } from '../kit/fixtures.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';
import { startDemo } from '../kit/server.mjs';
import { startWordPress } from './wordpress.mjs';

const env = {};
before(async () => {
  env.wp = await startWordPress();
  // The API server lets the WordPress site in, as docs/embedding.md tells its operator to.
  process.env.MPP_ALLOWED_ORIGINS = env.wp.origin;
  env.demo = await startDemo();
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.demo?.stop();
  await env.wp?.stop();
});

describe('the WordPress plugin', { timeout: timeBudget(180_000) }, () => {
  it('is activated and configured by the webmaster in wp-admin', async () => {
    const { page, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.wp.origin}/wp-login.php`);
    await page.getByLabel('Username or Email Address').fill(env.wp.admin.user);
    await page.getByLabel('Password', { exact: true }).fill(env.wp.admin.password);
    await page.getByRole('button', { name: 'Log In' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();

    await page.goto(`${env.wp.origin}/wp-admin/plugins.php`);
    await page.getByRole('link', { name: 'Activate MPP Widgets' }).click();
    await page.getByText('Plugin activated.').waitFor();

    await page.goto(`${env.wp.origin}/wp-admin/options-general.php?page=mpp-widgets`);
    await page.getByLabel('Alamat MPP API (API address)').fill(env.demo.api);
    await page.getByLabel('Bahasa (language)').selectOption('id');
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.getByText('Settings saved.').waitFor();
    assert.equal(await page.getByLabel('Alamat MPP API (API address)').inputValue(), env.demo.api);
    await context.close();
  });

  it('shows a shortcode and a block on a page, escapes attributes, and books through them', async () => {
    // The page as the editor saves it: blocks (their comment delimiters), one with a hostile value, and a shortcode.
    const content = [
      '<!-- wp:mpp-widgets/service-finder {"agency":"disdukcapil","heading_level":"2"} /-->',
      '[mpp_queue_booking service="polresta-penerbitan-skck-baru"]',
      // Block attributes reach the plugin as written (WordPress mangles a shortcode's quotes first).
      '<!-- wp:mpp-widgets/status-tracker {"code":"\\u0022\\u003e\\u003cimg src=x onerror=alert(1)\\u003e","theme":"purple"} /-->',
    ].join('\n\n');
    const url = env.wp.wp(
      `kses_remove_filters(); // as an administrator (unfiltered_html) saves it
       $id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Layanan MPP', 'post_content' => wp_slash(${JSON.stringify(content).replaceAll('$', '\\$')})]);
       echo get_permalink($id);`,
    );
    const { page, context, record } = await newPage(env.browser);
    const dialogs = [];
    page.on('dialog', (d) => dialogs.push(d.message()) && d.dismiss());
    await page.goto(url.trim());

    // The finder shows its first result until the resident searches (issue 24): search as a resident would.
    const finder = page.locator('mpp-service-finder');
    await finder.getByRole('searchbox', { name: 'Cari layanan' }).fill('akta kelahiran');
    await finder.getByRole('button', { name: 'Penerbitan Akta Kelahiran' }).waitFor();
    assert.equal(await finder.getAttribute('agency'), 'disdukcapil');
    assert.equal(await finder.getAttribute('lang'), 'id');

    // The hostile value left tags behind and stayed an attribute's text; the unknown theme was dropped.
    const html = await (await fetch(url.trim())).text();
    const tags = [...html.matchAll(/<mpp-status-tracker[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(tags, ['<mpp-status-tracker lang="id" code="&quot;&gt;">']);
    assert.doesNotMatch(html, /onerror/);
    assert.equal(await page.locator('img[src=x]').count(), 0);

    const booking = page.locator('mpp-queue-booking');
    const person = resident(playwrightUi(booking));
    await person.see('Kapan Anda akan datang?');
    await person.book({ nik: newNik(), name: 'Siti Aminah', phone: '0812 3456 7890' });
    assert.match((await booking.locator('[part=code]').innerText()).trim(), /^RSV-[2-9A-HJ-NP-Z]{8}$/);

    // The README's rule holds each widget's height on the WordPress page too (a finder 31.5 lines of 16px).
    assert.equal((await page.locator('style#mpp-widgets-reserve').innerText()).trim(), readmeReserveRule().trim());
    assert.equal(
      await page
        .locator('mpp-service-finder')
        .first()
        .evaluate((e) => getComputedStyle(e).minHeight),
      '504px',
    );

    // Loaded as a module (the script_loader_tag filter on 6.1), once.
    assert.equal(await page.locator('script[type=module][src*="mpp-widgets/assets/mpp-widgets.js"]').count(), 1);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });
});
