/**
 * content/informatieveiligheid/checklist-migraties.json: when a checklist item is reworded or merged its id changes;
 * each entry tells the self-assessment where answers saved under the old id belong now.
 */
import { z } from 'astro/zod';

const checklistMigrationSchema = z.strictObject({
  from: z.string().min(1, 'mag niet leeg zijn'),
  to: z.string().min(1, 'mag niet leeg zijn'),
});

export const checklistMigrationsSchema = z.strictObject({
  migrations: z.array(checklistMigrationSchema),
});

export type ChecklistMigration = z.infer<typeof checklistMigrationSchema>;
