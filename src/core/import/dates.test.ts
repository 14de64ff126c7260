// Datelines in Norwegian and English, and what is not one.
import { describe, expect, it } from 'vitest';
import { isoDate, isoDateOf, parseDateLine } from './dates';

describe('parseDateLine', () => {
  it.each([
    ['Publisert 23. mars 2024', '2024-03-23'],
    ['Publisert: lørdag 23. mars 2024 kl. 12.00', '2024-03-23'],
    ['23.03.2024 12:00', '2024-03-23'],
    ['2024-03-23', '2024-03-23'],
    ['Published March 23, 2024', '2024-03-23'],
    ['Published 3 Jan. 2024, 9:15 am', '2024-01-03'],
    ['23. okt. 2023', '2023-10-23'],
    ['Publisert 23. mars 2024 | Oppdatert 24. mars 2024 14:33', '2024-03-23'],
  ])('reads %s', (line, date) => {
    expect(parseDateLine(line)?.date).toBe(date);
  });

  it('says when a line dates an update', () => {
    expect(parseDateLine('Oppdatert 24. mars 2024')).toEqual({ date: '2024-03-24', updated: true });
    expect(parseDateLine('Sist oppdatert 24.03.2024')?.updated).toBe(true);
    expect(parseDateLine('Published March 23, 2024')?.updated).toBe(false);
  });

  it('leaves sentences that mention a date, and impossible dates', () => {
    expect(parseDateLine('Angrepet skjedde 22. mars 2024 i Moskva.')).toBeUndefined();
    expect(parseDateLine('I oktober 2022 skal Rahmon ha sett seg lei')).toBeUndefined();
    expect(parseDateLine('31.02.2024')).toBeUndefined();
    expect(parseDateLine('Publisert')).toBeUndefined();
  });
});

describe('isoDateOf and isoDate', () => {
  it('takes the day of a timestamp and checks it is real', () => {
    expect(isoDateOf('2024-03-23T12:00:00+01:00')).toBe('2024-03-23');
    expect(isoDateOf('2024-13-01')).toBeUndefined();
    expect(isoDateOf('yesterday')).toBeUndefined();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
  });
});
