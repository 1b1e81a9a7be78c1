// twitter-text's per-function ES modules have no types of their own; lib/text/twitter-text.ts
// gives each the type from @types/twitter-text.
declare module 'twitter-text/dist/esm/*' {
  const fn: unknown;
  export default fn;
}
