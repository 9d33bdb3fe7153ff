export type { Problem, ProblemCode, Severity } from './problem.js';
export { BriefingError, isBriefingError } from './briefingError.js';
export { formatProblem } from './formatProblem.js';
export { nearestName } from './nearestName.js';
