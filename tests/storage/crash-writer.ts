// Child process for the crash test: writes people one by one and prints each id once the write is
// acknowledged, until it is killed.
import { createStorage } from '../../src/storage';

async function main() {
  const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: process.argv[2], COSMOS_DATABASE: 'x' }, 'ijsselland');
  for (let i = 0; ; i++) {
    const id = `crash-${i}`;
    await storage.people.save({ aadObjectId: id, name: `Persoon ${i}`, email: '', roles: ['wethouder'], demo: false });
    process.stdout.write(`${id}\n`);
  }
}
void main();
