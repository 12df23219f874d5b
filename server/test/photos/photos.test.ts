import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/build.ts';
import { bearer, buildTestApp, json, login, uniqueEmail, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let dataDir: string;
let lotsDir: string;
let contractor: string;
let projectId: string;
let lotTemplate: Record<string, unknown>;
let closedLotId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'byg360-photos-test-'));
  lotsDir = path.join(dataDir, 'uploads', 'lots');
  // With DATA_DIR set, photos go to DATA_DIR/uploads, as in production.
  t = await buildTestApp({ dataDir });
  contractor = (await login(t.app, 'contractor@demo.byg360.dk')).token;
  const projects = json(await t.app.inject({ method: 'GET', url: '/api/projects?mine=true', headers: bearer(contractor) })).projects;
  const active = projects.find((p: { status: string }) => p.status !== 'completed');
  const completed = projects.find((p: { status: string }) => p.status === 'completed');
  projectId = active.id;
  const [lot] = json(await t.app.inject({ method: 'GET', url: `/api/projects/${projectId}/lots`, headers: bearer(contractor) })).lots;
  lotTemplate = { categoryId: lot.category.id, quantity: lot.quantity, unit: lot.unit, condition: lot.condition };
  const closed = json(await t.app.inject({ method: 'GET', url: `/api/projects/${completed.id}/lots`, headers: bearer(contractor) })).lots;
  closedLotId = closed.find((l: { status: string }) => l.status === 'closed').id;
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A fresh lot of the demo contractor, so that tests do not see each other's photos. */
async function newLot(status: 'draft' | 'published' = 'published'): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/lots`,
    headers: bearer(contractor),
    payload: { ...lotTemplate, title: `Fotoparti ${uniqueEmail()}`, status },
  });
  expect(res.statusCode).toBe(201);
  return json(res).id;
}

const form = (data: Buffer, filename = 'photo.jpg', type = 'image/jpeg', field = 'file') => {
  const body = new FormData();
  body.append(field, new Blob([new Uint8Array(data)], { type }), filename);
  return body;
};

const upload = (lotId: string, body: FormData | object, token: string | null = contractor) =>
  t.app.inject({ method: 'POST', url: `/api/lots/${lotId}/photos`, headers: token ? bearer(token) : {}, payload: body as never });

const storedFiles = async () => (await readdir(lotsDir)).sort();
const photoRowCount = async () => (await t.database.db.query.lotPhotos.findMany()).length;

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#a33' } });
const jpeg = (width = 800, height = 600) => solid(width, height).jpeg().toBuffer();

/** The tag numbers of the GPS directory of an EXIF block, read straight from its TIFF structure. */
function gpsTags(exif: Buffer): number[] {
  const tiff = exif.toString('latin1', 0, 6) === 'Exif\0\0' ? exif.subarray(6) : exif;
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const entries = (ifd: number) => Array.from({ length: u16(ifd) }, (_, i) => ifd + 2 + 12 * i);
  const pointer = entries(u32(4)).find((e) => u16(e) === 0x8825);
  return pointer === undefined ? [] : entries(u32(pointer + 8)).map(u16);
}

describe('uploading a photo', () => {
  it('re-encodes a JPEG as WebP without any metadata, GPS included, and serves it with long cache headers', async () => {
    const original = await solid(800, 600)
      .jpeg()
      .withExif({
        IFD0: { Make: 'Testkamera', Artist: 'Hemmelig Person' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 6/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '14/1 42/1 0/1', GPSMapDatum: 'WGS-84' },
      })
      .withIccProfile('p3')
      .toBuffer();
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    expect(gpsTags(before.exif!)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
    expect(before.icc).toBeDefined();

    const lotId = await newLot();
    const res = await upload(lotId, form(original));
    expect(res.statusCode, res.body).toBe(201);
    const photo = json(res);
    expect(photo).toMatchObject({ width: 800, height: 600, isCover: true, position: 0 });
    expect(photo.url).toMatch(/^\/uploads\/lots\/[0-9a-f-]{36}-display\.webp$/);
    expect(photo.thumbnailUrl).toBe(photo.url.replace('-display.webp', '-thumb.webp'));

    const served = await t.app.inject({ method: 'GET', url: photo.url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const display = await sharp(served.rawPayload).metadata();
    expect(display).toMatchObject({ format: 'webp', width: 800, height: 600, hasProfile: false });
    expect(display.exif).toBeUndefined();
    expect(display.icc).toBeUndefined();
    expect(display.xmp).toBeUndefined();
    expect(served.rawPayload.includes('WGS-84')).toBe(false);
    expect(served.rawPayload.includes('Hemmelig')).toBe(false);

    const thumb = await t.app.inject({ method: 'GET', url: photo.thumbnailUrl });
    expect(thumb.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(thumbMeta).toMatchObject({ format: 'webp', width: 400, height: 400 });
    expect(thumbMeta.exif).toBeUndefined();

    const key = photo.url.split('/').pop().replace('-display.webp', '');
    expect(await storedFiles()).toEqual(expect.arrayContaining([`${key}-display.webp`, `${key}-thumb.webp`]));

    const lot = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}`, headers: bearer(contractor) }));
    expect(lot.photos).toEqual([photo]);
    const history = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}/history`, headers: bearer(contractor) }));
    expect(history.events.at(-1)).toMatchObject({ kind: 'photo_added', changes: { photo: { from: null, to: photo.id } } });
  });

  it('applies the EXIF orientation and shrinks a large photo to fit 1600 × 1600', async () => {
    const original = await solid(4000, 3000).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const res = await upload(await newLot(), form(original));
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ width: 1200, height: 1600 });
    const served = await sharp((await t.app.inject({ method: 'GET', url: json(res).url })).rawPayload).metadata();
    expect(served).toMatchObject({ width: 1200, height: 1600 });
    expect(served.orientation).toBeUndefined();
  });

  it('accepts PNG and WebP whatever the file is called; later photos are not the cover', async () => {
    const lotId = await newLot();
    const png = await upload(lotId, form(await solid(300, 200).png().toBuffer(), 'scan.bin', 'application/octet-stream'));
    expect(png.statusCode).toBe(201);
    expect(json(png)).toMatchObject({ width: 300, height: 200, isCover: true, position: 0 });
    const webp = await upload(lotId, form(await solid(640, 480).webp().toBuffer(), 'photo.jpg', 'image/jpeg'));
    expect(webp.statusCode).toBe(201);
    expect(json(webp)).toMatchObject({ width: 640, height: 480, isCover: false, position: 1 });
  });

  it.each([
    ['a text file named photo.jpg', async () => Buffer.from('just some text, not a photo\n'.repeat(50))],
    ['a GIF', () => solid(20, 20).gif().toBuffer()],
    ['an SVG', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')],
    ['a TIFF', () => solid(20, 20).tiff().toBuffer()],
    ['a truncated JPEG', async () => (await jpeg()).subarray(0, 400)],
    ['a JPEG header followed by garbage', async () => Buffer.concat([(await jpeg()).subarray(0, 600), Buffer.alloc(4000, 0x41)])],
  ])('refuses %s with 415 and stores nothing', async (_, make) => {
    const lotId = await newLot();
    const [files, rows] = [await storedFiles(), await photoRowCount()];
    const res = await upload(lotId, form(await make()));
    expect(res.statusCode).toBe(415);
    expect(json(res).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(json(res).error.message).toContain('JPEG, PNG or WebP');
    expect(await storedFiles()).toEqual(files);
    expect(await photoRowCount()).toBe(rows);
  });

  it('refuses a file over 15 MB with 413 and stores nothing', async () => {
    const lotId = await newLot();
    const [files, rows] = [await storedFiles(), await photoRowCount()];
    const big = Buffer.concat([await jpeg(), Buffer.alloc(16 * 1024 * 1024, 0x42)]);
    const res = await upload(lotId, form(big));
    expect(res.statusCode).toBe(413);
    expect(json(res).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('15 MB') });
    expect(await storedFiles()).toEqual(files);
    expect(await photoRowCount()).toBe(rows);
  });

  it('refuses an image of more than 50 megapixels before decoding it', async () => {
    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#fff' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(await newLot(), form(bomb, 'bomb.png', 'image/png'));
    expect(res.statusCode).toBe(413);
    expect(json(res).error.message).toContain('8000 × 7000');
  });

  it('refuses a request that is not multipart, has no file, or puts it in another field', async () => {
    const lotId = await newLot();
    const asJson = await upload(lotId, { file: 'not a file' });
    expect(asJson.statusCode).toBe(415);
    expect(json(asJson).error.message).toContain('multipart/form-data');

    const noFile = new FormData();
    noFile.append('title', 'no photo here');
    const empty = await upload(lotId, noFile);
    expect(empty.statusCode).toBe(400);
    expect(json(empty).error.fields).toEqual([expect.objectContaining({ path: 'file' })]);

    const wrongField = await upload(lotId, form(await jpeg(), 'photo.jpg', 'image/jpeg', 'image'));
    expect(wrongField.statusCode).toBe(400);

    const two = form(await jpeg());
    two.append('file', new Blob([new Uint8Array(await jpeg())], { type: 'image/jpeg' }), 'second.jpg');
    const twoFiles = await upload(lotId, two);
    expect(twoFiles.statusCode).toBe(400);
    expect(json(twoFiles).error.message).toContain('one photo per request');

    const raw = await t.app.inject({ method: 'POST', url: `/api/lots/${lotId}/photos`, headers: { ...bearer(contractor), 'content-type': 'image/jpeg' }, payload: await jpeg() });
    expect(raw.statusCode).toBe(415);
    expect(json(raw).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('lets simultaneous uploads end with one cover and distinct positions', async () => {
    const lotId = await newLot();
    const small = await solid(16, 16).png().toBuffer();
    const results = await Promise.all(Array.from({ length: 6 }, () => upload(lotId, form(small, 'p.png', 'image/png'))));
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const photos = results.map((r) => json(r));
    expect(photos.filter((p) => p.isCover)).toHaveLength(1);
    expect(photos.map((p) => p.position).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('allows at most 20 photos per lot, and leaves no files behind for the refused ones', async () => {
    const lotId = await newLot();
    const small = await solid(16, 16).png().toBuffer();
    for (let i = 0; i < 19; i++) expect((await upload(lotId, form(small, 'p.png', 'image/png'))).statusCode).toBe(201);
    const files = await storedFiles();
    // Racing for the last place: the losers may already have written their files when the database says no.
    const results = await Promise.all(Array.from({ length: 3 }, () => upload(lotId, form(small, 'p.png', 'image/png'))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(json(results.find((r) => r.statusCode === 409)!).error.message).toContain('at most 20 photos');
    const added = json(results.find((r) => r.statusCode === 201)!).url.split('/').pop().replace('-display.webp', '');
    expect(await storedFiles()).toEqual([...files, `${added}-display.webp`, `${added}-thumb.webp`].sort());
    expect(json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}/photos` })).photos).toHaveLength(20);
  });
});

