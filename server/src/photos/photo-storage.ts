import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PhotoRenditions } from './photo-processing.ts';

/** Where the renditions of stored photos live; on disk today, object storage when the app scales out. */
export interface PhotoStorage {
  /** The directory served under /uploads/. */
  readonly root: string;
  save(storageKey: string, renditions: PhotoRenditions): Promise<void>;
  /** Removes both renditions; a file that is already gone is not an error. */
  remove(storageKey: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** File names relative to the storage root; they match the URLs of photo-urls.ts under /uploads/. */
export function renditionFiles(storageKey: string) {
  // Keys are server-generated UUIDs; checking anyway keeps any other string out of a file path.
  if (!KEY.test(storageKey)) throw new Error(`Invalid photo storage key: ${storageKey}`);
  return { display: `lots/${storageKey}-display.webp`, thumbnail: `lots/${storageKey}-thumb.webp` };
}

export async function diskPhotoStorage(root: string): Promise<PhotoStorage> {
  const dir = path.join(root, 'lots');
  await mkdir(dir, { recursive: true });

  async function remove(storageKey: string) {
    const files = renditionFiles(storageKey);
    await Promise.all([rm(path.join(root, files.display), { force: true }), rm(path.join(root, files.thumbnail), { force: true })]);
  }

  return {
    root,
    async save(storageKey, renditions) {
      const files = renditionFiles(storageKey);
      const writes = [
        { file: path.join(root, files.display), data: renditions.display.data },
        { file: path.join(root, files.thumbnail), data: renditions.thumbnail.data },
      ].map((w) => ({ ...w, temp: path.join(dir, `.${path.basename(w.file)}.${randomUUID()}.tmp`) }));
      try {
        // Written beside the target and renamed, so a reader never sees half a file.
        await Promise.all(writes.map((w) => writeFile(w.temp, w.data, { flag: 'wx', mode: 0o644, flush: true })));
        for (const w of writes) await rename(w.temp, w.file);
      } catch (err) {
        await Promise.all(writes.map((w) => rm(w.temp, { force: true })));
        await remove(storageKey);
        throw err;
      }
    },
    remove,
  };
}
