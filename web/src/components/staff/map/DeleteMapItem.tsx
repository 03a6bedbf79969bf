/** Taking an item off the map: the staff app's one confirm-first action (ConfirmAction), in the map's words. */
import { tr } from '../../../lib/locale';
import ConfirmAction from '../ConfirmAction';

export default function DeleteMapItem({
  title,
  onDelete,
}: {
  title: string;
  /** Deletes; resolves with the problem to show, or '' once done (or handled elsewhere). */
  onDelete(): Promise<string>;
}) {
  return (
    <ConfirmAction
      id="mi-delete"
      level={2}
      open={tr('mapStaff.delete.open')}
      title={tr('mapStaff.delete.title')}
      text={tr('mapStaff.delete.confirm', { title })}
      yes={tr('mapStaff.delete.yes')}
      no={tr('mapStaff.delete.no')}
      onConfirm={onDelete}
    />
  );
}
