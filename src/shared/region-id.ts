/**
 * What a region id may be: it names SQLite tables ("knowledge_fts:<region>") and prefixes store keys
 * (`<region>/<key>`), so it holds no quote, slash or space.
 */
export const REGION_ID = /^[a-z0-9-]+$/;
