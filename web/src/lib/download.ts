/** Reading a streamed file from the API with progress, and handing it to the browser as a download. */

export interface DownloadProgress {
  /** Bytes received so far. */
  loaded: number;
  /** From Content-Length; null when the server streams without one (the report exports do). */
  total: number | null;
}

/** Reads the body chunk by chunk, so that a large export can show how far it has come. */
export async function readWithProgress(response: Response, onProgress?: (progress: DownloadProgress) => void): Promise<Blob> {
  const header = response.headers.get('content-length');
  const total = header && /^\d+$/.test(header) ? Number(header) : null;
  const type = response.headers.get('content-type') ?? '';
  if (!response.body) {
    const blob = await response.blob();
    onProgress?.({ loaded: blob.size, total });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress?.({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.({ loaded, total });
  }
  return new Blob(chunks, { type });
}

/**
 * The file name of a Content-Disposition header: the RFC 6266 `filename*` (UTF-8, percent-encoded)
 * when present, else the plain `filename`; null when there is neither.
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return sanitiseFilename(decodeURIComponent(extended[1].trim()));
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  const name = plain?.[1] ?? plain?.[2];
  return name ? sanitiseFilename(name) : null;
}

/** No folders, no control characters: only a name for the downloads folder. */
function sanitiseFilename(name: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[/\\\u0000-\u001f]/g, '_').trim();
  return clean && clean !== '.' && clean !== '..' ? clean : null;
}

/** Saves a blob under a name through a temporary object URL and a download link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
