/** A search hit as the ranking weighs it. */
export interface RankedHit {
  id: string;
  kind: string;
  coverage: number;
  rank: number;
  /** The passage speaks of the situation the question names (asked-condition.ts). */
  situation?: boolean;
}

/** The document title in a passage key (`p:<title>#<position>`, see passageKey): no store read per hit for it. */
export const titleOfKey = (key: string) => key.slice(2, key.lastIndexOf('#'));
