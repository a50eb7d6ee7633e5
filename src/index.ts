export { ConflictTimeline } from './element/conflict-timeline.js';
export * from './schema/index.js';
export * from './layout/index.js';
export * from './fallback/index.js';
