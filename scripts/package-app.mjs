// Builds the Teams app package: appPackage/build/appPackage.<env>.zip with manifest.json (placeholders
// ${{NAME}} filled from env/.env.<env>, its .user twin and the process environment) and the two icons.
// The same zip the Agents Toolkit's teamsApp/zipAppPackage makes, for an administrator without the toolkit.
//   npm run package                 -> env "dev"
//   npm run package -- --env local  -> env "local"
//   --out <dir>                     -> another output folder
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** KEY=value lines; later files do not override earlier ones, the process environment wins. */
export function readEnv(envName, dir = path.join(root, 'env'), processEnv = process.env) {
  const values = {};
  for (const file of [`.env.${envName}.user`, `.env.${envName}`]) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    for (const line of readFileSync(full, 'utf8').split(/\r?\n/)) {
      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (m && !(m[1] in values)) values[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  for (const [k, v] of Object.entries(processEnv)) if (v !== undefined && v !== '') values[k] = v;
  return values;
}

/** Replaces ${{NAME}}; throws naming every placeholder without a value. */
export function fillPlaceholders(text, values) {
  const missing = new Set();
  const filled = text.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name) => {
    if (values[name] === undefined || values[name] === '') {
      if (name === 'APP_NAME_SUFFIX') return '';
      missing.add(name);
      return '';
    }
    return values[name];
  });
  if (missing.size) throw new Error(`No value for ${[...missing].join(', ')}: set them in env/ or the environment (provision writes them)`);
  return filled;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A minimal deflate zip (no directories, no zip64): enough for a Teams app package. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00: reproducible bytes
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** Fills the manifest, checks the icons it names exist, and writes the zip; returns its path. */
export function packageApp({ envName = 'dev', appDir = path.join(root, 'appPackage'), outDir = path.join(appDir, 'build'), values = readEnv(envName) } = {}) {
  const manifestText = fillPlaceholders(readFileSync(path.join(appDir, 'manifest.json'), 'utf8'), values);
  const manifest = JSON.parse(manifestText);
  const icons = [manifest.icons.color, manifest.icons.outline];
  const entries = [{ name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') }];
  for (const icon of icons) {
    const file = path.join(appDir, icon);
    if (!existsSync(file)) throw new Error(`Icon ${icon} named in the manifest is missing`);
    entries.push({ name: icon, data: readFileSync(file) });
  }
  const out = path.join(outDir, `appPackage.${envName}.zip`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(out, zip(entries));
  writeFileSync(path.join(outDir, `manifest.${envName}.json`), manifestText);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const envName = arg('--env') ?? 'dev';
  const outDir = arg('--out') ? path.resolve(arg('--out')) : undefined;
  try {
    console.log(`Wrote ${path.relative(process.cwd(), packageApp({ envName, outDir }))}`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
