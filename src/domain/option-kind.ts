/** What an option holds: commands declare it, adapters offer the matching input, the core suggests values. */
export type OptionKind =
  | 'text'
  | 'long-text'
  | 'integer'
  | 'boolean'
  | 'choice'
  | 'activity'
  | 'activities'
  | 'level'
  | 'place'
  | 'when'
  | 'session'
  | 'person'
  /** A member of the community, for moderator actions (Discord: its user picker); otherwise like `person`. */
  | 'member'
  | 'report'
  /** A channel of the community (Discord: its channel picker). */
  | 'channel'
  /** A role of the community (Discord: its role picker). */
  | 'role';
