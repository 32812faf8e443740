// The customers list and the open customer profile as the side panel holds them. Computed in the dashboard
// worker; this model only says what to ask for and keeps the answers. Search is debounced so that typing asks
// once per pause, and every answer is checked against the latest question, so a slow answer to an old search
// or an old page never replaces a newer one.
import { effect, signal, untracked } from '@preact/signals';
import type { CustomerRow, CustomerSort } from '../../../core/customers/query-customers';
import type { CustomerProfile } from '../../../core/profile/customer-profile';
import type { DashboardClient } from '../../dashboard/dashboard-client';
import type { ActorSettings } from '../../dashboard/worker-protocol';

export type CustomerClient = Pick<DashboardClient, 'customers' | 'profile'>;

export interface ProfileModelOptions {
  /** Wait after the last keystroke before searching. */
  debounceMs?: number;
  /** Customers per "Show more". */
  pageSize?: number;
}

export const CUSTOMER_SORTS: readonly { value: CustomerSort; label: string }[] = [
  { value: 'last_seen', label: 'Last seen' },
  { value: 'activity', label: 'Most active' },
  { value: 'signup', label: 'Latest signup' },
];

/**
 * `settings` gives the dashboard's B2C/B2B and test-account choices; when it reads signals, the list (and an
 * open profile) is asked again whenever they change. null means "not yet": nothing is asked, so the panel's
 * first dashboard request is not queued in the worker behind the customers list.
 */
export function createProfileModel(client: CustomerClient, settings: () => ActorSettings | null = () => ({}), options: ProfileModelOptions = {}) {
  const debounceMs = options.debounceMs ?? 250;
  const pageSize = options.pageSize ?? 25;

  // The list.
  const search = signal('');
  const sort = signal<CustomerSort>('last_seen');
  const rows = signal<CustomerRow[]>([]);
  const total = signal<number | null>(null);
  const listLoading = signal(false);
  const listError = signal<string | null>(null);
  let listAsked = 0;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;

  // The open profile.
  const actor = signal<string | null>(null);
  const historyPage = signal(0);
  const profile = signal<CustomerProfile | null>(null);
  const profileLoading = signal(false);
  const profileError = signal<string | null>(null);
  /** The open actor has no stored event, person or group (the data changed since the list was shown). */
  const profileMissing = signal(false);
  let profileAsked = 0;
  let current: ActorSettings = {};

  async function loadList(append: boolean): Promise<void> {
    const asked = ++listAsked;
    listLoading.value = true;
    try {
      const offset = append ? rows.value.length : 0;
      const page = await client.customers({ ...current, search: search.value, sort: sort.value, offset, limit: pageSize });
      if (asked !== listAsked) return;
      rows.value = append ? [...rows.value, ...page.rows] : page.rows;
      total.value = page.total;
      listError.value = null;
    } catch (error) {
      if (asked === listAsked) listError.value = messageOf(error);
    } finally {
      if (asked === listAsked) listLoading.value = false;
    }
  }

  async function loadProfile(): Promise<void> {
    const id = actor.value;
    if (id === null) return;
    const asked = ++profileAsked;
    profileLoading.value = true;
    try {
      const found = await client.profile({ ...current, actor: id, historyPage: historyPage.value });
      if (asked !== profileAsked) return;
      profile.value = found;
      profileMissing.value = found === null;
      profileError.value = null;
    } catch (error) {
      if (asked === profileAsked) profileError.value = messageOf(error);
    } finally {
      if (asked === profileAsked) profileLoading.value = false;
    }
  }

  function setSearch(text: string): void {
    search.value = text;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void loadList(false), debounceMs);
  }

  function setSort(value: CustomerSort): void {
    sort.value = value;
    clearTimeout(searchTimer);
    void loadList(false);
  }

  function open(id: string): void {
    actor.value = id;
    historyPage.value = 0;
    profile.value = null;
    profileMissing.value = false;
    profileError.value = null;
    void loadProfile();
  }

  function close(): void {
    ++profileAsked;
    actor.value = null;
    profile.value = null;
    profileLoading.value = false;
  }

  function showHistoryPage(page: number): void {
    historyPage.value = Math.max(0, Math.trunc(page));
    void loadProfile();
  }

  /** Ask again for what is shown (new data was synced or the settings changed). */
  function refresh(): Promise<void> {
    clearTimeout(searchTimer);
    return Promise.all([loadList(false), loadProfile()]).then(() => undefined);
  }

  // Runs now (the first list) and again whenever a signal the settings read changes — only those: what refresh
  // reads (the search, the page) is untracked, or every keystroke would ask twice.
  const stopWatching = effect(() => {
    const next = settings();
    if (next === null) return;
    current = next;
    untracked(() => void refresh());
  });

  return {
    search, sort, rows, total, listLoading, listError,
    actor, historyPage, profile, profileLoading, profileError, profileMissing,
    setSearch, setSort, showMore: () => loadList(true), open, close, showHistoryPage, refresh,
    dispose: () => {
      clearTimeout(searchTimer);
      stopWatching();
    },
  };
}

export type ProfileModel = ReturnType<typeof createProfileModel>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
