import type { JobDefinition } from './define.js';
import { matchDigest, profileMatchAlerts, sessionMatchAlerts } from './match-alerts.js';
import { meetingAskAgain, meetingQuestion } from './meeting-question.js';
import { nextOccurrence } from './next-occurrence.js';
import { outboxCleanup } from './outbox-cleanup.js';
import { requestExpiry } from './request-expiry.js';
import { roundEnd } from './round-end.js';
import { roundNudge } from './round-nudge.js';
import { roundRun } from './round-run.js';
import { sessionComplete } from './session-complete.js';
import { sessionReminder } from './session-reminder.js';
import { weeklyDigest } from './weekly-digest.js';
import { inactivity, pauseEnd } from './attendance.js';

export { defineJob, type JobContext, type JobDefinition, type JobOptions } from './define.js';
export { JOB, type JobName } from './names.js';
export { reminderKey } from './session-reminder.js';

/** Every job Spotter runs; the scheduler registers exactly these, in every storage mode. */
export const ALL_JOBS: readonly JobDefinition[] = [
  sessionReminder,
  requestExpiry,
  sessionComplete,
  nextOccurrence,
  sessionMatchAlerts,
  profileMatchAlerts,
  matchDigest,
  weeklyDigest,
  outboxCleanup,
  roundRun,
  roundNudge,
  roundEnd,
  meetingQuestion,
  meetingAskAgain,
  pauseEnd,
  inactivity,
];
