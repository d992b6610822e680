import type { Selectable } from 'kysely'
import type { EventTable } from '../repositories/database.ts'
import { eventTypes, type EventType } from './outbox.ts'

export const EVENT_SOURCE = '/circular-ict/assessment'
const TYPE_PREFIX = 'org.govstack.circular-ict.'

export const cloudEventTypes = eventTypes.map((type) => `${TYPE_PREFIX}${type}` as const)

/** A stored event in the CloudEvents 1.0 JSON format, the same on the feed and on a webhook. */
export interface CloudEvent {
  specversion: '1.0'
  id: string
  source: typeof EVENT_SOURCE
  type: `${typeof TYPE_PREFIX}${EventType}`
  subject: string
  time: string
  datacontenttype: 'application/json'
  sequence: string
  data: Record<string, unknown>
}

/**
 * The CloudEvents sequence extension must order as plain text, so the outbox position is padded
 * to the 19 digits of a bigint: "0000000000000000010" sorts after "0000000000000000009".
 */
export function toSequence(position: number): string {
  return String(position).padStart(19, '0')
}

export function toCloudEvent(row: Selectable<EventTable>): CloudEvent {
  return {
    specversion: '1.0',
    id: row.id,
    source: EVENT_SOURCE,
    type: `${TYPE_PREFIX}${row.type as EventType}`,
    subject: row.subject,
    time: row.time.toISOString(),
    datacontenttype: 'application/json',
    sequence: toSequence(row.sequence),
    data: row.data,
  }
}
