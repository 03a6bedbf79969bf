/** Staff SPA: the admins' screen for the address register's import (docs/addresses.md). French is the source. */
export const addressImportFr = {
  'addressImport.nav': 'Registre des adresses',
  'addressImport.title': 'Registre des adresses',
  'addressImport.intro':
    'Les rues et les numéros de la commune, avec leur position. Grâce à eux, le formulaire de signalement propose l’adresse la plus proche du repère et place le repère à une adresse tapée, sans service extérieur. Réservé aux administrateurs.',
  'addressImport.current.title': 'Registre en service',
  'addressImport.current.none':
    'Aucun registre importé : l’adresse reste un texte libre dans les formulaires et le repère n’est pas traduit en adresse.',
  'addressImport.current.points': 'Adresses (numéros avec leur position)',
  'addressImport.current.streets': 'Rues',
  'addressImport.current.importedAt': 'Importé le',
  'addressImport.current.importedBy': 'Par',
  'addressImport.current.importedByNobody': 'au démarrage de la plateforme (registre de démonstration)',
  'addressImport.current.version': 'Version',
  'addressImport.current.versionHint': 'Une empreinte du contenu : le même fichier donne toujours la même version.',
  'addressImport.source.title': 'Où trouver le fichier',
  'addressImport.source.best':
    'Les adresses belges sont publiées librement par le SPF BOSA sous le nom « BeST Address » : un registre fédéral tenu à jour par les communes elles-mêmes (en Wallonie, par le service ICAR du registre wallon des adresses).',
  'addressImport.source.steps':
    'Sur opendata.bosa.be, téléchargez le fichier « BeST Address » de la Wallonie au format CSV (ou convertissez le fichier XML avec l’outil libre de BOSA, « best-tools »).',
  'addressImport.source.cut':
    'Gardez seulement les lignes de votre commune : celles dont la colonne municipality_id porte votre code INS (par exemple 55040 pour Soignies), ou dont la colonne postcode porte vos codes postaux. Un tableur le fait avec un filtre ; enregistrez en CSV, encodage UTF-8.',
  'addressImport.source.simple':
    'Un fichier plus simple convient aussi, avec ces colonnes : street, number, postcode, lat, lng, et si vous les avez section, municipality, box (latitude et longitude en degrés, WGS 84).',
  'addressImport.source.limits': 'Taille maximale : {size}, et au plus {points} adresses.',
  'addressImport.source.again':
    'Réimportez le fichier quand les adresses de la commune changent : chaque import remplace tout le registre.',
  'addressImport.form.title': 'Importer un fichier',
  'addressImport.form.file': 'Fichier CSV du registre',
  'addressImport.form.fileHint':
    'Un fichier .csv en UTF-8. Il est d’abord lu ici, dans votre navigateur : rien n’est envoyé avant que vous cliquiez sur « Importer ».',
  'addressImport.form.reading': 'Lecture du fichier…',
  'addressImport.form.notUtf8': 'Ce fichier n’est pas en UTF-8 : dans le tableur, enregistrez-le en « CSV UTF-8 ».',
  'addressImport.form.tooBig':
    'Ce fichier pèse {size} : la limite est {limit}. Un registre ne s’importe pas en plusieurs morceaux, car chaque import remplace tout le registre.',
  'addressImport.form.tooBigHow':
    'Gardez seulement les lignes de votre commune, et seulement les colonnes utiles : la plateforme peut le faire ici pour vous.',
  'addressImport.form.slim': 'Garder seulement les colonnes utiles',
  'addressImport.form.slimmed':
    'Colonnes inutiles retirées : le fichier à envoyer pèse maintenant {size} (les numéros de ligne restent ceux de votre fichier).',
  'addressImport.form.stillTooBig':
    'Même sans les colonnes inutiles, le fichier pèse {size} : la limite est {limit}. Environ {fit} lignes de ce fichier tiennent sous la limite, il en a {rows}. Vérifiez qu’il ne contient que les adresses de votre commune.',
  'addressImport.preview.title': 'Aperçu avant l’import',
  'addressImport.preview.file': 'Fichier « {name} », {size}, {rows} ligne(s) d’adresses.',
  'addressImport.preview.columns': 'Colonnes reconnues',
  'addressImport.preview.colField': 'Information',
  'addressImport.preview.colColumn': 'Colonne du fichier',
  'addressImport.preview.missing': 'absente',
  'addressImport.preview.optional': 'facultative',
  'addressImport.preview.ignored': 'Colonnes ignorées : {columns}.',
  'addressImport.preview.rows': 'Les {n} premières lignes du fichier',
  'addressImport.preview.line': 'Ligne',
  'addressImport.preview.read': '{points} adresse(s) prête(s) à importer.',
  'addressImport.preview.skipped':
    '{n} ligne(s) mise(s) de côté : adresses qui ne sont plus en vigueur, ou boîtes d’un numéro déjà lu (un numéro garde un seul point).',
  'addressImport.preview.noPoint': 'Le fichier ne contient aucune adresse utilisable : rien ne peut être importé.',
  'addressImport.preview.header': 'Le fichier ne peut pas être importé : il y manque des colonnes.',
  'addressImport.preview.tooManyProblems':
    'Au moins {n} problèmes : le fichier ne convient probablement pas (mauvaises colonnes, autre commune, latitude et longitude inversées). Corrigez-le avant de l’importer.',
  'addressImport.preview.refused': 'Lignes refusées ({n})',
  'addressImport.preview.refusedIntro':
    'Ces lignes ne seront pas importées. Corrigez-les dans le fichier, ou importez les autres sans elles.',
  'addressImport.preview.leaveOut': 'Importer les autres lignes, sans les lignes refusées ({n})',
  'addressImport.preview.replaces':
    'À l’import, le registre en service ({points} adresses, importé le {date}) sera remplacé en entier, puis effacé. Il reste utilisé jusqu’à ce que le nouveau soit complet. Importer deux fois le même fichier ne change rien.',
  'addressImport.preview.first': 'À l’import, ce registre sera mis en service pour la commune.',
  'addressImport.refused.line': 'ligne {line}',
  'addressImport.refused.where': 'ligne {line}, colonne {column} : {reason}',
  'addressImport.reason.empty-file': 'le fichier est vide',
  'addressImport.reason.missing-column': 'colonne absente',
  'addressImport.reason.missing-street': 'nom de rue absent',
  'addressImport.reason.long-street': 'nom de rue de plus de 120 caractères',
  'addressImport.reason.control-characters': 'caractères invisibles dans le nom',
  'addressImport.reason.missing-number': 'numéro absent',
  'addressImport.reason.bad-number': 'pas un numéro de maison (des chiffres, puis des lettres, / ou -)',
  'addressImport.reason.bad-postcode': 'pas un code postal belge (quatre chiffres)',
  'addressImport.reason.bad-lat': 'pas une latitude en degrés',
  'addressImport.reason.bad-lng': 'pas une longitude en degrés',
  'addressImport.reason.outside-commune': 'position hors de la commune',
  'addressImport.reason.too-many-points': 'trop d’adresses : importez une seule commune',
  'addressImport.submit': 'Importer le registre',
  'addressImport.sending': 'Import en cours…',
  'addressImport.needChoice': 'Des lignes sont refusées : corrigez le fichier, ou cochez « Importer les autres lignes ».',
  'addressImport.noFile': 'Choisissez d’abord un fichier CSV.',
  'addressImport.result.title': 'Résultat de l’import',
  'addressImport.result.done': 'Registre importé : {points} adresse(s) et {streets} rue(s) sont en service.',
  'addressImport.result.unchanged': 'Ce registre était déjà en service ({points} adresses, {streets} rues) : rien n’a changé.',
  'addressImport.result.replaced': 'L’ancien registre a été remplacé en entier et effacé.',
  'addressImport.result.skipped': '{n} ligne(s) mise(s) de côté (adresses plus en vigueur, boîtes d’un numéro déjà lu).',
  'addressImport.result.refused': 'Lignes refusées, non importées ({n})',
  'addressImport.error.tooBig': 'Le fichier dépasse la taille maximale ({limit}) : rien n’a été importé.',
  'addressImport.error.conflict':
    'Un autre import a remplacé le registre entre-temps : regardez le registre en service, puis importez à nouveau si nécessaire.',
  'addressImport.error.refused': 'Le fichier a été refusé : rien n’a été importé.',
  'addressImport.field.street': 'Rue',
  'addressImport.field.number': 'Numéro',
  'addressImport.field.postcode': 'Code postal',
  'addressImport.field.section': 'Section (localité)',
  'addressImport.field.municipality': 'Commune',
  'addressImport.field.lat': 'Latitude',
  'addressImport.field.lng': 'Longitude',
  'addressImport.field.box': 'Boîte',
  'addressImport.field.status': 'Statut',
  'addressImport.size.kb': '{n} Ko',
  'addressImport.size.mb': '{n} Mo',
} as const;
export type AddressImportKey = keyof typeof addressImportFr;
