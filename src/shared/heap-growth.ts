import { setFlagsFromString } from 'node:v8';

/**
 * How far the old generation may grow past what the last full GC found alive, in percent.
 *
 * V8's own factor adapts between 1.1x and 4x of the live heap and leans to 4x for a small, fast heap like
 * ours. Every turn through botbuilder promotes ~33 KB that dies soon after (1000 help turns: ~33 MB), so
 * under the default the process carries up to three times its live heap as dead objects, and its RSS
 * depends on when the one full GC of the hour falls. At 20 % the dead share stays at about a fifth of
 * the live heap: a full GC of our ~80 MB heap every few hundred turns (mostly concurrent, a pause of
 * ~10-40 ms), for ~70 MB less RSS. Figures: notes of issue 10.
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Applied by src/index.ts once the bot listens, so start-up keeps V8's default and every process started
 * as production starts it (App Service, npm start, the benches) runs with it. V8 reads the flag each
 * time it sets the next limit, after a full GC.
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
