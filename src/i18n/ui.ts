/**
 * Every Dutch (nl-BE) UI string of the site, in one flat dictionary with dotted keys.
 * Long-form text lives in content/; this module holds the words of the interface.
 */
import { format, formatCount, type CountedText, type Placeholders } from '../lib/site/format.ts';

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
  'members.description':
    'Welke lokale besturen in Oost-Vlaanderen met piva eGov samenwerken, voor welke dienst en sinds wanneer: op een kaart, in een tabel en als open data.',
  'members.intro':
    'De kaart en de tabel tonen de besturen met een lopende overeenkomst. Kies een dienst, een soort bestuur of een jaar om te zien wie toen meedeed.',
  'members.filters.legend': 'Toon besturen',
  'members.filters.service': 'Dienst',
  'members.filters.serviceAll': 'Alle diensten',
  'members.filters.type': 'Soort bestuur',
  'members.filters.typeAll': 'Alle soorten',
  'members.filters.year': 'Stand in het jaar',
  'members.filters.reset': 'Filters wissen',
  'members.status': '{count} besturen met een lopende overeenkomst op {date}.',
  'members.status.one': '1 bestuur met een lopende overeenkomst op {date}.',
  'members.status.none': 'Geen enkel bestuur met een lopende overeenkomst op {date}.',
  'members.map.label': 'Kaart van de deelnemende besturen in Oost-Vlaanderen',
  'members.map.help':
    'Met de Tab-toets gaat u naar de kaart, met de pijltjestoetsen van gemeente naar gemeente. Enter toont wie er meewerkt. Met de knoppen + en − zoomt u in en uit; met de muis of een vinger kunt u de kaart verschuiven. De tabel bevat dezelfde gegevens.',
  'members.map.noScript':
    'Zonder JavaScript toont de kaart de stand op {date} voor alle diensten. De tabel hieronder bevat dezelfde gegevens.',
  'members.map.find.label': 'Zoek een gemeente',
  'members.map.find.submit': 'Toon op de kaart',
  'members.map.find.notFound': 'Er is geen gemeente "{name}" in Oost-Vlaanderen. Kies een naam uit de lijst.',
  'members.map.nothing': 'geen lopende dienst',
  'members.map.details.authorities': '{count} besturen werken voor {name} op {date}:',
  'members.map.details.authorities.one': '1 bestuur werkt voor {name} op {date}:',
  'members.map.details.authorities.none': 'Geen enkel bestuur uit de tabel werkt voor {name} op {date}.',
  'members.map.details.covers': 'Werkt voor {count} gemeenten: {names}.',
  'members.map.details.showArea': 'Toon werkgebied op de kaart',
  'members.map.details.close': 'Sluiten',
  'members.map.zoomIn': 'Inzoomen',
  'members.map.zoomOut': 'Uitzoomen',
  'members.table.caption': 'Deelnemende besturen',
  'members.table.authority': 'Bestuur',
  'members.table.type': 'Soort',
  'members.table.services': 'Diensten (sinds)',
  'members.table.since': 'Lid sinds',
  'members.since': '{title} (sinds {year})',
  'members.growth.heading': 'Groei sinds {year}',
  'members.growth.title': 'Aantal deelnemende besturen per jaar, {from}–{to}',
  'members.growth.serviceHeading': 'Groei van deze dienst',
  'members.growth.summary': 'In {first} werkten {firstCount} besturen mee; op {date} zijn het er {lastCount}.',
  'members.growth.table': 'Toon de cijfers als tabel',
  'members.growth.year': 'Jaar',
  'members.growth.count': 'Besturen',
  'members.growth.note': 'Stand op 31 december van elk jaar; voor {year} de stand op {date}.',
  'members.openData': 'Deze gegevens zijn ook beschikbaar als open data.',
  'member.type': 'Soort bestuur',
  'member.municipalities': 'Werkt voor',
  'member.website': 'Website',
  'member.description':
    '{name}: welke diensten van piva eGov dit bestuur gebruikt, sinds wanneer en voor welke gemeenten.',
  'member.mapHeading': 'Ligging',
  'map.static.legend': 'Legende van de kaart',
  'map.static.authorityCaption': 'Kaart van Oost-Vlaanderen: de gemeenten van {name} zijn gekleurd en gearceerd.',
  'map.static.authorityOn': 'werkgebied van dit bestuur',
  'map.static.authorityOff': 'ander werkgebied',
  'map.static.serviceCaption':
    'Kaart van Oost-Vlaanderen: gemeenten waar {title} op {date} actief is, zijn gekleurd en gearceerd.',
  'map.static.serviceOn': 'dienst actief',
  'map.static.serviceOff': 'dienst niet actief',
  'map.static.membersCaption':
    'Kaart van Oost-Vlaanderen op {date}: hoeveel diensten van piva eGov er per gemeente lopen. Gemeenten met één dienst zijn enkel gearceerd, met meer diensten dubbel gearceerd.',
  'map.static.membersServiceCaption':
    'Kaart van Oost-Vlaanderen op {date}: gemeenten waar {title} loopt, zijn gekleurd en gearceerd.',
  'map.shade.several': 'twee of meer diensten',
  'map.shade.one': 'één dienst',
  'map.shade.none': 'geen dienst',
  'map.shade.covered': 'gekozen dienst loopt',
  'map.shade.notCovered': 'gekozen dienst loopt niet',
  'member.agreements': 'Overeenkomsten',
  'member.agreements.caption': 'Overeenkomsten van {name} met piva eGov',
  'member.agreements.none': 'Dit bestuur heeft geen overeenkomsten met piva eGov.',
  'member.agreement.service': 'Dienst',
  'member.agreement.kind': 'Soort',
  'member.agreement.from': 'Van',
  'member.agreement.until': 'Tot',
  'member.agreement.volume': 'Omvang',
  'member.agreement.open': 'loopt nog',
  'member.agreement.noVolume': 'niet bepaald',
  'member.inactive': 'Op {date} heeft dit bestuur geen lopende overeenkomst.',
  'member.back': 'Alle leden',
  'openData.title': 'Open data',
  'openData.description':
    'Download de overeenkomsten van piva eGov met lokale besturen en de ligging van die besturen als JSON, CSV of GeoJSON.',
  'openData.intro':
    'Dezelfde gegevens als op de pagina’s van deze site, om zelf te gebruiken. De bestanden worden bij elke publicatie opnieuw gemaakt.',
  'openData.asOf': 'Peildatum: {date}. “Lopend” betekent: de overeenkomst loopt op die datum.',
  'openData.fields': 'Velden',
  'openData.field': 'Veld',
  'openData.meaning': 'Betekenis',
  'openData.downloads': 'Downloaden',
  'openData.agreements.heading': 'Overeenkomsten',
  'openData.agreements.text': 'Eén rij per overeenkomst, met de naam en de soort van het bestuur erbij.',
  'openData.agreements.json': 'Overeenkomsten als JSON',
  'openData.agreements.csv': 'Overeenkomsten als CSV',
  'openData.agreements.jsonShape':
    'Het JSON-bestand bevat de velden peildatum en voorbeeldgegevens (true of false) en een lijst overeenkomsten met de velden hieronder.',
  'openData.csvFormat':
    'CSV volgens RFC 4180: UTF-8, komma als scheidingsteken, de veldnamen op de eerste rij. Een cel die begint met =, +, -, @ of een tab krijgt een apostrof vooraan, zodat een rekenblad ze niet als formule uitvoert.',
  'openData.authorities.heading': 'Besturen op de kaart',
  'openData.authorities.text':
    'Eén punt per bestuur (GeoJSON, RFC 7946): coördinaten in WGS84 als [lengtegraad, breedtegraad], op de gemeente van het bestuur of in het midden van zijn gemeenten.',
  'openData.authorities.geojson': 'Besturen als GeoJSON',
  'openData.municipalities.heading': 'Gemeenten met hun grenzen',
  'openData.municipalities.text':
    'Elke gemeente van Oost-Vlaanderen met haar grens, en per dienst of die dienst er op de stand van de gegevens actief is.',
  'openData.municipalities.geojson': 'Gemeenten als GeoJSON',
  'openData.municipality.nis': 'NIS-code van de gemeente (Statbel).',
  'openData.municipality.naam': 'Naam van de gemeente.',
  'openData.municipality.diensten':
    'Per dienst (sleutel: de code van de dienst): true als een bestuur met een lopende overeenkomst de gemeente dekt, anders false.',
  'openData.field.id': 'Unieke code van de overeenkomst.',
  'openData.field.bestuur': 'Code van het bestuur, zoals in het adres /leden/code/.',
  'openData.field.bestuursnaam': 'Naam van het bestuur.',
  'openData.field.bestuurstype': 'Soort bestuur: gemeente, ocmw, politiezone, hulpverleningszone of andere.',
  'openData.field.dienst': 'Code van de dienst, zoals in het adres /diensten/code/.',
  'openData.field.soort': 'samenwerkingsovereenkomst of project.',
  'openData.field.begin': 'Begindatum (JJJJ-MM-DD).',
  'openData.field.einde': 'Einddatum (JJJJ-MM-DD); leeg (null) als de overeenkomst zonder einddatum loopt.',
  'openData.field.volume': 'Afgesproken inzet, bijvoorbeeld “1 dag per week”; leeg (null) als die niet vastligt.',
  'openData.field.actief': 'true als de overeenkomst loopt op de peildatum, anders false.',
  'openData.feature.id': 'Code van het bestuur.',
  'openData.feature.naam': 'Naam van het bestuur.',
  'openData.feature.type': 'Soort bestuur: gemeente, ocmw, politiezone, hulpverleningszone of andere.',
  'openData.feature.gemeenten': 'NIS-codes van de gemeenten waarvoor het bestuur werkt.',
  'openData.feature.diensten': 'Codes van de diensten met een lopende overeenkomst op de peildatum.',
  'openData.feature.pagina': 'Adres van de pagina van het bestuur op deze site.',

  // Security guides and self-assessment
  'security.title': 'Informatieveiligheid',
  'security.description':
    'Praktische gidsen over informatieveiligheid voor lokale besturen, per onderwerp en per doelgroep, met een zelfevaluatie.',
  'security.intro':
    'Concrete gidsen voor gemeenten, OCMW’s en politiezones: wat u moet weten, wat u moet doen en een checklist om mee te starten. De nieuwste versies staan bovenaan.',
  'security.views.label': 'Bekijk de gidsen',
  'security.byTopic': 'Per onderwerp',
  'security.byAudience': 'Per doelgroep',
  'security.topic.beleid': 'Beleid en organisatie',
  'security.topic.toegang': 'Toegang en accounts',
  'security.topic.systemen': 'Systemen en gegevens',
  'security.topic.incidenten': 'Incidenten',
  'security.topic.mensen': 'Mensen en bewustzijn',
  'security.topic.wetgeving': 'Wetgeving en contracten',
  'security.audience.management': 'Management',
  'security.audience.medewerkers': 'Alle medewerkers',
  'security.audience.ict': 'ICT',
  'security.audience.dpo': 'Functionaris voor gegevensbescherming (DPO)',
  'security.guide.for': 'Voor: {audiences}',
  'security.guide.reviewed': 'Nagekeken op',
  'security.guide.overdue': 'mogelijk verouderd',
  'security.guide.toAssessment': 'Houd bij welke maatregelen uw bestuur al genomen heeft in de',
  'security.guide.toAssessmentLink': 'zelfevaluatie',
  'security.cta.heading': 'Zelfevaluatie',
  'security.cta.text':
    'Hoe ver staat uw bestuur? Vink aan welke maatregelen uit alle gidsen in orde zijn en zie meteen uw score per onderwerp.',
  'security.cta.link': 'Start de zelfevaluatie',
  'security.assessment.title': 'Zelfevaluatie informatieveiligheid',
  'security.assessment.crumb': 'Zelfevaluatie',
  'security.assessment.description':
    'Vink aan welke maatregelen uit de gidsen informatieveiligheid uw bestuur al genomen heeft en zie uw score per onderwerp.',
  'security.assessment.intro':
    'Deze lijst bundelt de checklists van alle {count} gidsen. Duid bij elke maatregel aan of die bij uw bestuur in orde is, nog niet, of niet van toepassing. Bij elke maatregel vindt u een link naar de uitleg in de gids.',
  'security.assessment.privacy':
    'Uw antwoorden blijven alleen in deze browser bewaard. Er wordt niets naar ons of naar iemand anders verzonden.',
  'security.assessment.noScript':
    'Zonder JavaScript kunt u de lijst afdrukken en op papier aanvinken. Uw score en het bewaren van uw antwoorden werken dan niet.',
  'security.assessment.scoreHeading': 'Uw score',
  'security.assessment.overall': '{done} van {total} maatregelen in orde ({percent}%)',
  'security.assessment.topicScore': '{done} van {total} ({percent}%)',
  'security.assessment.col.topic': 'Onderwerp',
  'security.assessment.col.score': 'In orde',
  'security.assessment.missingHeading': 'Nog te doen per gids',
  'security.assessment.missingGuide': '{count} maatregelen ontbreken',
  'security.assessment.missingGuide.one': '1 maatregel ontbreekt',
  'security.assessment.missingNone': 'Alle maatregelen zijn in orde. Kijk de lijst elk jaar opnieuw na.',
  'security.assessment.actions': 'Acties',
  'security.assessment.print': 'Afdrukken',
  'security.assessment.export': 'Exporteren als CSV',
  'security.assessment.reset': 'Alles wissen',
  'security.assessment.resetConfirm':
    'Wilt u alle antwoorden en de naam van uw bestuur wissen? Dat kunt u niet ongedaan maken.',
  'security.assessment.resetDone': 'Alle antwoorden zijn gewist.',
  'security.assessment.saveFailed':
    'Deze browser laat niet toe om uw antwoorden te bewaren. Exporteer ze voor u de pagina sluit.',
  'security.assessment.readGuide': 'Uitleg in de gids',
  'security.assessment.measures': 'Maatregelen uit {guide}',
  'security.assessment.fileName': 'zelfevaluatie-informatieveiligheid.csv',
  'security.assessment.csv.topic': 'onderwerp',
  'security.assessment.csv.guide': 'gids',
  'security.assessment.csv.measure': 'maatregel',
  'security.assessment.csv.id': 'id',
  'security.assessment.csv.done': 'in orde',
  'security.assessment.csv.yes': 'ja',
  'security.assessment.csv.no': 'nee',
  'security.assessment.csv.na': 'niet van toepassing',
  'security.assessment.csv.reason': 'reden',
  'security.assessment.choice.done': 'In orde',
  'security.assessment.choice.open': 'Nog niet',
  'security.assessment.choice.na': 'Niet van toepassing',
  'security.assessment.reason': 'Waarom niet van toepassing? (niet verplicht)',
  'security.assessment.naCount': '{count} niet van toepassing',
  'security.assessment.name': 'Naam van uw bestuur (alleen bewaard in deze browser)',
  'security.assessment.exportJson': 'Bewaren als bestand (JSON)',
  'security.assessment.jsonFileName': 'zelfevaluatie-informatieveiligheid.json',
  'security.assessment.import.label': 'Een bewaard bestand inlezen',
  'security.assessment.import.hint':
    'Kies een JSON-bestand dat u eerder met deze pagina bewaarde. U ziet eerst wat er verandert.',
  'security.assessment.import.confirmGroup': 'Bestand inlezen bevestigen',
  'security.assessment.import.confirm':
    'Het bestand bevat {total} antwoorden. Daarmee vervangt u {count} antwoorden die nu in deze browser staan.',
  'security.assessment.import.confirm.one':
    'Het bestand bevat {total} antwoorden. Daarmee vervangt u 1 antwoord dat nu in deze browser staat.',
  'security.assessment.import.apply': 'Antwoorden vervangen',
  'security.assessment.import.cancel': 'Annuleren',
  'security.assessment.import.cancelled': 'Er is niets veranderd.',
  'security.assessment.import.done': '{count} antwoorden ingelezen.',
  'security.assessment.import.done.one': '1 antwoord ingelezen.',
  'security.assessment.import.unknown':
    '{count} antwoorden horen bij maatregelen die niet meer bestaan. Die leest u niet in.',
  'security.assessment.import.unknown.one':
    '1 antwoord hoort bij een maatregel die niet meer bestaat. Dat leest u niet in.',
  'security.assessment.import.error.tooLarge':
    'Dit bestand is te groot (meer dan 1 MB). Een bestand van deze pagina is veel kleiner. Er is niets veranderd.',
  'security.assessment.import.error.notJson':
    'Dit bestand is geen JSON-bestand. Kies het bestand dat u met "Bewaren als bestand" maakte. Er is niets veranderd.',
  'security.assessment.import.error.notExport': 'Dit bestand komt niet van deze zelfevaluatie. Er is niets veranderd.',
  'security.assessment.import.error.newer':
    'Dit bestand komt van een nieuwere versie van deze pagina. Laad de pagina opnieuw en probeer nog eens. Er is niets veranderd.',
  'security.assessment.import.error.older':
    'Dit bestand komt van een oudere versie van deze pagina die we niet meer kunnen lezen. Er is niets veranderd.',
  'security.assessment.import.error.malformed':
    'Dit bestand is beschadigd of met de hand aangepast en kan niet worden ingelezen. Er is niets veranderd.',
  'security.assessment.report.heading': 'Verslag zelfevaluatie informatieveiligheid',
  'security.assessment.report.date': 'Datum',
  'security.assessment.report.name': 'Bestuur',
  'security.assessment.report.noName': '(geen naam ingevuld)',
  'security.assessment.report.overall': 'Score',
  'security.assessment.report.open': 'Maatregelen die nog niet in orde zijn',

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
  'gis.events.agendaHint':
    'Een iCalendar-bestand (.ics): open het met uw agenda, bijvoorbeeld Outlook, of abonneer u op het adres.',
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
  'search.suggest': 'Bedoelde u {suggestions}?',
  'search.suggest.or': 'of',
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
export function t(key: UiKey, values: Placeholders = {}): string {
  return format(ui[key], values);
}

/**
 * The counted text stored under `key`: `key` itself is the plural, `key.one` the singular and `key.none` the wording
 * for zero, each where the dictionary has it. Islands receive this object, so they count the way the server does.
 */
export function countedText(key: UiKey): CountedText {
  const variant = (suffix: string): string | undefined => (ui as Record<string, string>)[`${key}.${suffix}`];
  const zero = variant('none');
  return { one: variant('one') ?? ui[key], other: ui[key], ...(zero === undefined ? {} : { zero }) };
}

/** The counted text under `key` in the form Intl.PluralRules picks for `count`, filled in. */
export function tCount(key: UiKey, count: number, values: Placeholders = {}): string {
  return formatCount(countedText(key), count, values);
}
