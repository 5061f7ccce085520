import { createHash } from 'node:crypto';
import type { Response } from 'express';

// A JSON answer serialized once and sent many times: cached figures are turned into bytes (and an entity
// tag) when they are computed, not on every request that reads them.
export type JsonBytes = { body: Buffer; etag: string };
export type SerializedJson<T> = JsonBytes & { value: T };

// JSON text as bytes with their entity tag (the same weak tag Express would compute on every send).
export function jsonBytes(text: string): JsonBytes {
  const body = Buffer.from(text);
  const etag = `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, etag };
}

export function serializeJson<T>(value: T): SerializedJson<T> {
  return { value, ...jsonBytes(JSON.stringify(value)) };
}

// Sends the bytes; Express answers 304 Not Modified when the client already holds this entity tag.
// `private, no-cache`: a browser may keep the answer but must ask (cheaply) before reusing it.
export function sendSerializedJson(res: Response, json: SerializedJson<unknown>): void {
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', json.etag);
  res.type('application/json');
  res.send(json.body);
}

// JSON written elsewhere (by PostgreSQL), sent as it is; 304 when the client holds this entity tag.
export function sendJsonBytes(res: Response, json: JsonBytes): void {
  res.setHeader('ETag', json.etag);
  res.type('application/json');
  res.send(json.body);
}
