import { describe, expect, it } from 'vitest';
import { accountHref, parseHash } from './route';

describe('parseHash', () => {
  it('reads a page of the navigation', () => {
    expect(parseHash('#/scenario')).toEqual({ page: 'scenario', accountId: null });
    expect(parseHash('#prioritisation')).toEqual({ page: 'prioritisation', accountId: null });
  });

  it('falls back to the portfolio for an empty, unknown or id-less account hash', () => {
    expect(parseHash('')).toEqual({ page: 'portfolio', accountId: null });
    expect(parseHash('#/nowhere')).toEqual({ page: 'portfolio', accountId: null });
    expect(parseHash('#/account/')).toEqual({ page: 'portfolio', accountId: null });
  });

  it('round-trips any account id through accountHref, and keeps a malformed escape as typed', () => {
    for (const id of ['acc-001', 'a/b c', 'Zürich %', 42]) {
      expect(parseHash(accountHref(id))).toEqual({ page: 'account', accountId: String(id) });
    }
    expect(parseHash('#/account/100%')).toEqual({ page: 'account', accountId: '100%' });
  });
});
