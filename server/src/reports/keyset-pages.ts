/**
 * Pages of a keyset-paginated query (ordered by a unique id), fetched one page ahead: the next
 * page is requested as soon as the current one has arrived, so the database works on it while
 * the caller writes the current one out. At most two pages are held, whatever the number of rows.
 */
export async function* keysetPages<T>(fetchPage: (after: string | null) => Promise<T[]>, idOf: (row: T) => string, pageSize: number): AsyncGenerator<T[]> {
  let pending: Promise<T[]> | null = fetchPage(null);
  while (pending) {
    const page: T[] = await pending;
    pending = page.length === pageSize ? fetchPage(idOf(page.at(-1)!)) : null;
    // A page the caller never asks for must not fail unobserved.
    pending?.catch(() => undefined);
    if (page.length) yield page;
  }
}
