import { configure } from '@testing-library/preact';

// findBy*/waitFor wait for an answer, not for a speed: the default second runs out on a loaded
// 2-core machine (a debounced search re-rendered after 1 s and the popup test failed). Speed is
// measured in `npm run bench`; here a wait only catches a hang.
configure({ asyncUtilTimeout: 10_000 });
