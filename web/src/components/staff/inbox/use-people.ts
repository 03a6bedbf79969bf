/**
 * The commune's staff members (GET /api/{commune}/staff/people), to pick an assignee by name. Read once per
 * session and shared by the screens. While the route is not there (or refused), `undefined`: the forms then take
 * a person's id (sub) typed in, and lists show ids.
 */
import { useEffect, useState } from 'preact/hooks';
import { staffFetch } from '../session';

export interface Person {
  id: string;
  name: string;
  role: string;
  departments: string[];
}

let people: Promise<Person[] | undefined> | undefined;

function loadPeople(commune: string): Promise<Person[] | undefined> {
  people ??= staffFetch<{ items: Person[] }>(commune, 'staff/people').then(
    (r) => r.items,
    () => {
      people = undefined; // tried again on the next screen
      return undefined;
    },
  );
  return people;
}

export function usePeople(commune: string): Person[] | undefined {
  const [list, setList] = useState<Person[]>();
  useEffect(() => {
    let live = true;
    void loadPeople(commune).then((p) => live && setList(p));
    return () => {
      live = false;
    };
  }, [commune]);
  return list;
}
