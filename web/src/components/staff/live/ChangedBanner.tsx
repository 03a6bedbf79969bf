/**
 * « Ce signalement a été modifié par un·e collègue » with « Recharger »: the page keeps what it shows (and any form
 * being typed) until the agent chooses to reload. The live region is always there, so that screen readers announce
 * the banner when it fills.
 */
import { tr } from '../../../lib/locale';
import '../../../lib/messages/notifications';

export default function ChangedBanner({ shown, onReload }: { shown: boolean; onReload(): void }) {
  return (
    <div role="status" aria-live="polite" class="live-banner-region" data-testid="live-banner-region">
      {shown && (
        <p class="notice warn live-banner" data-testid="live-banner">
          <span>{tr('live.changedByColleague')}</span>{' '}
          <button type="button" class="button secondary" onClick={onReload} data-testid="live-reload">
            {tr('live.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
