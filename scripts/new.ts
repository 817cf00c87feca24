/**
 * `npm run new -- gids "Titel"`: creates content/informatieveiligheid/<slug>.mdx with valid frontmatter (reviewed
 * today) and a checklist skeleton. Refuses to overwrite an existing file.
 */
import { join, relative } from 'node:path';
import { createGuide, ScaffoldError } from './lib/new-content.ts';

/** Today in Belgium, so a guide written just after midnight is not dated yesterday. */
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });

const KINDS = {
  gids: (title: string) => createGuide(join('content', 'informatieveiligheid'), title, today),
} as const;

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ');
if (!kind || !(kind in KINDS) || !title.trim()) {
  console.error(`Gebruik: npm run new -- <soort> "Titel"   (soorten: ${Object.keys(KINDS).join(', ')})`);
  process.exit(1);
}
try {
  const path = KINDS[kind as keyof typeof KINDS](title);
  console.log(`Aangemaakt: ${relative(process.cwd(), path)}. Pas samenvatting, doelgroep, onderwerp en checklist aan.`);
} catch (error) {
  if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
