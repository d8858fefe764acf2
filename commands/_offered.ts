import { offeredCommands } from '../src/interaction/offered.js';
import attendanceAppeal from './attendance-appeal.js';
import attendanceDone from './attendance-done.js';
import attendanceToggle from './attendance-toggle.js';
import block from './block.js';
import buddyAccept from './buddy-accept.js';
import buddyDecline from './buddy-decline.js';
import calendar from './calendar.js';
import checkin from './checkin.js';
import connect from './connect.js';
import help from './help.js';
import join from './join.js';
import leave from './leave.js';
import match from './match.js';
import met from './met.js';
import msg from './msg.js';
import mySessions from './my-sessions.js';
import notifications from './notifications.js';
import plan from './plan.js';
import planAccept from './plan-accept.js';
import planPropose from './plan-propose.js';
import report from './report.js';
import reportOpen from './report-open.js';
import requestAccept from './request-accept.js';
import requestDecline from './request-decline.js';
import runningLate from './running-late.js';
import sessionChat from './session-chat.js';
import sessions from './sessions.js';
import setup from './setup.js';

/**
 * The command behind each kind of button the core offers (src/domain/offered-action.ts). Checked
 * by the typecheck: every kind mapped, to the command of that name, whose options take the kind's
 * values. Read after every command has loaded (the registry's check and the tests), never while
 * the commands load. (A file starting with "_" is no command of its own.)
 */
export const OFFERED_COMMANDS = offeredCommands({
  join,
  leave,
  calendar,
  'request-accept': requestAccept,
  'request-decline': requestDecline,
  'session-chat': sessionChat,
  checkin,
  'running-late': runningLate,
  'attendance-toggle': attendanceToggle,
  'attendance-done': attendanceDone,
  'attendance-appeal': attendanceAppeal,
  connect,
  'buddy-accept': buddyAccept,
  'buddy-decline': buddyDecline,
  msg,
  block,
  report,
  met,
  plan,
  'plan-accept': planAccept,
  'plan-propose': planPropose,
  'report-open': reportOpen,
  setup,
  match,
  sessions,
  'my-sessions': mySessions,
  help,
  notifications,
});
