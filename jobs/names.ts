/** Job names live with the scheduler that plans them (src/scheduler/job-names.ts). */
export * from '../src/scheduler/job-names.js';
