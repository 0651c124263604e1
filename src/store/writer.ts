// Who caused a write: stored on every user and item record (attributes the API never shows)
// so that the table's stream, and the domain events made from it, carry them (src/events/).
import { tableDefinition } from './table.js';

export interface Writer {
  /** The caller's `sub`; undefined for public operations. */
  caller?: string | undefined;
  /** The correlation id of the request. */
  correlationId: string;
}

/** The record attributes that say who wrote it (`writtenBy` only when the caller is known). */
export const writerAttributes = ({ caller, correlationId }: Writer) => ({
  ...(caller === undefined ? {} : { writtenBy: caller }),
  correlationId,
});

/** How long a deletion marker (tombstone) stays: long enough for the stream to carry it (24 h). */
export const TOMBSTONE_TTL_SECONDS = 24 * 60 * 60;

/**
 * A stream REMOVE record carries only the old image, not who deleted it: a delete the API makes
 * therefore also puts a tombstone (in the same transaction) that carries the writer, and expires.
 */
export const tombstoneExpiry = (now: Date) => ({
  [tableDefinition.timeToLiveAttribute]: Math.floor(now.getTime() / 1000) + TOMBSTONE_TTL_SECONDS,
});
