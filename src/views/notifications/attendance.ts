import type { AttendanceNotification, AttendanceSheet } from '../../domain/notifications/attendance.js';
import type { Translator } from '../../i18n/translator.js';
import type { Button, Reply } from '../../interaction/reply.js';
import type { Viewer } from './viewer.js';

type Of<K extends AttendanceNotification['kind']> = Extract<AttendanceNotification, { kind: K }>;

/** Buttons per row on every platform (Discord's limit). */
const PER_ROW = 5;

/**
 * The host's sheet: one line per seated participant (✅ came / ❌ no-show), a toggle button for
 * each and "Done". The same reply answers every press, and its buttons are in place: the one
 * message is redrawn on every platform that can edit it.
 */
export function attendanceSheetReply(t: Translator, sheet: AttendanceSheet): Reply {
  const lines = sheet.rows.map((r) => t.t(r.came ? 'attendance-row-came' : 'attendance-row-missed', { name: r.name }));
  const toggles: Button[] = sheet.rows.map((r) => ({
    label: t.t(r.came ? 'attendance-button-came' : 'attendance-button-missed', { name: r.name }),
    action: r.toggle,
    style: r.came ? 'success' : 'danger',
    inPlace: true,
  }));
  const rows: Button[][] = [];
  for (let i = 0; i < toggles.length; i += PER_ROW) rows.push(toggles.slice(i, i + PER_ROW));
  rows.push([{ label: t.t('attendance-button-done'), action: sheet.done, style: 'primary', inPlace: true }]);
  const came = sheet.rows.filter((r) => r.came).length;
  return {
    visibility: 'private',
    title: t.t('attendance-sheet-title', { title: sheet.session.title }),
    text: [
      t.t('attendance-sheet-text', { title: sheet.session.title, at: sheet.session.startsAt }),
      '',
      ...lines,
      '',
      sheet.confirmed ? t.t('attendance-sheet-confirmed', { came, total: sheet.rows.length }) : t.t('attendance-sheet-hint'),
    ].join('\n'),
    buttons: rows,
    tone: sheet.confirmed ? 'success' : 'info',
  };
}

export const ATTENDANCE_PRESENTERS = {
  'attendance-sheet': (n: Of<'attendance-sheet'>, { t }: Viewer): Reply => attendanceSheetReply(t, n),
  'attendance-paused': (n: Of<'attendance-paused'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('attendance-paused-title'),
    text: [t.t('attendance-paused-text', { count: n.missed, until: n.until }), t.t(n.appeal ? 'attendance-paused-appeal' : 'attendance-paused-no-appeal')].join('\n\n'),
    ...(n.appeal ? { buttons: [[{ label: t.t('attendance-button-appeal'), action: n.appeal, style: 'secondary' as const }]] } : {}),
    tone: 'warning',
  }),
  'attendance-pause-over': (_n: Of<'attendance-pause-over'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    text: t.t('attendance-pause-over-text'),
    tone: 'success',
  }),
  'attendance-pause-cleared': (_n: Of<'attendance-pause-cleared'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    text: t.t('attendance-pause-cleared-text'),
    tone: 'success',
  }),
  'attendance-inactive': (n: Of<'attendance-inactive'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    text: t.t('attendance-inactive-text', { days: n.days }),
    tone: 'info',
  }),
};
