/**
 * Identifiers the server makes (games, players) and the hash it keeps of a player's secret.
 * The secret is 16+ random characters made by the browser, so one SHA-256 suffices: there is
 * nothing to guess, and a leaked database gives no secret back. Node crypto only.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A fresh unguessable id: 128 random bits as 22 base64url characters. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** True when `id` has the shape of an id from {@link newId}. */
export function isId(id: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(id);
}

/** What the database stores in place of a player's secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
