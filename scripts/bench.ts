/**
 * `npm run bench`: builds the site in a scratch copy, alone and with a generated corpus (1,000 Markdown news items,
 * 500 authorities with agreements), with each Markdown processor, and prints figures. Figures only: no assertions.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pageWeight, type Bytes } from './lib/page-weight.ts';
import { formatSummary, measurePages, summarizeByKind } from './lib/budgets.ts';
import { formatSearchTiming, measureSearchTiming } from './search-timing.ts';
import { formatMapTiming, measureMapTiming } from './map-timing.ts';
import { readSuite, runSuite, summary } from './search-relevance.ts';
import { compoundReport } from './compound-report.ts';
import { routes } from '../src/lib/site/routes.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = join(root, '.bench');
const GENERATED_PAGES = 1000;
const GENERATED_AUTHORITIES = 500;
/** The scratch copy's Astro config: the project's, with a cache of its own (see prepare). */
const BENCH_CONFIG = 'bench.config.mjs';

function prepare(name: string, withCorpus: boolean): string {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // Astro keeps the content layer's store in its cacheDir, by default node_modules/.astro: through the symlink that
  // is the store of every checkout sharing node_modules, so a build elsewhere can overwrite it mid-build and this
  // build then renders that checkout's content. Each scratch copy gets its own.
  writeFileSync(
    join(dir, BENCH_CONFIG),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache/' };\n",
  );
  if (withCorpus) generateCorpus(dir);
  return dir;
}

/** Deterministic filler so runs compare: the same pages every time. */
function generateCorpus(dir: string): void {
  const topics = ['GRB', 'wachtwoord', 'back-up', 'datalek', 'adressenregister', 'QGIS', 'phishing', 'NIS2'];
  const pillars = ['ict', 'gis', 'informatieveiligheid', 'algemeen'];
  for (let i = 1; i <= GENERATED_PAGES; i++) {
    const topic = topics[i % topics.length]!;
    const date = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000 * 5).toISOString().slice(0, 10);
    const body = Array.from(
      { length: 6 },
      (_, p) =>
        `## Deel ${p + 1}\n\nDit is testtekst ${i}.${p} over ${topic}. Lokale besturen werken samen met gedeelde experts. ` +
        `Een samenwerkingsovereenkomst regelt wie wat doet.\n\n| Kolom | Waarde |\n| --- | --- |\n| ${topic} | ${i} |\n\n- [ ] Taak ${p}\n- [x] Klaar\n`,
    ).join('\n');
    writeFileSync(
      join(dir, 'content/news', `bench-${String(i).padStart(4, '0')}.md`),
      `---\ntitle: "Testbericht ${i} over ${topic}"\ndate: ${date}\nsummary: "Gegenereerd bericht ${i} voor de benchmark van de site, over ${topic} bij lokale besturen."\ntags: [benchmark]\npillar: ${pillars[i % pillars.length]}\n---\n\n${body}`,
    );
  }
  const municipalities = JSON.parse(readFileSync(join(dir, 'content/data/municipalities.json'), 'utf8'))
    .municipalities as { nis: string }[];
  const authoritiesPath = join(dir, 'content/data/authorities.json');
  const agreementsPath = join(dir, 'content/data/agreements.json');
  const authorities = JSON.parse(readFileSync(authoritiesPath, 'utf8'));
  const agreements = JSON.parse(readFileSync(agreementsPath, 'utf8'));
  const services = ['ict-deskundige', 'gis-coordinator', 'informatieveiligheidsconsulent'];
  for (let i = 1; i <= GENERATED_AUTHORITIES; i++) {
    const id = `bench-bestuur-${i}`;
    authorities.authorities.push({
      id,
      name: `Testbestuur ${i}`,
      type: 'andere',
      municipalities: [municipalities[i % municipalities.length]!.nis],
    });
    agreements.agreements.push({
      id: `bench-overeenkomst-${i}`,
      authority: id,
      service: services[i % services.length],
      kind: 'samenwerkingsovereenkomst',
      start: `${2006 + (i % 20)}-01-01`,
      end: null,
    });
  }
  writeFileSync(authoritiesPath, JSON.stringify(authorities));
  writeFileSync(agreementsPath, JSON.stringify(agreements));
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countHtml(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count++;
  }
  return count;
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(path) : statSync(path).size;
  }
  return total;
}

interface BuildFigures {
  seconds: number;
  peakMiB: number;
  pages: number;
  distBytes: number;
}

