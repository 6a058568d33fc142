export * from './record.ts';
export * from './flag.ts';
export * from './report.ts';
