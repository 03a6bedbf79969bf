/** The report's details: what is wrong (required) and the photos. */
import { tr } from '../../lib/locale';
import PhotoPicker, { type PhotoItem } from './PhotoPicker';
import { FieldError, describedBy, type FieldErrors } from './form-errors';

interface Props {
  commune: string;
  description: string;
  photos: PhotoItem[];
  errors: FieldErrors;
  onDescription(text: string): void;
  onPhotos(update: (photos: PhotoItem[]) => PhotoItem[]): void;
}

export default function DetailsFieldset({ commune, description, photos, errors, onDescription, onPhotos }: Props) {
  return (
    <fieldset id="details">
      <legend>{tr('report.step.details')}</legend>
      <div class="field">
        <label for="f-description">
          {tr('report.description')}
          <span class="req"> ({tr('report.required')})</span>
        </label>
        <span class="hint" id="f-description-hint">
          {tr('report.description.help')}
        </span>
        <FieldError id="f-description" errors={errors} />
        <textarea
          id="f-description"
          name="description"
          rows={5}
          maxLength={2000}
          value={description}
          aria-invalid={errors['f-description'] ? 'true' : undefined}
          aria-describedby={describedBy('f-description', errors, 'f-description-hint')}
          onInput={(e) => onDescription(e.currentTarget.value)}
        />
      </div>
      <PhotoPicker commune={commune} photos={photos} errors={errors} onChange={onPhotos} />
    </fieldset>
  );
}
