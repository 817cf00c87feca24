import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../../i18n/ui.ts';
import { loadDataset } from '../../../lib/members/dataset-files.ts';
import { eventsCalendar } from '../../../lib/news/events.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCalendar(await getCollection('events'), site!, loadDataset().asOf, t('gis.events.ics.name')), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
