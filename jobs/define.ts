/** What a job is and what it works with live with the scheduler (src/scheduler/job.ts); jobs/ holds the jobs themselves. */
export * from '../src/scheduler/job.js';
