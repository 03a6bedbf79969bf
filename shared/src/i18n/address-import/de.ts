import type { AddressImportKey } from './fr.js';
export const addressImportDe: Record<AddressImportKey, string> = {
  'addressImport.nav': 'Adressverzeichnis',
  'addressImport.title': 'Adressverzeichnis',
  'addressImport.intro':
    'Die Straßen und Hausnummern der Gemeinde mit ihrer Lage. Damit schlägt das Meldeformular die nächstgelegene Adresse zur Markierung vor und setzt die Markierung auf eine eingetippte Adresse, ohne externen Dienst. Nur für Administratoren.',
  'addressImport.current.title': 'Verzeichnis in Gebrauch',
  'addressImport.current.none':
    'Kein Verzeichnis importiert: Die Adresse bleibt in den Formularen freier Text, und die Markierung wird nicht in eine Adresse umgesetzt.',
  'addressImport.current.points': 'Adressen (Hausnummern mit ihrer Lage)',
  'addressImport.current.streets': 'Straßen',
  'addressImport.current.importedAt': 'Importiert am',
  'addressImport.current.importedBy': 'Von',
  'addressImport.current.importedByNobody': 'beim Start der Plattform (Demo-Verzeichnis)',
  'addressImport.current.version': 'Version',
  'addressImport.current.versionHint': 'Ein Fingerabdruck des Inhalts: Dieselbe Datei ergibt immer dieselbe Version.',
  'addressImport.source.title': 'Wo Sie die Datei finden',
  'addressImport.source.best':
    'Die belgischen Adressen werden vom FÖD BOSA unter dem Namen „BeST Address“ frei veröffentlicht: ein föderales Verzeichnis, das die Gemeinden selbst pflegen (in der Wallonie über den Dienst ICAR des wallonischen Adressverzeichnisses).',
  'addressImport.source.steps':
    'Laden Sie auf opendata.bosa.be die Datei „BeST Address“ der Wallonie im CSV-Format herunter (oder wandeln Sie die XML-Datei mit BOSAs freiem Werkzeug „best-tools“ um).',
  'addressImport.source.cut':
    'Behalten Sie nur die Zeilen Ihrer Gemeinde: jene, deren Spalte municipality_id Ihre NIS-Kennzahl trägt (zum Beispiel 55040 für Soignies), oder deren Spalte postcode Ihre Postleitzahlen trägt. Eine Tabellenkalkulation erledigt das mit einem Filter; speichern Sie als CSV, Kodierung UTF-8.',
  'addressImport.source.simple':
    'Eine einfachere Datei geht auch, mit diesen Spalten: street, number, postcode, lat, lng und, falls vorhanden, section, municipality, box (Breiten- und Längengrad in Grad, WGS 84).',
  'addressImport.source.limits': 'Höchstgröße: {size}, und höchstens {points} Adressen.',
  'addressImport.source.again':
    'Importieren Sie die Datei erneut, wenn sich die Adressen der Gemeinde ändern: Jeder Import ersetzt das ganze Verzeichnis.',
  'addressImport.form.title': 'Eine Datei importieren',
  'addressImport.form.file': 'CSV-Datei des Verzeichnisses',
  'addressImport.form.fileHint':
    'Eine .csv-Datei in UTF-8. Sie wird zuerst hier in Ihrem Browser gelesen: Nichts wird gesendet, bevor Sie auf „Importieren“ klicken.',
  'addressImport.form.reading': 'Datei wird gelesen…',
  'addressImport.form.notUtf8': 'Diese Datei ist nicht in UTF-8: Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“.',
  'addressImport.form.tooBig':
    'Diese Datei ist {size} groß: Die Grenze liegt bei {limit}. Ein Verzeichnis wird nicht in Teilen importiert, denn jeder Import ersetzt das ganze Verzeichnis.',
  'addressImport.form.tooBigHow':
    'Behalten Sie nur die Zeilen Ihrer Gemeinde und nur die nützlichen Spalten: Die Plattform kann das hier für Sie tun.',
  'addressImport.form.slim': 'Nur die nützlichen Spalten behalten',
  'addressImport.form.slimmed':
    'Unnötige Spalten entfernt: Die zu sendende Datei ist jetzt {size} groß (die Zeilennummern bleiben die Ihrer Datei).',
  'addressImport.form.stillTooBig':
    'Auch ohne die unnötigen Spalten ist die Datei {size} groß: Die Grenze liegt bei {limit}. Etwa {fit} Zeilen dieser Datei passen unter die Grenze, sie hat {rows}. Prüfen Sie, ob sie nur die Adressen Ihrer Gemeinde enthält.',
  'addressImport.preview.title': 'Vorschau vor dem Import',
  'addressImport.preview.file': 'Datei „{name}“, {size}, {rows} Adresszeile(n).',
  'addressImport.preview.columns': 'Erkannte Spalten',
  'addressImport.preview.colField': 'Angabe',
  'addressImport.preview.colColumn': 'Spalte der Datei',
  'addressImport.preview.missing': 'fehlt',
  'addressImport.preview.optional': 'optional',
  'addressImport.preview.ignored': 'Ignorierte Spalten: {columns}.',
  'addressImport.preview.rows': 'Die ersten {n} Zeilen der Datei',
  'addressImport.preview.line': 'Zeile',
  'addressImport.preview.read': '{points} Adresse(n) bereit zum Import.',
  'addressImport.preview.skipped':
    '{n} Zeile(n) beiseitegelassen: nicht mehr gültige Adressen oder Briefkästen einer bereits gelesenen Hausnummer (eine Hausnummer behält einen Punkt).',
  'addressImport.preview.noPoint': 'Die Datei enthält keine brauchbare Adresse: Es kann nichts importiert werden.',
  'addressImport.preview.header': 'Die Datei kann nicht importiert werden: Es fehlen Spalten.',
  'addressImport.preview.tooManyProblems':
    'Mindestens {n} Probleme: Die Datei passt wahrscheinlich nicht (falsche Spalten, andere Gemeinde, Breiten- und Längengrad vertauscht). Korrigieren Sie sie vor dem Import.',
  'addressImport.preview.refused': 'Abgelehnte Zeilen ({n})',
  'addressImport.preview.refusedIntro':
    'Diese Zeilen werden nicht importiert. Korrigieren Sie sie in der Datei, oder importieren Sie die anderen ohne sie.',
  'addressImport.preview.leaveOut': 'Die anderen Zeilen importieren, ohne die abgelehnten Zeilen ({n})',
  'addressImport.preview.replaces':
    'Beim Import wird das Verzeichnis in Gebrauch ({points} Adressen, importiert am {date}) ganz ersetzt und danach gelöscht. Es bleibt in Gebrauch, bis das neue vollständig ist. Dieselbe Datei zweimal zu importieren ändert nichts.',
  'addressImport.preview.first': 'Beim Import wird dieses Verzeichnis für die Gemeinde in Gebrauch genommen.',
  'addressImport.refused.line': 'Zeile {line}',
  'addressImport.refused.where': 'Zeile {line}, Spalte {column}: {reason}',
  'addressImport.reason.empty-file': 'die Datei ist leer',
  'addressImport.reason.missing-column': 'Spalte fehlt',
  'addressImport.reason.missing-street': 'Straßenname fehlt',
  'addressImport.reason.long-street': 'Straßenname länger als 120 Zeichen',
  'addressImport.reason.control-characters': 'unsichtbare Zeichen im Namen',
  'addressImport.reason.missing-number': 'Hausnummer fehlt',
  'addressImport.reason.bad-number': 'keine Hausnummer (Ziffern, dann Buchstaben, / oder -)',
  'addressImport.reason.bad-postcode': 'keine belgische Postleitzahl (vier Ziffern)',
  'addressImport.reason.bad-lat': 'kein Breitengrad in Grad',
  'addressImport.reason.bad-lng': 'kein Längengrad in Grad',
  'addressImport.reason.outside-commune': 'Lage außerhalb der Gemeinde',
  'addressImport.reason.too-many-points': 'zu viele Adressen: importieren Sie eine einzige Gemeinde',
  'addressImport.submit': 'Verzeichnis importieren',
  'addressImport.sending': 'Import läuft…',
  'addressImport.needChoice': 'Es gibt abgelehnte Zeilen: Korrigieren Sie die Datei, oder kreuzen Sie „Die anderen Zeilen importieren“ an.',
  'addressImport.noFile': 'Wählen Sie zuerst eine CSV-Datei.',
  'addressImport.result.title': 'Ergebnis des Imports',
  'addressImport.result.done': 'Verzeichnis importiert: {points} Adresse(n) und {streets} Straße(n) sind in Gebrauch.',
  'addressImport.result.unchanged':
    'Dieses Verzeichnis war schon in Gebrauch ({points} Adressen, {streets} Straßen): Es hat sich nichts geändert.',
  'addressImport.result.replaced': 'Das vorige Verzeichnis wurde ganz ersetzt und gelöscht.',
  'addressImport.result.skipped':
    '{n} Zeile(n) beiseitegelassen (nicht mehr gültige Adressen, Briefkästen einer bereits gelesenen Hausnummer).',
  'addressImport.result.refused': 'Abgelehnte Zeilen, nicht importiert ({n})',
  'addressImport.error.tooBig': 'Die Datei überschreitet die Höchstgröße ({limit}): Es wurde nichts importiert.',
  'addressImport.error.conflict':
    'Ein anderer Import hat das Verzeichnis inzwischen ersetzt: Sehen Sie sich das Verzeichnis in Gebrauch an und importieren Sie bei Bedarf erneut.',
  'addressImport.error.refused': 'Die Datei wurde abgelehnt: Es wurde nichts importiert.',
  'addressImport.field.street': 'Straße',
  'addressImport.field.number': 'Hausnummer',
  'addressImport.field.postcode': 'Postleitzahl',
  'addressImport.field.section': 'Ortsteil',
  'addressImport.field.municipality': 'Gemeinde',
  'addressImport.field.lat': 'Breitengrad',
  'addressImport.field.lng': 'Längengrad',
  'addressImport.field.box': 'Briefkasten',
  'addressImport.field.status': 'Status',
  'addressImport.size.kb': '{n} KB',
  'addressImport.size.mb': '{n} MB',
};
