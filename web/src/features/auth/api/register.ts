import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisterBody, SessionResponse } from '@byg360/shared';
import { api, setSession } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { meQueryOptions } from './get-me';

export async function register(body: RegisterBody): Promise<SessionResponse> {
  const session = await api.post<SessionResponse>('/api/auth/register', body, { authenticated: false });
  setSession(session);
  return session;
}

export function useRegister({ onSuccess, ...config }: MutationConfig<typeof register> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: register,
    onSuccess: async (session, ...rest) => {
      queryClient.setQueryData(meQueryOptions().queryKey, session.user);
      await onSuccess?.(session, ...rest);
    },
  });
}
