import type { ApolloClient } from '@apollo/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyApolloClient } from './lazy-apollo-client';

const { createApolloClient } = vi.hoisted(() => ({ createApolloClient: vi.fn() }));
vi.mock('./create-apollo-client', () => ({ createApolloClient }));

const client = (name: string) => ({ name }) as unknown as ApolloClient;
const options = { onSessionExpired: () => {} };

describe('lazyApolloClient', () => {
  beforeEach(() => createApolloClient.mockReset());

  it('makes the client on the first call and hands every caller the same one', async () => {
    createApolloClient.mockReturnValue(client('the one'));
    const load = lazyApolloClient(options);
    expect(createApolloClient).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await load()).toBe(first);
    expect(createApolloClient).toHaveBeenCalledTimes(1);
    expect(createApolloClient).toHaveBeenCalledWith(options);
  });

  it('tries again after a failure instead of remembering it', async () => {
    createApolloClient.mockImplementationOnce(() => {
      throw new Error('offline');
    });
    createApolloClient.mockReturnValue(client('second try'));
    const load = lazyApolloClient(options);
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toEqual({ name: 'second try' });
  });
});
