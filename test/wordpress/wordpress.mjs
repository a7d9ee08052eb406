// A real WordPress (Debian's `wordpress` package, 6.1) under PHP's built-in server, on MariaDB, for the plugin's
// end-to-end test: its own database, its own wp-content (the plugin unzipped from build/), removed afterwards.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../kit/server.mjs';

export const WORDPRESS = '/usr/share/wordpress';
const DB = {
  host: process.env.MPP_WP_DB_HOST ?? '127.0.0.1',
  user: process.env.MPP_WP_DB_USER ?? 'root',
  password: process.env.MPP_WP_DB_PASSWORD ?? '',
};
const ZIP = fileURLToPath(new URL('../../build/mpp-widgets-wordpress.zip', import.meta.url));
const ROUTER = fileURLToPath(new URL('router.php', import.meta.url));
export const HOW_TO_RUN =
  'apt-get install -y wordpress php-cli php-mysql, a MariaDB/MySQL at 127.0.0.1:3306 (root, empty password; or MPP_WP_DB_HOST/USER/PASSWORD), then npm run build';

const php = (code) => spawnSync('php', ['-r', code], { encoding: 'utf8' });
const sql = (statement) =>
  php(`$m = @new mysqli(${JSON.stringify(DB.host)}, ${JSON.stringify(DB.user)}, ${JSON.stringify(DB.password)}, null, 3306);
       if ($m->connect_errno) { fwrite(STDERR, $m->connect_error); exit(3); }
       if (!$m->query(${JSON.stringify(statement)})) { fwrite(STDERR, $m->error); exit(4); }`);

/** What is missing for the test, or undefined when WordPress can run here. */
export function missing() {
  if (!existsSync(join(WORDPRESS, 'wp-config.php'))) return "Debian's wordpress package";
  if (spawnSync('php', ['-v']).status !== 0) return 'php-cli';
  if (php('exit(class_exists("mysqli") ? 0 : 1);').status !== 0) return 'php-mysql';
  if (sql('SELECT 1').status !== 0) return `a MariaDB/MySQL server at ${DB.host}:3306 for ${DB.user}`;
  if (!existsSync(ZIP)) return 'build/mpp-widgets-wordpress.zip (npm run build)';
  return undefined;
}

/**
 * Starts WordPress with the plugin's zip unzipped into a wp-content of its own, and installs it (site title, an
 * administrator). Answers { origin, admin: { user, password }, stop() }.
 */
export async function startWordPress() {
  const name = `mppwp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const content = mkdtempSync(join(tmpdir(), 'mpp-wp-content-'));
  mkdirSync(join(content, 'plugins'), { recursive: true });
  execFileSync('unzip', ['-q', ZIP, '-d', join(content, 'plugins')]);
  cpSync(join(WORDPRESS, 'wp-content', 'themes'), join(content, 'themes'), { recursive: true, dereference: true });
  mkdirSync(join(content, 'uploads'));
  const p = await freePort();
  const origin = `http://127.0.0.1:${p}`;
  const check = sql(`CREATE DATABASE ${name}`);
  if (check.status !== 0) throw new Error(`cannot create the database: ${check.stderr}`);
  // Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php when that variable is set.
  const config = `/etc/wordpress/config-${name}.php`;
  writeFileSync(
    config,
    `<?php
define('DB_NAME', '${name}');
define('DB_USER', ${JSON.stringify(DB.user)});
define('DB_PASSWORD', ${JSON.stringify(DB.password)});
define('DB_HOST', '${DB.host}:3306');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('FS_METHOD', 'direct');
// No calls out: wp-admin asks api.wordpress.org for updates, news and events, each waiting out its timeout on a
// machine without that network; and no cron requests back into the single PHP server while a page is served.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
$table_prefix = 'wp_';
`,
  );
  const server = spawn('php', ['-S', `127.0.0.1:${p}`, '-t', WORDPRESS, ROUTER], {
    env: { ...process.env, WORDPRESS_CONFIG: name, MPP_WP_CONTENT: content },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  await new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`php -S exited (${code}): ${log}`)));
    server.stderr.on('data', (d) => /Development Server .* started/.test(String(d)) && resolve());
  });
  const admin = { user: 'admin', password: `pw-${name}` };
  const form = new URLSearchParams({
    weblog_title: 'Dinas Kependudukan (uji)',
    user_name: admin.user,
    admin_password: admin.password,
    admin_password2: admin.password,
    pw_weak: '1',
    admin_email: 'admin@example.go.id',
    blog_public: '0',
    language: '',
  });
  const install = await fetch(`${origin}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
  const text = await install.text();
  if (!/Success|Berhasil|wp-login\.php/.test(text))
    throw new Error(`WordPress did not install:\n${text.slice(0, 2000)}`);
  return {
    origin,
    admin,
    name,
    /** Runs PHP with WordPress loaded (as the site), e.g. to write a page. */
    wp(code) {
      const r = spawnSync(
        'php',
        ['-r', `$_SERVER['HTTP_HOST'] = '127.0.0.1:${p}'; require '${WORDPRESS}/wp-load.php'; ${code}`],
        {
          encoding: 'utf8',
          env: { ...process.env, WORDPRESS_CONFIG: name },
        },
      );
      if (r.status !== 0) throw new Error(r.stderr || r.stdout);
      return r.stdout;
    },
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
      sql(`DROP DATABASE IF EXISTS ${name}`);
      rmSync(config, { force: true });
      rmSync(content, { recursive: true, force: true });
    },
  };
}
