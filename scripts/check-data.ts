/**
 * `npm run check:data`: validates content/data/ exactly as the build does, in about a second, without building.
 * Exit code 1 with one line per problem (file, entry, field) when the data is wrong.
 */
import { DataValidationError, formatIssue } from '../src/lib/members/dataset.ts';
import { loadDataset } from '../src/lib/members/dataset-files.ts';
import { loadTimeline } from '../src/lib/members/timeline.ts';

const started = performance.now();
try {
  const data = loadDataset();
  // timeline.json holds names and texts too: the same text rules apply, so it is checked here as in the build.
  const milestones = loadTimeline();
  const ms = Math.round(performance.now() - started);
  console.log(
    `Gegevens in orde: ${data.municipalities.length} gemeenten, ${data.authorities.length} besturen, ` +
      `${data.agreements.length} overeenkomsten, ${milestones.length} mijlpalen, stand ${data.asOf}${data.sample ? ' (voorbeeldgegevens)' : ''} (${ms} ms).`,
  );
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(`Ongeldige gegevens (${error.issues.length}):`);
    for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
    process.exit(1);
  }
  throw error;
}
