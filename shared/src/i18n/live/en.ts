import type { LiveKey } from './fr.js';
export const liveEn: Record<LiveKey, string> = {
  'live.someone': 'A colleague',
  'live.changed.report': '{who} has changed this report.',
  'live.changed.permit': '{who} has changed this request.',
  'live.changed.task': '{who} has changed this task.',
  'live.changed.project': '{who} has changed this project.',
  'live.changedAnon.report': 'This report has just been changed.',
  'live.changedAnon.permit': 'This request has just been changed.',
  'live.changedAnon.task': 'This task has just been changed.',
  'live.changedAnon.project': 'This project has just been changed.',
  'live.board.added': '{who} added “{title}” to “{column}”.',
  'live.board.moved': '{who} moved “{title}” to “{column}”.',
  'live.board.updated': '{who} changed “{title}”.',
  'live.board.addedAnon': '“{title}” is now in “{column}”.',
  'live.board.movedAnon': '“{title}” moved to “{column}”.',
  'live.board.updatedAnon': '“{title}” was changed.',
  'live.board.removed': '“{title}” is no longer on this board.',
};
