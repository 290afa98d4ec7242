import type { Person, Role } from './people.domain';

// What the directory needs from the store; src/storage implements it.

/** The directory of who is who: the only source of a user's roles and gemeente. */
export interface PeopleRepository {
  get(aadObjectId: string): Promise<Person | undefined>;
  withRole(role: Role): Promise<Person[]>;
  findByEmail(email: string): Promise<Person | undefined>;
  list(): Promise<Person[]>;
  save(person: Person): Promise<void>;
  /**
   * Changes one person with a version check (ETag): when someone else changed them meanwhile,
   * `change` is applied again to what they wrote. Undefined when the person does not exist.
   */
  update(aadObjectId: string, change: (person: Person) => Person): Promise<Person | undefined>;
  saveMany(people: Person[]): Promise<void>;
  isEmpty(): Promise<boolean>;
}
