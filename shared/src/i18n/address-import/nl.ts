import type { AddressImportKey } from './fr.js';
export const addressImportNl: Record<AddressImportKey, string> = {
  'addressImport.nav': 'Adressenregister',
  'addressImport.title': 'Adressenregister',
  'addressImport.intro':
    'De straten en huisnummers van de gemeente, met hun ligging. Daarmee stelt het meldingsformulier het dichtstbijzijnde adres bij de markering voor en plaatst het de markering op een getypt adres, zonder externe dienst. Alleen voor beheerders.',
  'addressImport.current.title': 'Register in gebruik',
  'addressImport.current.none':
    'Geen register geïmporteerd: het adres blijft vrije tekst in de formulieren en de markering wordt niet omgezet in een adres.',
  'addressImport.current.points': 'Adressen (huisnummers met hun ligging)',
  'addressImport.current.streets': 'Straten',
  'addressImport.current.importedAt': 'Geïmporteerd op',
  'addressImport.current.importedBy': 'Door',
  'addressImport.current.importedByNobody': 'bij het opstarten van het platform (demoregister)',
  'addressImport.current.version': 'Versie',
  'addressImport.current.versionHint': 'Een vingerafdruk van de inhoud: hetzelfde bestand geeft altijd dezelfde versie.',
  'addressImport.source.title': 'Waar vindt u het bestand',
  'addressImport.source.best':
    'De Belgische adressen worden vrij gepubliceerd door de FOD BOSA onder de naam “BeST Address”: een federaal register dat de gemeenten zelf bijhouden (in Wallonië via de dienst ICAR van het Waalse adressenregister).',
  'addressImport.source.steps':
    'Download op opendata.bosa.be het bestand “BeST Address” van Wallonië in CSV (of zet het XML-bestand om met de vrije tool van BOSA, “best-tools”).',
  'addressImport.source.cut':
    'Houd alleen de rijen van uw gemeente: die waarvan de kolom municipality_id uw NIS-code draagt (bijvoorbeeld 55040 voor Zinnik), of waarvan de kolom postcode uw postcodes draagt. Een rekenblad doet dat met een filter; sla op als CSV, codering UTF-8.',
  'addressImport.source.simple':
    'Een eenvoudiger bestand kan ook, met deze kolommen: street, number, postcode, lat, lng, en indien beschikbaar section, municipality, box (breedte- en lengtegraad in graden, WGS 84).',
  'addressImport.source.limits': 'Maximale grootte: {size}, en hoogstens {points} adressen.',
  'addressImport.source.again':
    'Importeer het bestand opnieuw wanneer de adressen van de gemeente veranderen: elke import vervangt het hele register.',
  'addressImport.form.title': 'Een bestand importeren',
  'addressImport.form.file': 'CSV-bestand van het register',
  'addressImport.form.fileHint':
    'Een .csv-bestand in UTF-8. Het wordt eerst hier, in uw browser, gelezen: er wordt niets verstuurd voordat u op “Importeren” klikt.',
  'addressImport.form.reading': 'Bestand wordt gelezen…',
  'addressImport.form.notUtf8': 'Dit bestand is niet in UTF-8: sla het in het rekenblad op als “CSV UTF-8”.',
  'addressImport.form.tooBig':
    'Dit bestand weegt {size}: de grens is {limit}. Een register wordt niet in stukken geïmporteerd, want elke import vervangt het hele register.',
  'addressImport.form.tooBigHow':
    'Houd alleen de rijen van uw gemeente en alleen de nuttige kolommen: het platform kan dat hier voor u doen.',
  'addressImport.form.slim': 'Alleen de nuttige kolommen houden',
  'addressImport.form.slimmed':
    'Overbodige kolommen verwijderd: het te versturen bestand weegt nu {size} (de regelnummers blijven die van uw bestand).',
  'addressImport.form.stillTooBig':
    'Zelfs zonder de overbodige kolommen weegt het bestand {size}: de grens is {limit}. Ongeveer {fit} regels van dit bestand passen onder de grens, het heeft er {rows}. Controleer of het alleen de adressen van uw gemeente bevat.',
  'addressImport.preview.title': 'Voorbeeld vóór de import',
  'addressImport.preview.file': 'Bestand “{name}”, {size}, {rows} adresregel(s).',
  'addressImport.preview.columns': 'Herkende kolommen',
  'addressImport.preview.colField': 'Gegeven',
  'addressImport.preview.colColumn': 'Kolom van het bestand',
  'addressImport.preview.missing': 'ontbreekt',
  'addressImport.preview.optional': 'optioneel',
  'addressImport.preview.ignored': 'Genegeerde kolommen: {columns}.',
  'addressImport.preview.rows': 'De eerste {n} regels van het bestand',
  'addressImport.preview.line': 'Regel',
  'addressImport.preview.read': '{points} adres(sen) klaar om te importeren.',
  'addressImport.preview.skipped':
    '{n} regel(s) terzijde gelaten: adressen die niet meer gelden, of busnummers van een reeds gelezen huisnummer (een huisnummer houdt één punt).',
  'addressImport.preview.noPoint': 'Het bestand bevat geen bruikbaar adres: er kan niets worden geïmporteerd.',
  'addressImport.preview.header': 'Het bestand kan niet worden geïmporteerd: er ontbreken kolommen.',
  'addressImport.preview.tooManyProblems':
    'Minstens {n} problemen: het bestand is waarschijnlijk niet geschikt (verkeerde kolommen, andere gemeente, breedte- en lengtegraad verwisseld). Verbeter het vóór de import.',
  'addressImport.preview.refused': 'Geweigerde regels ({n})',
  'addressImport.preview.refusedIntro':
    'Deze regels worden niet geïmporteerd. Verbeter ze in het bestand, of importeer de andere zonder hen.',
  'addressImport.preview.leaveOut': 'De andere regels importeren, zonder de geweigerde regels ({n})',
  'addressImport.preview.replaces':
    'Bij de import wordt het register in gebruik ({points} adressen, geïmporteerd op {date}) volledig vervangen en daarna gewist. Het blijft in gebruik tot het nieuwe volledig is. Twee keer hetzelfde bestand importeren verandert niets.',
  'addressImport.preview.first': 'Bij de import wordt dit register in gebruik genomen voor de gemeente.',
  'addressImport.refused.line': 'regel {line}',
  'addressImport.refused.where': 'regel {line}, kolom {column}: {reason}',
  'addressImport.reason.empty-file': 'het bestand is leeg',
  'addressImport.reason.missing-column': 'kolom ontbreekt',
  'addressImport.reason.missing-street': 'straatnaam ontbreekt',
  'addressImport.reason.long-street': 'straatnaam langer dan 120 tekens',
  'addressImport.reason.control-characters': 'onzichtbare tekens in de naam',
  'addressImport.reason.missing-number': 'huisnummer ontbreekt',
  'addressImport.reason.bad-number': 'geen huisnummer (cijfers, dan letters, / of -)',
  'addressImport.reason.bad-postcode': 'geen Belgische postcode (vier cijfers)',
  'addressImport.reason.bad-lat': 'geen breedtegraad in graden',
  'addressImport.reason.bad-lng': 'geen lengtegraad in graden',
  'addressImport.reason.outside-commune': 'ligging buiten de gemeente',
  'addressImport.reason.too-many-points': 'te veel adressen: importeer één gemeente',
  'addressImport.submit': 'Register importeren',
  'addressImport.sending': 'Import bezig…',
  'addressImport.needChoice': 'Er zijn geweigerde regels: verbeter het bestand, of vink “De andere regels importeren” aan.',
  'addressImport.noFile': 'Kies eerst een CSV-bestand.',
  'addressImport.result.title': 'Resultaat van de import',
  'addressImport.result.done': 'Register geïmporteerd: {points} adres(sen) en {streets} straat (straten) zijn in gebruik.',
  'addressImport.result.unchanged': 'Dit register was al in gebruik ({points} adressen, {streets} straten): er is niets veranderd.',
  'addressImport.result.replaced': 'Het vorige register is volledig vervangen en gewist.',
  'addressImport.result.skipped':
    '{n} regel(s) terzijde gelaten (adressen die niet meer gelden, busnummers van een reeds gelezen huisnummer).',
  'addressImport.result.refused': 'Geweigerde regels, niet geïmporteerd ({n})',
  'addressImport.error.tooBig': 'Het bestand is groter dan de maximale grootte ({limit}): er is niets geïmporteerd.',
  'addressImport.error.conflict':
    'Een andere import heeft het register intussen vervangen: bekijk het register in gebruik en importeer zo nodig opnieuw.',
  'addressImport.error.refused': 'Het bestand is geweigerd: er is niets geïmporteerd.',
  'addressImport.field.street': 'Straat',
  'addressImport.field.number': 'Huisnummer',
  'addressImport.field.postcode': 'Postcode',
  'addressImport.field.section': 'Deelgemeente',
  'addressImport.field.municipality': 'Gemeente',
  'addressImport.field.lat': 'Breedtegraad',
  'addressImport.field.lng': 'Lengtegraad',
  'addressImport.field.box': 'Bus',
  'addressImport.field.status': 'Status',
  'addressImport.size.kb': '{n} kB',
  'addressImport.size.mb': '{n} MB',
};
