import type { Person, Role } from './people.domain';

// What the directory needs from the store; src/storage implements it.

/** The directory of who is who: the only source of a user's roles and gemeente. */
export interface PeopleRepository {
  get(aadObjectId: string): Promise<Person | undefined>;
  withRole(role: Role): Promise<Person[]>;
  findByEmail(email: string): Promise<Person | undefined>;
  list(): Promise<Person[]>;
  save(person: Person): Promise<void>;
  saveMany(people: Person[]): Promise<void>;
  isEmpty(): Promise<boolean>;
}
