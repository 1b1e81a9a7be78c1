// Stands in for core-js 2 polyfills that twitter-text imports for ES5 browsers: every browser that
// runs Dinner Table has these built in, and the polyfills would triple the content script.
export {};
