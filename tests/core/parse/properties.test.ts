import { english } from '../../support/say.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAvailability } from '../../../src/core/parse/availability.js';
import { parseCoordinateText, targetOfLink } from '../../../src/core/parse/coordinates.js';
import { countriesNamed, normaliseName, placesNamed, regionsNamed } from '../../../src/core/parse/gazetteer.js';
import { placeFromCoordinates, resolveLocation, warmGazetteer } from '../../../src/core/parse/location.js';
import { parseDurationMinutes, parseStartTime } from '../../../src/core/parse/when.js';
import { parseDay, resolveSessionPlace } from '../../../src/core/sessions-input.js';
import type { Result } from '../../../src/result.js';
import { parseLeadTimes, parseQuietHours } from '../../../src/views/notification-prefs.js';
import { T0 } from '../../support/fixtures.js';
import { adversarialText, beyond } from '../../support/adversarial.js';

/**
 * Every parser of what people type, fed adversarial text up to and beyond the longest an option
 * lets through: none throws, and each answers with a value or a user error that says something.
 */
warmGazetteer();

function expectValueOrUserError<T>(r: Result<T>): void {
  if (!r.ok) {
    expect(english(r.error.message).length).toBeGreaterThan(10);
    expect(['invalid-input', 'not-found']).toContain(r.error.code);
  }
}

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Pacific/Chatham'] as const;

describe('parsers never throw on adversarial text', () => {
  it('GIVEN any text WHEN read as weekly availability THEN valid windows or a user error', () => {
    fc.assert(
      fc.property(adversarialText(beyond(300)), (text) => {
        const r = parseAvailability(text);
        expectValueOrUserError(r);
        if (r.ok) for (const s of r.value) expect(s.day >= 1 && s.day <= 7 && s.start >= 0 && s.start < s.end && s.end <= 1440).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN any text WHEN read as coordinates THEN a finite pair, "malformed" or nothing', () => {
    fc.assert(
      fc.property(adversarialText(beyond(200)), (text) => {
        const r = parseCoordinateText(text);
        if (r !== null && r !== 'malformed') expect(Number.isFinite(r.lat) && Number.isFinite(r.lng)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('GIVEN any text after a map link WHEN the link is read THEN a point, a query, "short" or nothing', () => {
    const prefixes = ['https://www.google.com/maps/', 'https://maps.google.de/maps?q=', 'geo:', 'geo:0,0?q=', 'https://www.openstreetmap.org/#map=', 'https://maps.apple.com/?ll=', 'https://example.com/?lat='];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), adversarialText(2000), (prefix, rest) => {
        let url: URL;
        try {
          url = new URL(prefix + rest);
        } catch {
          return; // not a URL at all: resolveLocation answers that one itself
        }
        const t = targetOfLink(url);
        expect(t === null || t === 'short' || 'query' in t || ('lat' in t && typeof t.lat === 'number')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN any text WHEN resolved as a location THEN a place, a choice of places or a user error', () => {
    fc.assert(
      fc.property(adversarialText(beyond(200)), (text) => {
        const r = resolveLocation(text);
        expectValueOrUserError(r);
        if (r.ok && r.value.kind === 'found') expect(r.value.place.label).not.toMatch(/\d+\.\d{3}/);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN any numbers WHEN made a place THEN a place or a user error', () => {
    fc.assert(fc.property(fc.double(), fc.double(), (lat, lng) => expectValueOrUserError(placeFromCoordinates(lat, lng))), { numRuns: 300 });
  });

  it('GIVEN any text WHEN looked up in the gazetteer THEN lists, never a throw', () => {
    fc.assert(
      fc.property(adversarialText(beyond(200)), (text) => {
        expect(typeof normaliseName(text)).toBe('string');
        expect(Array.isArray(placesNamed(normaliseName(text)))).toBe(true);
        expect(Array.isArray(countriesNamed(text))).toBe(true);
        expect(Array.isArray(regionsNamed(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN any text in any zone WHEN read as a start time or a day THEN an instant in range, or a user error', () => {
    fc.assert(
      fc.property(adversarialText(beyond(100)), fc.constantFrom(...ZONES), (text, zone) => {
        const start = parseStartTime(text, zone, T0);
        expectValueOrUserError(start);
        if (start.ok) expect(start.value.getTime()).toBeGreaterThanOrEqual(T0.getTime());
        expectValueOrUserError(parseDay(text, zone, T0));
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN any text WHEN read as a duration, quiet hours or reminder lead times THEN a value or a user error', () => {
    fc.assert(
      fc.property(adversarialText(beyond(40)), (text) => {
        const d = parseDurationMinutes(text);
        expectValueOrUserError(d);
        if (d.ok) expect(d.value >= 10 && d.value <= 600).toBe(true);
        expectValueOrUserError(parseQuietHours(text));
        expectValueOrUserError(parseLeadTimes(text));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN any text WHEN resolved as a session place (curated places first) THEN a place, options or a user error', () => {
    fc.assert(fc.property(adversarialText(beyond(200)), (text) => expectValueOrUserError(resolveSessionPlace(text, null))), { numRuns: 200 });
  });

  it('GIVEN the input that stalled the old coordinate pattern WHEN parsed THEN it is simply not coordinates', () => {
    expect(parseCoordinateText(`1${' '.repeat(196)}x!`)).toBeNull();
    const r = resolveLocation(`1${' '.repeat(196)}x!`);
    expect(r.ok).toBe(false);
  });
});
