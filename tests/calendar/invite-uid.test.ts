import { describe, expect, it } from 'vitest';
import { bodySlug, inviteUid } from '../../src/calendar/invite-uid';

describe('inviteUid', () => {
  it('is "<body-slug>-<date>@<host>"', () => {
    expect(inviteUid('LSCSB', '2023-12-15T10:00', 'bot.example.org')).toBe('lscsb-2023-12-15@bot.example.org');
    expect(inviteUid('LSCSB', '2023-12-15', 'Bot.Example.ORG.')).toBe('lscsb-2023-12-15@bot.example.org');
  });

  it('depends only on the body and the original date: the time of day does not change it', () => {
    const a = inviteUid('LSCSB', '2023-12-15T10:00', 'bot.example.org');
    expect(inviteUid('LSCSB', '2023-12-15T14:30', 'bot.example.org')).toBe(a);
    expect(inviteUid(' lscsb ', '2023-12-15T10:00:00', 'bot.example.org')).toBe(a);
    // A reschedule must pass the ORIGINAL date: the new date would be another meeting.
    expect(inviteUid('LSCSB', '2023-12-18T10:00', 'bot.example.org')).not.toBe(a);
  });

  it('slugs names: accents dropped, punctuation to "-", long names cut with a hash, non-Latin names hashed', () => {
    expect(bodySlug('Leeds Safer Communities Strategic Board')).toBe('leeds-safer-communities-strategic-board');
    expect(bodySlug('Pwyllgor Craffu — Iechyd & Lles')).toBe('pwyllgor-craffu-iechyd-lles');
    expect(bodySlug('Comité de Sécurité')).toBe('comite-de-securite');
    const long1 = bodySlug('West Yorkshire Combined Authority Police and Crime Panel Scrutiny Sub-Committee A');
    const long2 = bodySlug('West Yorkshire Combined Authority Police and Crime Panel Scrutiny Sub-Committee B');
    expect(long1).toMatch(/^west-yorkshire-combined-authority-police-[0-9a-f]{8}$/);
    expect(long1).not.toBe(long2);
    expect(bodySlug('مجلس السلامة')).toMatch(/^body-[0-9a-f]{8}$/);
    expect(bodySlug('مجلس السلامة')).toBe(bodySlug('مجلس السلامة'));
  });

  it('gives UIDs safe for the renderer (no spaces, quotes, ";" or line breaks)', () => {
    for (const body of ['A;B', 'x\r\nEND:VEVENT', '"quoted"', 'Board, Panel']) {
      expect(inviteUid(body, '2024-01-05', 'h.example')).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}@h\.example$/);
    }
  });

  it('rejects dates and hosts it cannot use', () => {
    expect(() => inviteUid('LSCSB', '15/12/2023', 'bot.example.org')).toThrow(RangeError);
    expect(() => inviteUid('LSCSB', '2023-02-30', 'bot.example.org')).toThrow(RangeError);
    expect(() => inviteUid('LSCSB', '2023-12-15', 'bot.example.org:3978')).toThrow(RangeError);
    expect(() => inviteUid('LSCSB', '2023-12-15', 'bad host')).toThrow(RangeError);
    expect(() => inviteUid('LSCSB', '2023-12-15', '')).toThrow(RangeError);
  });
});
