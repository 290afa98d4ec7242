/** Text to match literally inside a regular expression built from it ("POH-jeugd", "t.a.v."). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
