import { describe, expect, it } from 'vitest';
import { checkPhoto, move } from './check-photo';

const MB = 1024 * 1024;

describe('checkPhoto', () => {
  it('accepts JPEG, PNG and WebP up to 15 MB', () => {
    expect(checkPhoto({ type: 'image/jpeg', size: 15 * MB }, 0)).toBeNull();
    expect(checkPhoto({ type: 'image/webp', size: 1 }, 19)).toBeNull();
  });

  it('refuses other types, larger files and more than 20 photos', () => {
    expect(checkPhoto({ type: 'image/gif', size: 1 }, 0)).toBe('type');
    expect(checkPhoto({ type: 'image/png', size: 15 * MB + 1 }, 0)).toBe('size');
    expect(checkPhoto({ type: 'image/png', size: 1 }, 20)).toBe('tooMany');
  });
});

describe('move', () => {
  it('swaps with the neighbour and stays put at the ends', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
