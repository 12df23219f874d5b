import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, SessionResponse } from '@byg360/shared';
import { api, setSession } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { meQueryOptions } from './get-me';

export async function login(body: LoginBody): Promise<SessionResponse> {
  const session = await api.post<SessionResponse>('/api/auth/login', body, { authenticated: false });
  setSession(session);
  return session;
}

export function useLogin({ onSuccess, ...config }: MutationConfig<typeof login> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: login,
    onSuccess: async (session, ...rest) => {
      queryClient.setQueryData(meQueryOptions().queryKey, session.user);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryOptions().queryKey[0] });
      await onSuccess?.(session, ...rest);
    },
  });
}
