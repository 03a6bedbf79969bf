/**
 * STUB — the "worksites" engineer owns this file (publishing a works project: public page, progress updates, poster).
 * This placeholder only keeps the projects screens building until their branch is merged: it renders nothing.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ProjectView } from '@tandem/shared/schemas/work';

export interface PublicationPanelProps {
  commune: PublicCommuneConfig;
  project: ProjectView;
  /** The project changed (published, updated): the page reloads it. */
  onChanged(): void;
}

export default function PublicationPanel(_props: PublicationPanelProps) {
  return null;
}
