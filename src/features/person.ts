import { z } from 'zod';

// Who sent a turn and which roles they hold: the kernel's (every turn carries a person, the permissions
// table checks roles). The people feature keeps the directory of them and re-exports these as its domain.

export const ROLES = ['beleidsadviseur', 'wethouder', 'contractmanager', 'projectmanager', 'regiomanager', 'bestuurder'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that work at RSJ itself (not for one gemeente). */
export const RSJ_ROLES: readonly Role[] = ['contractmanager', 'projectmanager', 'regiomanager'];

export const personSchema = z.object({
  aadObjectId: z.string().min(1),
  name: z.string().min(1),
  email: z.string().default(''),
  roles: z.array(roleSchema).min(1),
  gemeente: z.string().optional(),
  demo: z.boolean().default(false),
});
export type Person = z.infer<typeof personSchema>;

export const hasRole = (p: Person | undefined, ...roles: Role[]) => !!p && p.roles.some((r) => roles.includes(r));
export const isRsj = (p: Person | undefined) => hasRole(p, ...RSJ_ROLES);
