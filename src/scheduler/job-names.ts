/** Every job's name, in one place: the planner schedules by these, the definitions register them. */
export const JOB = {
  sessionReminder: 'session-reminder',
  requestExpiry: 'session-request-expiry',
  sessionComplete: 'session-complete',
  nextOccurrence: 'session-next-occurrence',
  sessionAlerts: 'session-match-alerts',
  profileAlerts: 'profile-match-alerts',
  matchDigest: 'match-digest',
  weeklyDigest: 'weekly-digest',
  outboxCleanup: 'outbox-cleanup',
  roundRun: 'round-run',
  roundNudge: 'round-nudge',
  roundEnd: 'round-end',
  meetingQuestion: 'meeting-question',
  meetingAskAgain: 'meeting-question-again',
  pauseEnd: 'attendance-pause-end',
  inactivity: 'attendance-inactivity',
} as const;

export type JobName = (typeof JOB)[keyof typeof JOB];
