/** The services catalogue: content/services/*.mdx joined with participation from the data set. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { PILLARS, type Pillar } from '../../schemas/common.ts';
import type { Dataset } from './dataset.ts';
import { activeAuthorityIds } from './participation.ts';

export type ServiceEntry = CollectionEntry<'services'>;

export async function getServices(): Promise<ServiceEntry[]> {
  const services = await getCollection('services');
  return services.sort((a, b) => a.data.order - b.data.order);
}

export function participantCount(data: Dataset, serviceId: string): number {
  return activeAuthorityIds(data.agreements, data.asOf, [serviceId]).size;
}

export function groupByPillar<T extends { data: { pillar: Pillar } }>(
  entries: T[],
): { pillar: Pillar; entries: T[] }[] {
  return PILLARS.map((pillar) => ({ pillar, entries: entries.filter((e) => e.data.pillar === pillar) })).filter(
    (group) => group.entries.length > 0,
  );
}
