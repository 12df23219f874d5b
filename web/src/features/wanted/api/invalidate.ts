import type { QueryClient } from '@tanstack/react-query';
import { myWantedQueryOptions } from './get-my-wanted';
import { wantedListQueryOptions } from './get-wanted-list';

/** After any change to a post: the author's list, and every page of the public list (by its key prefix). */
export async function invalidateWanted(queryClient: QueryClient): Promise<void> {
  const listPrefix = wantedListQueryOptions().queryKey.slice(0, 2);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: myWantedQueryOptions().queryKey }),
    queryClient.invalidateQueries({ queryKey: listPrefix }),
  ]);
}
