/** Every project of the commune for the filters chosen (the API answers them all at once), reloaded when they change. */
import { useEffect, useState } from 'preact/hooks';
import { staffFetch, SignedOut } from '../session';
import { loadFailureText } from '../staff-text';
import type { ProjectView } from './project-format';

export interface ProjectFilters {
  status: string;
  kind: string;
  department: string;
}

export function useProjects(commune: string, filters: ProjectFilters, onSignedOut: () => void) {
  const [items, setItems] = useState<ProjectView[]>();
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(true);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();

  const load = async () => {
    setLoading(true);
    try {
      const r = await staffFetch<{ items: ProjectView[] }>(commune, `staff/projects${query ? `?${query}` : ''}`);
      setItems(r.items);
      setError('');
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setError(loadFailureText(e));
    } finally {
      setLoading(false);
    }
  };
  /** A live change: read again without « Chargement », the list shown meanwhile (and kept if the read fails). */
  const refresh = async () => {
    try {
      const r = await staffFetch<{ items: ProjectView[] }>(commune, `staff/projects${query ? `?${query}` : ''}`);
      setItems(r.items);
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
    }
  };
  useEffect(() => void load(), [query]);
  return { items, error, loading, load, refresh };
}
