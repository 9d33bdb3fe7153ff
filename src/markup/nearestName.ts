/** Moved to src/diagnostics (every stage suggests names); kept so imports stay. */
export { nearestName } from '../diagnostics/nearestName.js';
