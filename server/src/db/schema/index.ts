export * from './municipalities.ts';
export * from './organisations.ts';
export * from './users.ts';
export * from './refresh-tokens.ts';
export * from './rate-limits.ts';
export * from './material-categories.ts';
