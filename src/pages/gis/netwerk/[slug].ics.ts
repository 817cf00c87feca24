import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadDataset } from '../../../lib/members/dataset-files.ts';
import { eventsCalendar } from '../../../lib/news/events.ts';

export const getStaticPaths = (async () => {
  return (await getCollection('events')).map((event) => {
    // The all-events file is agenda.ics; an event with that name would be hidden behind it.
    if (event.id === 'agenda') throw new Error('content/events/agenda.md: deze bestandsnaam is voorbehouden');
    return { params: { slug: event.id }, props: { event } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: CollectionEntry<'events'> }> = ({ props, site }) =>
  new Response(eventsCalendar([props.event], site!, loadDataset().asOf), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
