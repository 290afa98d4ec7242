import type { Region } from '../../region';
import type { PeopleRepository } from './people.ports';
import type { FeatureRoutes } from '../feature';
import { ImportService, type ImportKind } from '../imports/import.service';
import { gebruikersImport } from './people.import';
import { peopleRoutes } from './people.routes';

export interface PeopleDeps {
  people: PeopleRepository;
  region: Region;
}

export interface PeopleFeature {
  routes: FeatureRoutes;
  importKinds: ImportKind<unknown>[];
  /** Fills an empty directory with the fictional demo users. */
  loadDemo(read: (name: string) => Promise<Buffer>): Promise<void>;
}

/** The directory of who is who: roles and gemeente, imported from `gebruikers` files. */
export function register({ people, region }: PeopleDeps): PeopleFeature {
  return {
    routes: peopleRoutes(people, region),
    importKinds: [gebruikersImport(people, region) as ImportKind<unknown>],
    async loadDemo(read) {
      if (!(await people.isEmpty())) return;
      const demoUsers = new ImportService().register(gebruikersImport(people, region, true));
      await demoUsers.importFile('gebruikers.csv', await read('gebruikers.csv'));
    },
  };
}
