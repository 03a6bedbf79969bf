/** The request form, loaded only when the requester opens it (the page itself does not load the permit schemas). */
import { useState } from 'preact/hooks';

export type FormModule = typeof import('../PermitRequestForm') & { draftFromPermit: typeof import('../request-draft').draftFromPermit };

export function useRequestFormModule() {
  const [form, setForm] = useState<FormModule>();
  const [formFailed, setFormFailed] = useState(false);

  const loadForm = () => {
    if (form) return;
    Promise.all([import('../PermitRequestForm'), import('../request-draft')])
      .then(([m, d]) => setForm({ ...m, draftFromPermit: d.draftFromPermit }))
      .catch(() => setFormFailed(true));
  };

  return { form, formFailed, loadForm };
}
