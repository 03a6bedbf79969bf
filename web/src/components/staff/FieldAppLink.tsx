/**
 * For a worker signed in to the staff app: the field app (/{commune}/terrain/) is made for them (big buttons, works
 * without network), so the staff app points to it on every screen. A link, not a redirect: the staff app stays theirs
 * to use at a desk.
 */
import { fieldAppPath } from '@tandem/shared/field/field-site';
import { tr } from '../../lib/locale';
import '../../lib/messages/field-shell';

export default function FieldAppLink({ commune }: { commune: string }) {
  return (
    <p class="notice field-app-link" data-testid="field-app-link">
      <span>{tr('fieldShell.staffLink.intro')}</span>{' '}
      <a class="button" href={fieldAppPath(commune)}>
        {tr('fieldShell.staffLink')}
      </a>
    </p>
  );
}
