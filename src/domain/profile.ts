import type { ActivityId, Level } from './activities.js';
import type { WeeklySlot } from './availability.js';
import type { GeoPoint } from './geo.js';
import type { Handle } from './handles.js';
import type { Lang } from './language.js';
import type { CommunityId, PersonId } from './ids.js';
import type { Platform, UserKey } from './platform.js';

export type ProfileStatus = 'active' | 'paused';

export interface QuietHours {
  /** Minutes from midnight in the person's zone; may wrap past midnight (22:00–07:00). */
  readonly start: number;
  readonly end: number;
}

export interface NotificationPrefs {
  readonly matchAlerts: boolean;
  readonly quietHours: QuietHours | null;
  /** Minutes before a session; null means the deployment's defaults. Empty means no reminders. */
  readonly reminderLeadMinutes: readonly number[] | null;
  readonly weeklyDigest: boolean;
}

export interface AttendanceRecord {
  readonly attended: number;
  readonly missed: number;
  /** Consecutive attended sessions, reset by a miss. */
  readonly streak: number;
  readonly bestStreak: number;
}

/**
 * Three no-shows in a row hold a person back from matching, match alerts and new join requests
 * until `until`. `communityId` is where the last missed session belonged: its moderators hear an
 * appeal; null when it had none (nobody to appeal to).
 */
export interface NoShowPause {
  readonly since: Date;
  readonly until: Date;
  readonly communityId: CommunityId | null;
  /** Ended (its week over, or cleared by a moderator; `until` is then when): kept so the next run of misses starts after it. */
  readonly ended: boolean;
}

/** A platform account that Spotter could not reach (DMs closed, bot blocked), and since when. */
export interface Unreachable {
  readonly platform: Platform;
  readonly since: Date;
}

export interface Profile {
  readonly id: PersonId;
  /** Every platform account of this person; one person may link several platforms. */
  readonly identities: readonly UserKey[];
  /** The handles of those accounts that have one, as their platforms last reported them. */
  readonly handles: readonly Handle[];
  readonly displayName: string;
  readonly activities: readonly ActivityId[];
  readonly level: Level | null;
  /** Home location; null until set. Never shown to anyone, only `area` is. */
  readonly location: GeoPoint | null;
  readonly area: string | null;
  readonly radiusKm: number;
  readonly timeZone: string;
  /** The language the person chose with /language; null: follow the platform's. */
  readonly language: Lang | null;
  /** The language their platform last said they use (an interaction's locale, a user's language code). */
  readonly platformLanguage: Lang | null;
  readonly availability: readonly WeeklySlot[];
  readonly bio: string;
  readonly status: ProfileStatus;
  readonly notifications: NotificationPrefs;
  readonly blocked: readonly PersonId[];
  readonly attendance: AttendanceRecord;
  readonly communities: readonly CommunityId[];
  readonly unreachable: readonly Unreachable[];
  readonly noShowPause: NoShowPause | null;
  /** The last time the person used Spotter or took part in a session (bumped at most hourly). */
  readonly lastActiveAt: Date;
  /** When they were told they had gone inactive; null while active (so they are told once). */
  readonly inactiveToldAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const DEFAULT_NOTIFICATIONS: NotificationPrefs = {
  matchAlerts: true,
  quietHours: null,
  reminderLeadMinutes: null,
  weeklyDigest: false,
};

export const EMPTY_ATTENDANCE: AttendanceRecord = { attended: 0, missed: 0, streak: 0, bestStreak: 0 };

/** The person's unreachable list with `platform` marked as refusing since `since` (once per platform). */
export const withUnreachable = (p: Profile, platform: Platform, since: Date): Unreachable[] => [
  ...p.unreachable.filter((u) => u.platform !== platform),
  { platform, since },
];

/** A profile as it starts: one account, nothing chosen yet, active. */
export function blankProfile(id: PersonId, identity: UserKey, displayName: string, radiusKm: number, now: Date): Profile {
  return {
    id,
    identities: [identity],
    handles: [],
    displayName,
    activities: [],
    level: null,
    location: null,
    area: null,
    radiusKm,
    timeZone: 'UTC',
    language: null,
    platformLanguage: null,
    availability: [],
    bio: '',
    status: 'active',
    notifications: DEFAULT_NOTIFICATIONS,
    blocked: [],
    attendance: EMPTY_ATTENDANCE,
    communities: [],
    unreachable: [],
    noShowPause: null,
    lastActiveAt: now,
    inactiveToldAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** The profile says what, where and at what level: enough to match and to run what needs a profile. */
export const hasCompleteProfile = (p: Pick<Profile, 'location' | 'activities' | 'level'>): boolean =>
  p.location !== null && p.activities.length > 0 && p.level !== null;

/** A profile can be matched once it is complete, while the person is active. */
export const isMatchable = (p: Profile): boolean => p.status === 'active' && hasCompleteProfile(p);

/** Share of confirmed sessions attended; people with no history count as fully reliable. */
export const reliability = (a: AttendanceRecord): number => {
  const total = a.attended + a.missed;
  return total === 0 ? 1 : a.attended / total;
};

/** Whether a no-show pause holds the person back at `now`. */
export const pausedAt = (p: Pick<Profile, 'noShowPause'>, now: Date): boolean => p.noShowPause !== null && !p.noShowPause.ended && p.noShowPause.until > now;

/** `lastActiveAt` moves at most this often: inactivity is counted in days, a write per command would be waste. */
export const ACTIVITY_BUMP_MS = 3_600_000;

/** How long without a command or a session before a person drops out of matches and alerts. */
export const INACTIVE_DAYS = 60;

/** The instant before which a last activity counts as inactive at `now`. */
export const activeSince = (now: Date): Date => new Date(now.getTime() - INACTIVE_DAYS * 86_400_000);

/** Whether the person can appear in matches and alerts at `now`: not paused for no-shows, not inactive. */
export const availableAt = (p: Pick<Profile, 'noShowPause' | 'lastActiveAt'>, now: Date): boolean =>
  !pausedAt(p, now) && p.lastActiveAt >= activeSince(now);
