import type { Role } from '../person';

// The person and the roles belong to the kernel (features/person.ts); the directory is this feature's.
export { hasRole, isRsj, type Person, personSchema, type Role, roleSchema, ROLES, RSJ_ROLES } from '../person';

export const ROLE_LABELS: Record<Role, string> = {
  beleidsadviseur: 'beleidsadviseur jeugd',
  wethouder: 'wethouder',
  contractmanager: 'contractmanager',
  projectmanager: 'projectmanager',
  regiomanager: 'regiomanager',
  bestuurder: 'bestuurder',
};
