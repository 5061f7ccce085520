import type { AdminPerson, Role } from '@plan/contracts';

export type PeopleFilter = {
  q: string;
  role: Role | '';
  unitId: string;
  status: 'active' | 'inactive' | '';
};

export const emptyPeopleFilter = (): PeopleFilter => ({ q: '', role: '', unitId: '', status: '' });

export const filterPeople = (people: readonly AdminPerson[], f: PeopleFilter): AdminPerson[] => {
  const q = f.q.trim().toLowerCase();
  return people.filter(
    (p) =>
      (!q || p.displayName.toLowerCase().includes(q) || p.username.includes(q)) &&
      (!f.role || p.role === f.role) &&
      (!f.unitId || p.unitId === f.unitId) &&
      (!f.status || p.active === (f.status === 'active')),
  );
};