describe('who may upload', () => {
  let otherContractor: string;
  let citizen: string;
  let published: string;
  let draft: string;

  beforeAll(async () => {
    const email = uniqueEmail('firm');
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password: 'a good long password', name: 'Anden Entreprenør', role: 'contractor', organisation: { create: { name: `Anden Nedbrydning ${email}`, kind: 'contractor', municipalityCode: '0400' } } },
    });
    expect(reg.statusCode).toBe(201);
    const admin = await login(t.app, 'admin@demo.byg360.dk');
    const verified = await t.app.inject({ method: 'POST', url: `/api/admin/organisations/${json(reg).user.organisation.id}/verify`, headers: bearer(admin.token) });
    expect(verified.statusCode).toBe(200);
    otherContractor = (await login(t.app, email, 'a good long password')).token;
    citizen = (await login(t.app, 'citizen@demo.byg360.dk')).token;
    published = await newLot('published');
    draft = await newLot('draft');
  });

  it('needs a login', async () => {
    const res = await upload(published, form(await jpeg()), null);
    expect(res.statusCode).toBe(401);
  });

  it('hides another organisation’s draft (404) and refuses its published lot (403)', async () => {
    expect((await upload(draft, form(await jpeg()), otherContractor)).statusCode).toBe(404);
    const res = await upload(published, form(await jpeg()), otherContractor);
    expect(res.statusCode).toBe(403);
    expect(json(res).error.code).toBe('FORBIDDEN');
  });

  it('does not let a citizen add photos', async () => {
    expect((await upload(draft, form(await jpeg()), citizen)).statusCode).toBe(404);
    expect((await upload(published, form(await jpeg()), citizen)).statusCode).toBe(403);
  });

  it('answers 404 for a lot that does not exist and 409 for a closed lot', async () => {
    expect((await upload('00000000-0000-4000-8000-000000000000', form(await jpeg()))).statusCode).toBe(404);
    const closed = await upload(closedLotId, form(await jpeg()));
    expect(closed.statusCode).toBe(409);
    expect(json(closed).error.code).toBe('CONFLICT');
  });

  it('refuses reordering and removal by another organisation', async () => {
    const photo = json(await upload(published, form(await jpeg())));
    const reorder = await t.app.inject({ method: 'PATCH', url: `/api/lots/${published}/photos`, headers: bearer(otherContractor), payload: { order: [photo.id] } });
    expect(reorder.statusCode).toBe(403);
    const remove = await t.app.inject({ method: 'DELETE', url: `/api/lots/${published}/photos/${photo.id}`, headers: bearer(otherContractor) });
    expect(remove.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'DELETE', url: `/api/lots/${published}/photos/${photo.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lists the photos of a published lot to anyone', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/lots/${published}/photos` });
    expect(res.statusCode).toBe(200);
    expect(json(res).photos.length).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/lots/${draft}/photos` })).statusCode).toBe(404);
  });
});

describe('ordering and the cover', () => {
  async function lotWithPhotos(n: number) {
    const lotId = await newLot();
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(json(await upload(lotId, form(await jpeg(100 + i, 100)))).id);
    return { lotId, ids };
  }
  const reorder = (lotId: string, payload: object) => t.app.inject({ method: 'PATCH', url: `/api/lots/${lotId}/photos`, headers: bearer(contractor), payload });

  it('puts the photos in the given order and moves the cover', async () => {
    const { lotId, ids } = await lotWithPhotos(3);
    const [a, b, c] = ids;
    const res = await reorder(lotId, { order: [c, a, b], coverId: c });
    expect(res.statusCode).toBe(200);
    expect(json(res).photos.map((p: { id: string; position: number; isCover: boolean }) => [p.id, p.position, p.isCover])).toEqual([
      [c, 0, true],
      [a, 1, false],
      [b, 2, false],
    ]);
    const lot = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}`, headers: bearer(contractor) }));
    expect(lot.photos.map((p: { id: string }) => p.id)).toEqual([c, a, b]);
    const history = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}/history`, headers: bearer(contractor) }));
    expect(history.events.at(-1)).toMatchObject({ kind: 'photos_reordered', changes: { order: { from: [a, b, c], to: [c, a, b] }, cover: { from: a, to: c } } });

    const coverOnly = await reorder(lotId, { order: [c, a, b], coverId: b });
    expect(json(coverOnly).photos.filter((p: { isCover: boolean }) => p.isCover).map((p: { id: string }) => p.id)).toEqual([b]);
  });

  it('refuses an order that is not exactly the lot’s photos', async () => {
    const { lotId, ids } = await lotWithPhotos(2);
    const other = await lotWithPhotos(1);
    const cases = [
      { order: [ids[0]] },
      { order: [ids[0], ids[1], other.ids[0]] },
      { order: [ids[0], other.ids[0]] },
      { order: [ids[0], ids[0]] },
      { order: ids, coverId: other.ids[0] },
      { order: [] },
      { order: ['not-a-uuid'] },
    ];
    for (const payload of cases) {
      const res = await reorder(lotId, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(json(res).error.code).toBe('VALIDATION');
    }
    const photos = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}/photos` })).photos;
    expect(photos.map((p: { id: string }) => p.id)).toEqual(ids);
  });
});

