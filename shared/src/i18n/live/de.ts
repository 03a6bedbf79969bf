import type { LiveKey } from './fr.js';
export const liveDe: Record<LiveKey, string> = {
  'live.someone': 'Eine Kollegin oder ein Kollege',
  'live.changed.report': '{who} hat diese Meldung geändert.',
  'live.changed.permit': '{who} hat diesen Antrag geändert.',
  'live.changed.task': '{who} hat diese Aufgabe geändert.',
  'live.changed.project': '{who} hat dieses Projekt geändert.',
  'live.changedAnon.report': 'Diese Meldung wurde soeben geändert.',
  'live.changedAnon.permit': 'Dieser Antrag wurde soeben geändert.',
  'live.changedAnon.task': 'Diese Aufgabe wurde soeben geändert.',
  'live.changedAnon.project': 'Dieses Projekt wurde soeben geändert.',
  'live.board.added': '{who} hat „{title}“ in „{column}“ hinzugefügt.',
  'live.board.moved': '{who} hat „{title}“ nach „{column}“ verschoben.',
  'live.board.updated': '{who} hat „{title}“ geändert.',
  'live.board.addedAnon': '„{title}“ steht jetzt in „{column}“.',
  'live.board.movedAnon': '„{title}“ ist nach „{column}“ gewechselt.',
  'live.board.updatedAnon': '„{title}“ wurde geändert.',
  'live.board.removed': '„{title}“ steht nicht mehr auf dieser Tafel.',
};
