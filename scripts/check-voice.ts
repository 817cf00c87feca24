/**
 * `npm run check:voice`: the site addresses readers as "u". Lists file:line and the word for every informal
 * form (je, jij, jou, jouw, jullie, jezelf) in content/ and src/i18n/, and exits 1 if there is any.
 * Optional arguments restrict the scan to those directories or files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { listFiles } from './lib/links.ts';
import { checkVoice, parseExceptions } from './lib/voice.ts';

const EXCEPTIONS = 'content/voice-exceptions.json';
const ROOTS = ['content', 'src/i18n'];

const targets = process.argv.slice(2).map((a) => a.replace(/\/+$/, ''));
const files = ROOTS.flatMap((root) => listFiles(root).map((f) => `${root}/${f}`))
  .filter((f) => /\.(mdx?|json|ts)$/.test(f) && f !== EXCEPTIONS)
  .filter((f) => targets.length === 0 || targets.some((t) => f === t || f.startsWith(`${t}/`)));
for (const t of targets) {
  if (!existsSync(t) || (!statSync(t).isDirectory() && !files.includes(t))) {
    console.error(`check:voice: ${t} bestaat niet of is geen inhoud die deze controle leest`);
    process.exit(1);
  }
}

const exceptions = existsSync(EXCEPTIONS)
  ? parseExceptions(EXCEPTIONS, JSON.parse(readFileSync(EXCEPTIONS, 'utf8')))
  : [];
const scoped = exceptions.filter((e) => files.includes(e.file));
const { hits, unusedExceptions } = checkVoice(
  files.map((file) => ({ file, text: readFileSync(file, 'utf8') })),
  scoped,
);

for (const hit of hits) console.error(`${hit.file}:${hit.line}: "${hit.word}" (spreek de lezer aan met u/uw)`);
for (const e of unusedExceptions) console.error(`${EXCEPTIONS}: uitzondering voor ${e.file} vindt "${e.phrase}" niet`);

if (hits.length > 0) {
  const perDir = new Map<string, number>();
  for (const hit of hits) {
    const dir = hit.file.slice(0, hit.file.lastIndexOf('/'));
    perDir.set(dir, (perDir.get(dir) ?? 0) + 1);
  }
  console.error(`\nInformele aanspreekvorm: ${hits.length} keer in ${new Set(hits.map((h) => h.file)).size} bestanden`);
  for (const [dir, n] of [...perDir].sort()) console.error(`  ${dir}: ${n}`);
}
if (hits.length > 0 || unusedExceptions.length > 0) process.exit(1);
console.log(`Aanspreekvorm in orde: ${files.length} bestanden, overal "u".`);
