// What a customer profile is computed from: the stored events, who did each one, which roles each one plays.
import type { ActorIndex, ActorMode } from '../engine/actors';
import type { RoleName } from '../engine/prepared-data';
import type { EventTable, GroupInfo, PersonInfo } from '../events/event-table';

export interface ProfileInput {
  table: EventTable;
  actors: ActorIndex;
  /** Per role, 1 for each table row that plays it; null = the role is not configured. */
  roles: Record<RoleName, Uint8Array | null>;
  /** A person id (or the distinct_id of an event without a known person) in B2C, a group key in B2B. */
  actorId: string;
  /** Epoch ms the usage windows end at; default: the last stored event's time. */
  now?: number;
  /**
   * Only for an actor with no stored events: the ActorIndex knows actors through their events, so the person or
   * group record (and whether a group is meant) is looked up here. Without them such an actor has no profile.
   */
  mode?: ActorMode;
  persons?: readonly PersonInfo[];
  groups?: readonly GroupInfo[];
}

export interface ProfileOptions {
  /** 0-based page of the activity history. */
  historyPage?: number;
  /** Events per history page (default 50, at most 1000). */
  historyPageSize?: number;
}
