/**
 * Validates every page in dist/ with html-validate (rules in .htmlvalidate.json) and checks that no page carries
 * inline code the CSP header would block. Usage: node scripts/validate-html.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { inlineCodeProblems, scanTags } from './lib/html-scan.ts';
import { listFiles } from './lib/links.ts';

const distDir = process.argv[2] ?? 'dist';
const files = listFiles(distDir, '.html');
if (files.length === 0) {
  console.error(`No HTML pages in ${distDir}/: build the site first (npm run build).`);
  process.exit(1);
}

// The repository's rules apply whatever directory is checked (a dist/ elsewhere would not find them by searching).
const config = JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const problems: string[] = [];
for (const file of files) {
  const path = join(distDir, file);
  const report = await validator.validateFile(path);
  for (const result of report.results) {
    for (const message of result.messages) {
      problems.push(`${path}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`);
    }
  }
  for (const problem of inlineCodeProblems(scanTags(readFileSync(path, 'utf8')))) {
    problems.push(`${path}  csp-inline  ${problem}`);
  }
}

if (problems.length > 0) {
  console.error(`${problems.length} HTML problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`HTML: ${files.length} pages valid, no inline code.`);
