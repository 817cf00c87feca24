/**
 * Every Dutch (nl-BE) UI string of the site, in one flat dictionary with dotted keys.
 * Long-form text lives in content/; this module holds the words of the interface.
 */
export const ui = {
  // Site-wide
  'site.name': 'piva eGov',
  'site.tagline': 'Gedeelde experts voor lokale besturen in Oost-Vlaanderen',
  'site.organisation': 'Provincie Oost-Vlaanderen',
  'skip.toMain': 'Naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.toggle': 'Menu',
  'nav.home': 'Home',
  'nav.services': 'Diensten',
  'nav.members': 'Leden',
  'nav.security': 'Informatieveiligheid',
  'nav.gis': 'GIS',
  'nav.news': 'Nieuws',
  'nav.search': 'Zoeken',
  'breadcrumbs.label': 'Kruimelpad',
  'footer.label': 'Voettekst',
  'footer.contact': 'Contact',
  'footer.openData': 'Open data',
  'footer.accessibility': 'Toegankelijkheid',
  'footer.privacy': 'Privacy',
  'footer.about': 'Over piva eGov',
  'footer.rss': 'Nieuws via RSS',
  'footer.text': 'piva eGov is een agentschap van de Provincie Oost-Vlaanderen.',
  'sample.notice':
    'Let op: de gegevens over deelnemende besturen op deze site zijn illustratieve voorbeeldgegevens, geen officiële cijfers.',
  'sample.label': 'Voorbeeldgegevens',
  'feedback.link': 'Klopt er iets niet op deze pagina? Laat het ons weten.',
  'feedback.subject': 'Opmerking over de pagina',
  'feedback.body': 'Wat klopt er niet, of wat mist u? Beschrijf het hier kort.',

  // Pillars, services, kinds
  'pillar.ict': 'ICT',
  'pillar.gis': 'GIS',
  'pillar.informatieveiligheid': 'Informatieveiligheid',
  'pillar.algemeen': 'Algemeen',
  'serviceKind.gedeeld': 'Gedeelde expert',
  'serviceKind.project': 'Project',
  'agreementKind.samenwerkingsovereenkomst': 'Samenwerkingsovereenkomst',
  'agreementKind.project': 'Project',
  'authorityType.gemeente': 'Gemeente',
  'authorityType.ocmw': 'OCMW',
  'authorityType.politiezone': 'Politiezone',
  'authorityType.hulpverleningszone': 'Hulpverleningszone',
  'authorityType.andere': 'Andere',

  // Home
  'home.title': 'Gedeelde experts voor lokale besturen',
  'home.description':
    'piva eGov deelt ICT-, GIS- en informatieveiligheidsexperts met gemeenten, OCMW’s en politiezones in Oost-Vlaanderen.',
  'home.figures.heading': 'In cijfers',
  'home.figures.served': 'besturen werken met ons samen',
  'home.figures.years': 'jaar gedeelde expertise sinds {year}',
  'home.figures.perService': 'Deelnemende besturen per dienst',
  'home.figures.asOf': 'Stand op {date}.',
  'home.pillars.heading': 'Waarmee wij helpen',
  'home.news.heading': 'Laatste nieuws',
  'home.news.all': 'Alle nieuws',

  // Services
  'services.title': 'Diensten',
  'services.description':
    'Overzicht van de gedeelde experts en projecten die piva eGov aanbiedt aan lokale besturen, per pijler.',
  'services.intro':
    'Via een samenwerkingsovereenkomst deelt uw bestuur een expert met andere besturen. Voor afgebakende opdrachten kiest u een project.',
  'services.participants': '{count} deelnemende besturen',
  'services.participants.one': '1 deelnemend bestuur',
  'services.participants.none': 'Nog geen deelnemende besturen',
  'services.since': 'Sinds {year}',
  'services.audience': 'Voor wie',
  'services.kind': 'Soort',
  'services.participantsHeading': 'Deelnemende besturen',
  'services.participantsIntro': '{count} besturen hebben op {date} een lopende overeenkomst voor deze dienst.',
  'services.participantsIntro.one': '1 bestuur heeft op {date} een lopende overeenkomst voor deze dienst.',
  'services.participantsIntro.none': 'Op {date} heeft geen enkel bestuur een lopende overeenkomst voor deze dienst.',
  'services.participantSince': 'sinds {year}',
  'services.more': 'Meer over {title}',

  // Generic and long-form articles
  'common.readMore': 'Lees meer',
  'common.onThisPage': 'Op deze pagina',
  'common.lastReviewed': 'Laatst nagekeken op',
  'article.by': 'door de',
  'article.related': 'Lees ook',
  'article.overdue':
    'Deze tekst is meer dan 12 maanden niet nagekeken. Een deel ervan kan verouderd zijn: controleer wetgeving en cijfers bij de bron.',

  // Members, map and open data
  'members.title': 'Leden',

  // Security guides and self-assessment
  'security.title': 'Informatieveiligheid',

  // GIS know-how, glossary and events
  'gis.title': 'GIS',
  'gis.heading': 'GIS-kennis voor lokale besturen',
  'gis.description':
    'Praktische uitleg over GIS voor gemeenten en andere lokale besturen: het GRB, de basisregisters, coördinatenstelsels, webdiensten, open geodata, begrippen en netwerkdagen.',
  'gis.intro':
    'Uitleg in eenvoudige taal voor GIS-coördinatoren en GIS-operatoren van lokale besturen. Geschreven door de GIS-experts van piva eGov, op basis van hun werk in de gemeenten.',
  'gis.articles.heading': 'Artikels per thema',
  'gis.theme.grb': 'GRB',
  'gis.theme.registers': 'Basisregisters',
  'gis.theme.techniek': 'Techniek en software',
  'gis.theme.data': 'Data en kwaliteit',
  'gis.theme.organisatie': 'Organisatie en netwerk',
  'gis.theme.toepassingen': 'Toepassingen in de gemeente',
  'gis.hub.glossary': 'Wat betekent dat woord? In de lijst van begrippen leggen we {count} GIS-begrippen kort uit.',
  'gis.hub.glossaryLink': 'Naar de lijst van begrippen',
  'gis.hub.events': 'Volgende netwerkdagen',
  'gis.hub.eventsAll': 'Alle netwerkdagen, ook de voorbije',
  'gis.hub.services': 'Hulp van piva eGov',
  'gis.hub.servicesIntro': 'Wilt u een GIS-expert delen met andere besturen, of hulp bij een afgebakend project?',
  'gis.article.services': 'Diensten die hierbij helpen',
  'gis.glossary.title': 'GIS-begrippen',
  'gis.glossary.description':
    'Korte uitleg bij begrippen uit de wereld van GIS: het GRB, de basisregisters, coördinatenstelsels, webdiensten en bestandsformaten.',
  'gis.glossary.intro':
    'Elk begrip in één of twee zinnen, van A tot Z. De artikels op deze site verwijzen naar deze lijst de eerste keer dat ze een begrip gebruiken.',
  'gis.glossary.jump': 'Springen naar letter',
  'gis.glossary.related': 'Zie ook:',
  'gis.glossary.otherInitial': 'Cijfers en tekens',
  'gis.events.title': 'Netwerkdagen',
  'gis.events.description':
    'Komende en voorbije netwerkdagen van piva eGov, waar medewerkers van lokale besturen ervaringen uitwisselen over GIS, ICT en informatieveiligheid.',
  'gis.events.intro':
    'Op een netwerkdag wisselen medewerkers van lokale besturen ervaringen uit, met elkaar en met de experts van piva eGov. Stand op {date}.',
  'gis.events.upcoming': 'Komende netwerkdagen',
  'gis.events.past': 'Voorbije netwerkdagen',
  'gis.events.none': 'Er zijn nog geen nieuwe netwerkdagen gepland.',
  'gis.events.agenda': 'Alle netwerkdagen in uw agenda',
  'gis.events.agendaHint': 'Een iCalendar-bestand (.ics): open het met uw agenda, bijvoorbeeld Outlook, of abonneer u op het adres.',
  'gis.events.ics.name': 'piva eGov netwerkdagen',
  'gis.events.ics.product': 'netwerkdagen',
  'gis.events.ics.topic': 'Onderwerp: {topic}',
  'gis.events.ics.registration': 'Inschrijven: {url}',
  'gis.event.when': 'Wanneer',
  'gis.event.where': 'Waar',
  'gis.event.topic': 'Onderwerp',
  'gis.event.register': 'Inschrijven',
  'gis.event.registerLink': 'Schrijf u in',
  'gis.event.registerMail': 'Stuur een e-mail naar',
  'gis.event.isPast': 'Deze netwerkdag is voorbij.',
  'gis.event.addToCalendar': 'Zet deze netwerkdag in uw agenda (.ics)',
  'gis.event.all': 'Alle netwerkdagen',

  // Search
  'search.title': 'Zoeken',
  'search.description':
    'Zoek in de diensten, gidsen over informatieveiligheid, GIS-artikelen, begrippen, evenementen en het nieuws van piva eGov.',
  'search.header.label': 'Zoeken op de site',
  'search.header.button': 'Zoek',
  'search.field.label': 'Waar zoekt u naar?',
  'search.submit': 'Zoeken',
  'search.hint': 'Typ een woord, bijvoorbeeld "wachtwoord" of "GRB". Met de toets / springt u naar het zoekveld.',
  'search.noscript':
    'Zoeken op deze site werkt alleen met JavaScript. Zonder JavaScript vindt u alles via het menu bovenaan de pagina.',
  'search.loading': 'Bezig met zoeken…',
  'search.error': 'Het zoeken lukt nu niet. Probeer het later opnieuw of gebruik het menu.',
  'search.count': '{count} resultaten voor "{query}"',
  'search.count.one': '1 resultaat voor "{query}"',
  'search.count.none': 'Geen resultaten voor "{query}"',
  'search.results.label': 'Zoekresultaten',
  'search.more': 'Meer resultaten tonen',
  'search.empty.text': 'Probeer een ander of korter woord, of kijk bij een van deze onderwerpen:',
  'search.filters.label': 'Resultaten filteren',
  'search.filter.type': 'Soort',
  'search.filter.pillar': 'Pijler',
  'search.filter.all': 'Alle',
  'search.filter.option': '{label} ({count})',
  'search.type.dienst': 'Dienst',
  'search.type.gids': 'Gids',
  'search.type.gis-artikel': 'GIS-artikel',
  'search.type.begrip': 'Begrip',
  'search.type.evenement': 'Evenement',
  'search.type.nieuws': 'Nieuws',
  'search.type.bestuur': 'Bestuur',
  'search.type.pagina': 'Pagina',

  // News, organisation pages and metadata
  'news.title': 'Nieuws',
  'news.description':
    'Nieuws van piva eGov: nieuwe diensten, nieuwe leden, netwerkdagen en vernieuwde leidraden voor lokale besturen.',
  'news.pageTitle': 'Nieuws, pagina {page} van {last}',
  'news.pageDescription':
    'Nieuwsberichten van piva eGov, pagina {page} van {last}: van {from} tot {to}, het nieuwste eerst.',
  'news.pageCrumb': 'Pagina {page}',
  'news.rss': 'Volg het nieuws via RSS',
  'news.empty': 'Er is nog geen nieuws.',
  'news.published': 'Gepubliceerd op',
  'news.pillar': 'Domein',
  'news.tags': 'Onderwerpen',
  'news.related': 'Meer nieuws over dit onderwerp',
  'news.feedTitle': 'Nieuws van piva eGov',
  'news.feedDescription':
    'Nieuws van piva eGov, het agentschap van de Provincie Oost-Vlaanderen dat ICT-, GIS- en informatieveiligheidsexperts deelt met lokale besturen.',
  'pagination.label': 'Paginanummers',
  'pagination.previous': 'Vorige',
  'pagination.next': 'Volgende',
  'pagination.page': 'Pagina {page}',
  'about.timeline.heading': 'Onze geschiedenis',
  'about.timeline.intro': 'De belangrijkste stappen sinds de start in 2006.',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.description':
    'Deze pagina bestaat niet (meer). Zoek op de website van piva eGov of kies een van de onderdelen.',
  'notFound.intro':
    'We vinden de pagina die u zoekt niet. Misschien is het adres verkeerd getypt, of is de pagina verhuisd.',
  'notFound.searchLabel': 'Zoek op de website',
  'notFound.searchButton': 'Zoeken',
  'notFound.hubs': 'Of kies een onderdeel',
  'notFound.home': 'Startpagina',
} as const;

export type UiKey = keyof typeof ui;

/** Looks up a string and fills `{name}` placeholders. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** Picks the `.none` / `.one` variant of a key for counts 0 and 1 when it exists. */
export function tCount(key: UiKey, count: number, values: Record<string, string | number> = {}): string {
  const variant = count === 0 ? `${key}.none` : count === 1 ? `${key}.one` : key;
  const chosen = (variant in ui ? variant : key) as UiKey;
  return t(chosen, { count, ...values });
}
