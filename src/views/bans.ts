import type { ReportView } from '../core/moderation-reports.js';
import type { WorkoutSession } from '../domain/session.js';
import { type Button, type Reply, timeTag } from '../interaction/reply.js';

/**
 * What bans, reports pushed to moderators and /delete-me say. The core decides; these words are
 * all the people involved ever see of it.
 */

/** Stands in for an erased person's name in audit entries about them. */
export const ERASED_NAME = '[deleted member]';
/** Stands in for the words of a report whose reporter erased their data (the report itself stays). */
export const ERASED_REPORT_REASON = '[removed: the reporter deleted their data]';

/** The reason participants read when a banned host's session is called off: no ban reason, no names. */
export const BANNED_HOST_REASON = 'its host can no longer take part in this community';

/** Told once, privately, to the person banned: what it means, not who did it or why. */
export const bannedNotice = (communityName: string): Reply => ({
  visibility: 'private',
  title: 'You can no longer take part here',
  text:
    `You are banned from **${communityName}** on Spotter: its sessions, matches, buddy requests and messages are closed to you. ` +
    'Your upcoming sessions there were cancelled and your places and join requests there withdrawn. Other communities are not affected.',
  tone: 'warning',
});

export interface BanSummary {
  readonly name: string;
  readonly id: string;
  readonly already: boolean;
  readonly cancelled: number;
  readonly left: number;
  readonly withdrawn: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The moderator's answer to /ban. */
export function banDoneReply(s: BanSummary, undo: Button): Reply {
  const effects = [
    s.cancelled ? `cancelled ${count(s.cancelled, 'session they hosted', 'sessions they hosted')} (participants told)` : '',
    s.left ? `freed ${count(s.left, 'seat or waitlist place', 'seats and waitlist places')}` : '',
    s.withdrawn ? `withdrew ${count(s.withdrawn, 'join request', 'join requests')}` : '',
  ].filter(Boolean);
  return {
    visibility: 'private',
    text:
      `${s.already ? 'Updated the ban of' : 'Banned'} **${s.name}** (id ${s.id}). They can't be matched, connect, message or post here any more, ` +
      `even from a new profile on the same accounts.${effects.length ? ` Also ${effects.join(', ')}.` : ''}${s.already ? '' : ' They were told privately, without your name.'}`,
    tone: 'success',
    buttons: [[undo]],
  };
}

/** Pushed to each moderator who can be reached when a report arrives. */
export function reportArrivedNotice(communityName: string, view: ReportView, open: Button): Reply {
  return {
    visibility: 'private',
    title: `New report in ${communityName}`,
    text: `${view.reporterName} reported ${timeTag(view.report.createdAt, 'R')}.`,
    fields: [
      { name: 'About', value: view.subject.slice(0, 1024) },
      { name: 'Reason', value: view.report.reason.slice(0, 1024) },
    ],
    tone: 'warning',
    buttons: [[open]],
  };
}

/** One report opened from its notice; acting on it happens in the community. */
export function reportOpenReply(communityName: string, view: ReportView): Reply {
  const state = view.report.state;
  return {
    visibility: 'private',
    title: `Report in ${communityName}`,
    text:
      state.status === 'open'
        ? `Open. In ${communityName}, /reports lists it with a Resolve button; /ban person: <id> reason: … bans.`
        : `Already resolved ${timeTag(state.at, 'R')}: ${state.resolution}`,
    fields: [
      { name: `Reported ${timeTag(view.report.createdAt, 'R')} by ${view.reporterName}`, value: view.subject.slice(0, 1024) },
      { name: 'Reason', value: view.report.reason.slice(0, 1024) },
    ],
  };
}

/** To participants, waitlisted people and requesters of a session whose host deleted their data. */
export const hostErasedNotice = (s: WorkoutSession): Reply => ({
  visibility: 'private',
  title: 'Session cancelled',
  text: `**${s.title}** on ${timeTag(s.startsAt, 'F')} has been cancelled: its host left Spotter.`,
  tone: 'warning',
});

export const promotedAfterErasureNotice = (s: WorkoutSession): Reply => ({
  visibility: 'private',
  title: 'You are in!',
  text: `A seat opened up in **${s.title}** and it is yours.`,
  tone: 'success',
});
