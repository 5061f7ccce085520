import { createHash } from 'node:crypto';
import type { Response } from 'express';

// A JSON answer serialized once and sent many times: cached figures are turned into bytes (and an entity
// tag) when they are computed, not on every request that reads them.
export type SerializedJson<T> = { value: T; body: Buffer; etag: string };

export function serializeJson<T>(value: T): SerializedJson<T> {
  const body = Buffer.from(JSON.stringify(value));
  const etag = `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64url')}"`;
  return { value, body, etag };
}

// Sends the bytes; Express answers 304 Not Modified when the client already holds this entity tag.
// `private, no-cache`: a browser may keep the answer but must ask (cheaply) before reusing it.
export function sendSerializedJson(res: Response, json: SerializedJson<unknown>): void {
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', json.etag);
  res.type('application/json');
  res.send(json.body);
}

// JSON text written elsewhere (by PostgreSQL), sent as it is.
export function sendJsonText(res: Response, text: string): void {
  res.type('application/json');
  res.send(text);
}
