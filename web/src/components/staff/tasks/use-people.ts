/**
 * The commune's staff directory (GET people), read once per page load and shared by every tasks screen: names
 * on cards, the assignee picker, @mention suggestions. A failure leaves ids shown as they are (never blocks a page).
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { fetchPeople, type PersonView } from './task-api';

const people = signal<PersonView[] | undefined>(undefined);
/** Whether the directory was asked for (again after a failure, by the next screen that needs it). */
let asked = false;

export function usePeople(commune: string): PersonView[] | undefined {
  useEffect(() => {
    if (asked) return;
    asked = true;
    fetchPeople(commune)
      .then((items) => {
        people.value = [...items].sort((a, b) => a.name.localeCompare(b.name));
      })
      .catch(() => {
        asked = false;
      });
  }, [commune]);
  return people.value;
}
