import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id with OWASP's recommended cost (m=19 MiB, t=2, p=1).
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the user does not exist, so both paths take the same time.
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$WQIWSOKOYD8ElWxykLs10Q$o6B6XOn8kfMu3mkgnJHQxeyNmkiPAom/9163yQJNAX4';
