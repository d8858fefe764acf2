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
  /** A member of the community, for moderator actions (a platform may offer its member picker); otherwise like `person`. */
  | 'member'
  | 'report'
  /** A channel of the community (a platform may offer its channel picker). */
  | 'channel'
  /** A role of the community (a platform may offer its role picker). */
  | 'role';
