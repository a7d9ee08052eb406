// The last step of `npm run build`: the WordPress plugin (wordpress/mpp-widgets/, GPL-2.0-or-later) with the
// all-in bundle and its lazily loaded files in assets/, zipped into build/mpp-widgets-wordpress.zip — the file a
// webmaster uploads in Plugins → Add New → Upload Plugin. Written with node:zlib alone (no `zip` on every machine).
import { deflateRawSync, crc32 } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readmeReserveRule } from './readme-snippet.mjs';

const PLUGIN = 'wordpress/mpp-widgets';
const OUT = 'build/mpp-widgets-wordpress.zip';

/** Every file of the plugin folder, and the script with its chunks (mpp-widgets.js, mpp-widgets.*.js) as assets/. */
function entries() {
  const files = readdirSync(PLUGIN, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .map((path) => ({ name: `mpp-widgets/${relative(PLUGIN, path)}`, data: readFileSync(path) }));
  const assets = readdirSync('dist')
    .filter((f) => /^mpp-widgets(\.[a-z-]+)?\.js$/.test(f))
    .map((f) => ({ name: `mpp-widgets/assets/${f}`, data: readFileSync(join('dist', f)) }));
  if (!assets.some((a) => a.name.endsWith('/mpp-widgets.js'))) throw new Error('run the widgets build first');
  // The README's snippet that holds each widget's height (one rule for every page, WordPress or not).
  assets.push({ name: 'mpp-widgets/assets/reserve.css', data: Buffer.from(readmeReserveRule()) });
  return [...files, ...assets].sort((a, b) => a.name.localeCompare(b.name));
}

/** A zip archive (deflate), as PKWARE's APPNOTE describes: local headers, the files, the central directory. */
function zip(files) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name);
    const body = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00: a stable archive for the same files
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by Unix
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, body);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

mkdirSync('build', { recursive: true });
writeFileSync(OUT, zip(entries()));
