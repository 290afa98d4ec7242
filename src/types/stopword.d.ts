declare module 'stopword' {
  /** Dutch stop words. */
  export const nld: string[];
}