describe('removing a photo', () => {
  it('removes the row and both files, and passes the cover on to the first remaining photo', async () => {
    const lotId = await newLot();
    const photos = [];
    for (let i = 0; i < 3; i++) photos.push(json(await upload(lotId, form(await jpeg()))));
    const [first, second, third] = photos;
    const key = first.url.split('/').pop().replace('-display.webp', '');
    expect(await storedFiles()).toContain(`${key}-display.webp`);

    const res = await t.app.inject({ method: 'DELETE', url: `/api/lots/${lotId}/photos/${first.id}`, headers: bearer(contractor) });
    expect(res.statusCode).toBe(204);
    const files = await storedFiles();
    expect(files).not.toContain(`${key}-display.webp`);
    expect(files).not.toContain(`${key}-thumb.webp`);
    expect((await t.app.inject({ method: 'GET', url: first.url })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: first.thumbnailUrl })).statusCode).toBe(404);

    const left = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}/photos` })).photos;
    expect(left.map((p: { id: string; position: number; isCover: boolean }) => [p.id, p.position, p.isCover])).toEqual([
      [second.id, 0, true],
      [third.id, 1, false],
    ]);
    const history = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}/history`, headers: bearer(contractor) }));
    expect(history.events.at(-1)).toMatchObject({ kind: 'photo_removed', changes: { photo: { from: first.id, to: null }, cover: { from: first.id, to: second.id } } });

    const again = await t.app.inject({ method: 'DELETE', url: `/api/lots/${lotId}/photos/${first.id}`, headers: bearer(contractor) });
    expect(again.statusCode).toBe(404);
  });

  it('does not remove a photo through another lot’s address', async () => {
    const lotId = await newLot();
    const photo = json(await upload(lotId, form(await jpeg())));
    const res = await t.app.inject({ method: 'DELETE', url: `/api/lots/${await newLot()}/photos/${photo.id}`, headers: bearer(contractor) });
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: photo.url })).statusCode).toBe(200);
  });
});

