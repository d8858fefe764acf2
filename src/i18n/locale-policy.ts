import type { Community } from '../domain/community.js';
import type { Profile } from '../domain/profile.js';
import { type Locale, pickLocale } from './languages.js';

/**
 * Whose language a message is in: the person's choice (/language), else what their platform says
 * (in this very event, or as last seen), else the community's default, else English. What is posted
 * in a channel or group speaks the community's default.
 */
export class LocalePolicy {
  /** `forced`: every message in this locale (tests run everything in pseudo-English with it). */
  constructor(private readonly forced: Locale | null = null) {}

  /** The person acting now; `platformLocale` is what this event's platform said. */
  invoker(me: Pick<Profile, 'language' | 'platformLanguage'>, platformLocale: string | null | undefined, community: Community | null): Locale {
    return this.forced ?? pickLocale(me.language, platformLocale, me.platformLanguage, community?.settings.language);
  }

  /** Someone a notification is delivered to, later and elsewhere. */
  recipient(p: Pick<Profile, 'language' | 'platformLanguage'>): Locale {
    return this.forced ?? pickLocale(p.language, p.platformLanguage);
  }

  /**
   * What a platform adapter says on its own (an apology, a form's labels) before the person is
   * looked up: the language their platform reports in this event.
   */
  platform(tag: string | null | undefined): Locale {
    return this.forced ?? pickLocale(tag);
  }

  /**
   * What a platform adapter says on its own to one person (an apology, a form's labels, "these
   * choices expired"): the language they chose with /language, else the one their platform reports
   * in this event.
   */
  adapter(chosen: string | null | undefined, tag: string | null | undefined): Locale {
    return this.forced ?? pickLocale(chosen, tag);
  }

  /** What an adapter posts in a group or channel on its own (its welcome): the community's default, else the platform's. */
  group(c: Community | null, tag: string | null | undefined): Locale {
    return this.forced ?? pickLocale(c?.settings.language, tag);
  }

  /** A post in a community's channel or group. */
  community(c: Community | null): Locale {
    return this.forced ?? pickLocale(c?.settings.language);
  }
}
