/** The part of the `stopword` package this project uses (it ships no types). */
declare module 'stopword' {
  /** Snowball French stopwords. */
  export const fra: string[];
}
