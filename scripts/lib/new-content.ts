/**
 * Scaffolds new content files for `npm run new`. A new guide gets frontmatter that already passes validation
 * (the author edits the defaults) and a checklist skeleton, so the site builds the moment the file exists.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/guides/checklist.ts';

const DEFAULT_REVIEWER = 'Informatieveiligheidsconsulent piva eGov';

/** YAML double-quoted scalar: JSON string syntax is valid YAML. */
const yamlString = (value: string) => JSON.stringify(value);

function guideTemplate(title: string, today: string): string {
  return `---
title: ${yamlString(title)}
summary: ${yamlString(`Wat u leert in de gids ${title}: vat hier in één of twee zinnen samen.`)}
# Wie leest dit? management, medewerkers, ict, dpo (een of meer)
audience: [medewerkers]
# Onderwerp: beleid, toegang, systemen, incidenten, mensen of wetgeving
topic: beleid
reviewed: ${today}
reviewer: ${yamlString(DEFAULT_REVIEWER)}
# Bestandsnamen (zonder .mdx) van verwante gidsen
related: []
---
## Waarom dit belangrijk is

Leg in gewone taal uit waarom dit onderwerp ertoe doet voor een lokaal bestuur.

## Wat u moet doen

<Steps>

1. Eerste stap.
2. Tweede stap.

</Steps>

## Checklist

<Checklist>

- [ ] Eerste concrete maatregel.
- [ ] Tweede concrete maatregel.

</Checklist>
`;
}

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

/** Writes <dir>/<slug>.mdx and returns its path; never overwrites an existing file. */
export function createGuide(dir: string, title: string, today: string): string {
  const cleanTitle = title.trim();
  const slug = slugify(cleanTitle);
  if (!slug) throw new ScaffoldError('Geef een titel met letters of cijfers, bv. npm run new -- gids "Veilig printen"');
  if (/[<>]/.test(cleanTitle)) throw new ScaffoldError('Een titel mag de tekens < en > niet bevatten');
  const path = join(dir, `${slug}.mdx`);
  try {
    // "wx": fail when the file exists, atomically, so two authors cannot overwrite each other's guide.
    writeFileSync(path, guideTemplate(cleanTitle, today), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ScaffoldError(`${path} bestaat al; kies een andere titel of bewerk dat bestand`);
    }
    throw error;
  }
  return path;
}
