/**
 * Containers several regions share on one Cosmos account (users, ...) carry the region in every key
 * and look-up tag, so one region's point reads, tag queries and writes never reach another's documents.
 * Region ids are `[a-z0-9-]+`, so the `/` after one cannot be part of it.
 */
export const regionKey = (region: string, key: string) => `${region}/${key}`;

/** A tag that finds only the region's documents (`ijsselland/role:wethouder`). */
export const regionTag = (region: string, tag: string) => `${region}/${tag}`;

const SCOPED = /^[a-z0-9-]+\//;

/** Keys written before the region was part of them (an upgraded store) have no `<region>/` in front. */
export const isRegionScoped = (pk: string) => SCOPED.test(pk);

/** The key without its region, as the feature named it. */
export const withoutRegion = (pk: string) => pk.replace(SCOPED, '');