function build(dir: string, processor: string): BuildFigures {
  // GNU time reports the peak resident memory of the build process.
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'BENCH %e %M',
      join(root, 'node_modules/.bin/node'),
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--config',
      BENCH_CONFIG,
    ],
    {
      cwd: dir,
      env: { ...process.env, MARKDOWN_PROCESSOR: processor, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    },
  );
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || !line) {
    throw new Error(
      `build failed in ${dir} (${processor}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`,
    );
  }
  const [, seconds, kb] = line.split(' ');
  return {
    seconds: Number(seconds),
    peakMiB: Math.round(Number(kb) / 1024),
    pages: countHtml(join(dir, 'dist')),
    distBytes: dirSize(join(dir, 'dist')),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (b: Bytes) => `${kb(b.raw)} raw, ${kb(b.gzip)} gzip`;

const PREVIEW_START_MS = Number(process.env.BENCH_PREVIEW_TIMEOUT_MS ?? 120_000);

/**
 * Serves a built dist/ with astro preview on a local port while `work` runs. On a loaded machine astro preview can
 * take long to start, so it gets PREVIEW_START_MS (BENCH_PREVIEW_TIMEOUT_MS) to answer; when it exits or does not
 * answer in time, the error says so with the end of its output.
 */
async function withPreview<T>(dir: string, port: number, work: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = spawn(
    join(root, 'node_modules/.bin/node'),
    [
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--config',
      BENCH_CONFIG,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  let exited: string | undefined;
  server.on('exit', (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const fail = (why: string) =>
    new Error(`astro preview for ${dir} on port ${port} ${why}.${output ? ` Its output:\n${output.trim()}` : ''}`);
  try {
    const deadline = Date.now() + PREVIEW_START_MS;
    for (;;) {
      if (exited) throw fail(`${exited} before serving (is port ${port} taken?)`);
      try {
        if ((await fetch(`${baseUrl}/zoeken/`, { signal: AbortSignal.timeout(5_000) })).ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw fail(`did not answer within ${PREVIEW_START_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await work(baseUrl);
  } finally {
    server.kill();
  }
}

const processors = (process.env.BENCH_PROCESSORS ?? 'satteri,unified').split(',');
console.log(
  `Benchmark on ${process.version}, ${new Date().toISOString()}, ${GENERATED_PAGES} generated pages, ${GENERATED_AUTHORITIES} generated authorities\n`,
);
console.log('| variant | processor | build s | peak MiB | pages | pages/s | dist MB |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const dirs: Record<string, string> = {};
// BENCH_VARIANTS=site+corpus builds only the corpus site and prints only its figures (e.g. to time the search).
const variants = (process.env.BENCH_VARIANTS ?? 'site,site+corpus').split(',') as ('site' | 'site+corpus')[];
for (const variant of variants) {
  for (const processor of processors) {
    const dir = prepare(`${variant.replace('+', '-')}-${processor}`, variant === 'site+corpus');
    const f = build(dir, processor);
    if (variant === 'site+corpus' && f.pages < GENERATED_PAGES + GENERATED_AUTHORITIES) {
      throw new Error(
        `${dir}: ${f.pages} pages built, fewer than the ${GENERATED_PAGES + GENERATED_AUTHORITIES} generated ones; the corpus is missing`,
      );
    }
    console.log(
      `| ${variant} | ${processor} | ${f.seconds.toFixed(1)} | ${f.peakMiB} | ${f.pages} | ${(f.pages / f.seconds).toFixed(1)} | ${(f.distBytes / 1e6).toFixed(1)} |`,
    );
    if (processor === processors[0]) dirs[variant] = dir;
  }
}

if (dirs.site) {
  const siteDist = join(dirs.site, 'dist');
  console.log('\nBytes a page loads (site alone; HTML + CSS + JS, JS includes lazily imported chunks):');
  for (const path of [
    routes.home(),
    routes.service('informatieveiligheidsconsulent'),
    routes.members(),
    routes.selfAssessment(),
    routes.search(),
  ]) {
    if (!existsSync(join(siteDist, path, 'index.html'))) continue;
    const w = pageWeight(siteDist, path);
    console.log(
      `- ${path}: HTML ${fmt(w.html)}; CSS ${fmt(w.css)}; JS ${fmt(w.js)}; HTML+CSS ${kb(w.html.gzip + w.css.gzip)} gzip`,
    );
  }

  console.log('\nGzip bytes per kind of page (site alone):');
  console.log(formatSummary(summarizeByKind(measurePages(siteDist))));

  for (const variant of variants) {
    const dist = join(dirs[variant]!, 'dist');
    const index = dirSize(join(dist, 'pagefind'));
    const pages = countHtml(dist);
    console.log(
      `\nSearch index (${variant}): ${kb(index)} for ${pages} pages, ${(index / pages / 1024).toFixed(2)} KB per page`,
    );
  }

  {
    // On the site alone: the suite names the site's own pages, which the corpus only pushes down.
    const outcomes = await runSuite(await readSuite(join(root, 'tests/search-relevance.json')), siteDist);
    const { hitAt3, mrr } = summary(outcomes);
    console.log(
      `\nSearch relevance (site, ${outcomes.length} queries): hit@3 ${(hitAt3 * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)}`,
    );
    for (const o of outcomes.filter((o) => !o.hit))
      console.log(`- miss: ${o.case.kind} "${o.case.query}" -> ${o.top.join(' ')}`);
  }

  console.log(`\n${compoundReport(siteDist)}`);
}

for (const variant of variants) {
  const w = pageWeight(join(dirs[variant]!, 'dist'), routes.members());
  console.log(
    `\nMember map (${variant}): map data ${w.dataFiles.join(', ')} ${fmt(w.data)}; JS + map data ${kb(w.js.gzip + w.data.gzip)} gzip`,
  );
}

if (dirs['site+corpus']) {
  console.log('\nMember map timing in headless Chromium (site+corpus):');
  console.log(formatMapTiming(await withPreview(dirs['site+corpus'], 4391, (baseUrl) => measureMapTiming(baseUrl))));

  // More than one round (BENCH_SEARCH_ROUNDS) shows the spread; each round is a fresh browser on the same server.
  const rounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 1);
  await withPreview(dirs['site+corpus'], Number(process.env.BENCH_PORT ?? 4390), async (baseUrl) => {
    for (let round = 1; round <= rounds; round++) {
      console.log(
        `\nSearch timing in headless Chromium (site+corpus${rounds > 1 ? `, round ${round} of ${rounds}` : ''}):`,
      );
      console.log(formatSearchTiming(await measureSearchTiming(baseUrl)));
    }
  });
}
