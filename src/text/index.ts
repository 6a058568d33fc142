export * from './normalize.ts';
export * from './letters.ts';
export * from './numbers.ts';
export * from './sentences.ts';