describe('serving uploads', () => {
  it('serves only photo renditions, as JSON 404s otherwise', async () => {
    for (const url of ['/uploads/lots/', '/uploads/lots/../../etc/passwd', '/uploads/lots/00000000-0000-4000-8000-000000000000-display.webp', '/uploads/other.txt']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('stores photos in the directory given to the app', async () => {
    const uploadsDir = await mkdtemp(path.join(os.tmpdir(), 'byg360-uploads-option-'));
    const app = await buildServer({ config: t.config, database: t.database, webRoot: '/nonexistent', uploadsDir });
    try {
      const res = await app.inject({ method: 'POST', url: `/api/lots/${await newLot()}/photos`, headers: bearer(contractor), payload: form(await jpeg()) as never });
      expect(res.statusCode).toBe(201);
      const key = json(res).url.split('/').pop().replace('-display.webp', '');
      expect(await readdir(path.join(uploadsDir, 'lots'))).toEqual([`${key}-display.webp`, `${key}-thumb.webp`]);
      expect((await app.inject({ method: 'GET', url: json(res).url })).statusCode).toBe(200);
    } finally {
      await app.close();
      await rm(uploadsDir, { recursive: true, force: true });
    }
  });

  it('documents the upload as multipart/form-data in the OpenAPI document', async () => {
    const doc = json(await t.app.inject({ method: 'GET', url: '/docs/json' }));
    const post = doc.paths['/api/lots/{id}/photos'].post;
    expect(Object.keys(post.requestBody.content)).toEqual(['multipart/form-data']);
    expect(post.responses).toHaveProperty('413');
    expect(doc.paths['/api/lots/{id}/photos/{photoId}'].delete).toBeDefined();
  });
});
