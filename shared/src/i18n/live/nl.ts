import type { LiveKey } from './fr.js';
export const liveNl: Record<LiveKey, string> = {
  'live.someone': 'Een collega',
  'live.changed.report': '{who} heeft deze melding gewijzigd.',
  'live.changed.permit': '{who} heeft deze aanvraag gewijzigd.',
  'live.changed.task': '{who} heeft deze taak gewijzigd.',
  'live.changed.project': '{who} heeft dit project gewijzigd.',
  'live.changedAnon.report': 'Deze melding is zojuist gewijzigd.',
  'live.changedAnon.permit': 'Deze aanvraag is zojuist gewijzigd.',
  'live.changedAnon.task': 'Deze taak is zojuist gewijzigd.',
  'live.changedAnon.project': 'Dit project is zojuist gewijzigd.',
  'live.board.added': '{who} heeft „{title}” toegevoegd aan „{column}”.',
  'live.board.moved': '{who} heeft „{title}” verplaatst naar „{column}”.',
  'live.board.updated': '{who} heeft „{title}” gewijzigd.',
  'live.board.addedAnon': '„{title}” staat nu in „{column}”.',
  'live.board.movedAnon': '„{title}” is naar „{column}” gegaan.',
  'live.board.updatedAnon': '„{title}” is gewijzigd.',
  'live.board.removed': '„{title}” staat niet meer op dit bord.',
};
