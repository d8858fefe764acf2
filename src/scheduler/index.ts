export { createScheduler, type JobRun, Scheduler, type SchedulerOptions } from './scheduler.js';
export { NO_HOOKS, type SchedulerHooks } from './hooks.js';
export { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from './settings.js';
export { MemoryBackend, MemoryJobRepository } from './memory-backend.js';
export { Planner } from './planner.js';
export { MatchAlerter } from './alerts.js';
export { mongoJobsBackend } from './mongo-jobs.js';
