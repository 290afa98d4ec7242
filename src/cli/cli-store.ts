import type { Config } from '../config';
import { ConfigError } from '../config';
import { type Storage, type StoreConfig, createStorage, openDocumentStore } from '../storage';
import type { DocumentStore } from '../storage/document-store';

/**
 * The repositories of REGION on the store the bot uses (same STORAGE, DATA_DIR or Cosmos settings), for
 * one CLI run, closed whatever happens. Without a local knowledge copy: a CLI searches nothing, and on
 * Cosmos the copy would be a new folder in the temp dir filled with every passage of the region.
 */
export async function withStorage<T>(config: Config, run: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await createStorage(config, config.REGION, undefined, { knowledgeCopy: false });
  try {
    return await run(storage);
  } finally {
    await storage.close();
  }
}

/** The document store itself, for maintenance over every container and region (forget, migrate). */
export async function withDocumentStore<T>(config: StoreConfig, run: (store: DocumentStore) => Promise<T>): Promise<T> {
  const store = await openDocumentStore(config);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export interface CliFailure {
  /** Dutch words in front of an unexpected error ("Import mislukt"). */
  failed: string;
  /** Errors whose message is already meant for the administrator (besides ConfigError). */
  known?: (new (...args: never[]) => Error)[];
  /** A line after every failure ("Er is niets gewijzigd."). */
  after?: string;
}

/** Runs a CLI as the process: exits with its code, or writes a Dutch message to stderr and exits with 1. */
export function runAsProcess(main: () => Promise<number>, failure: CliFailure): void {
  main()
    .then((code) => process.exit(code))
    .catch((err: Error) => {
      const known = [ConfigError, ...(failure.known ?? [])].some((type) => err instanceof type);
      process.stderr.write(`${known ? err.message : `${failure.failed}: ${err.message}`}\n${failure.after ? `${failure.after}\n` : ''}`);
      process.exit(1);
    });
}
