export * from './errors';
export * from './map';
export * from './parse-ytd';
export * from './read-zip';
export * from './types';
export * from './worker-protocol';
