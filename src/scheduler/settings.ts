/** What the scheduler and its jobs need from the deployment's configuration (given by main). */
export interface SchedulerSettings {
  /** Default reminder lead times, minutes before a session (`SESSION_REMINDERS`). */
  readonly reminderLeadMinutes: readonly number[];
  /** Instant match alerts per person per local day (`MATCH_ALERTS_PER_DAY`); the rest go into a digest. */
  readonly matchAlertsPerDay: number;
  /** A match is alerted from this score (0–1) up (`MATCH_ALERT_MIN_SCORE`, in percent there). */
  readonly matchAlertMinScore: number;
  /** Local hour when a day's folded match alerts go out as one digest. */
  readonly matchDigestHour: number;
  /** Local weekday (ISO, 1 = Monday) and hour of the opt-in weekly digest. */
  readonly weeklyDigestWeekday: number;
  readonly weeklyDigestHour: number;
  /** Minutes after a session's end before it is completed and the check-in goes out. */
  readonly checkInDelayMinutes: number;
  /** How many of the nearest people one profile or session change may alert. */
  readonly alertPool: number;
  /** Profile edits come in bursts (the setup wizard): alerts run once this long after the last one. */
  readonly profileAlertDebounceMs: number;
  /** Settled outbox items are kept this long (dedupe keys with them). */
  readonly outboxRetentionDays: number;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  reminderLeadMinutes: [1440, 60],
  matchAlertsPerDay: 3,
  matchAlertMinScore: 0.6,
  matchDigestHour: 19,
  weeklyDigestWeekday: 1,
  weeklyDigestHour: 8,
  checkInDelayMinutes: 15,
  alertPool: 1000,
  profileAlertDebounceMs: 60_000,
  outboxRetentionDays: 30,
};
