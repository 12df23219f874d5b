import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, readWithProgress, type DownloadProgress } from './download';

function streamOf(chunks: string[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readWithProgress', () => {
  it('reports the bytes received chunk by chunk and keeps the content type', async () => {
    const seen: DownloadProgress[] = [];
    const response = new Response(streamOf(['abc', 'defg', 'h']), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
    const blob = await readWithProgress(response, (progress) => seen.push(progress));
    expect(await blob.text()).toBe('abcdefgh');
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(seen.map((p) => p.loaded)).toEqual([0, 3, 7, 8]);
    expect(seen.every((p) => p.total === null)).toBe(true);
  });

  it('measures against Content-Length when the server sends one', async () => {
    const seen: DownloadProgress[] = [];
    const response = new Response(streamOf(['12345']), { headers: { 'content-length': '5' } });
    await readWithProgress(response, (progress) => seen.push(progress));
    expect(seen.at(-1)).toEqual({ loaded: 5, total: 5 });
  });
});

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 name', () => {
    expect(filenameFromDisposition(`attachment; filename="byg360-udbud-efterspoergsel.xlsx"; filename*=UTF-8''byg360-udbud-eftersp%C3%B8rgsel.xlsx`)).toBe(
      'byg360-udbud-efterspørgsel.xlsx',
    );
  });

  it('falls back to the plain name, quoted or not', () => {
    expect(filenameFromDisposition('attachment; filename="lots.geojson"')).toBe('lots.geojson');
    expect(filenameFromDisposition('attachment; filename=lots.csv')).toBe('lots.csv');
  });

  it('keeps folders out of the name', () => {
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`)).toBe('.._.._etc_passwd');
    expect(filenameFromDisposition('inline')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });
});
