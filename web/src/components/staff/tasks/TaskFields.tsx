/** The fields of a task (new or edited): title, description, department, priority, due day and time, people, place. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { TASK_PRIORITIES, type TaskPriority } from '@tandem/shared/work/task-states';
import { lt, tr } from '../../../lib/locale';
import type { FieldErrors } from '../../report/form-errors';
import { SelectField, TextField } from '../../permits/fields';
import GeometryField from '../../permits/GeometryField';
// The place is drawn with the permit form's map field: its messages come with the permit labels.
import '../../../lib/messages/permits';
import type { PersonView } from './task-api';
import { priorityLabel } from './task-format';
import { TF, type TaskDraft } from './task-draft';
import PeoplePicker from './PeoplePicker';

export default function TaskFields({
  commune,
  draft,
  set,
  errors,
  people,
}: {
  commune: PublicCommuneConfig;
  draft: TaskDraft;
  set(patch: Partial<TaskDraft>): void;
  errors: FieldErrors;
  people: PersonView[] | undefined;
}) {
  return (
    <>
      <TextField
        id={TF.title}
        label={tr('workTasks.f.title')}
        required
        errors={errors}
        value={draft.title}
        maxLength={140}
        onValue={(title) => set({ title })}
      />
      <TextField
        id={TF.description}
        label={tr('workTasks.f.description')}
        multiline
        errors={errors}
        value={draft.description}
        onValue={(description) => set({ description })}
      />
      <SelectField
        id={TF.department}
        label={tr('workTasks.f.department')}
        required
        errors={errors}
        value={draft.department}
        onValue={(department) => set({ department })}
      >
        {commune.departments.map((d) => (
          <option key={d.code} value={d.code}>
            {lt(d.name)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={TF.priority}
        label={tr('workTasks.f.priority')}
        errors={errors}
        value={draft.priority}
        onValue={(p) => set({ priority: p as TaskPriority })}
      >
        {TASK_PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {priorityLabel(p)}
          </option>
        ))}
      </SelectField>
      <div class="field-row">
        <TextField
          id={TF.dueDay}
          type="date"
          label={tr('workTasks.f.dueDay')}
          errors={errors}
          value={draft.dueDay}
          onValue={(dueDay) => set({ dueDay })}
        />
        <TextField
          id={TF.dueTime}
          type="time"
          label={tr('workTasks.f.dueTime')}
          hint={tr('workTasks.f.dueTime.hint')}
          errors={errors}
          value={draft.dueTime}
          onValue={(dueTime) => set({ dueTime })}
        />
      </div>
      <PeoplePicker
        id={TF.assignees}
        people={people}
        department={draft.department}
        value={draft.assignees}
        onValue={(assignees) => set({ assignees })}
      />
      <TextField
        id={TF.placeLabel}
        label={tr('workTasks.f.placeLabel')}
        errors={errors}
        value={draft.placeLabel}
        maxLength={200}
        onValue={(placeLabel) => set({ placeLabel })}
      />
      <GeometryField
        commune={commune}
        shape={draft.shape}
        points={draft.points}
        errors={errors}
        shapes={['Point', 'LineString', 'Polygon']}
        onChange={(shape, points) => set({ shape, points })}
      />
    </>
  );
}
