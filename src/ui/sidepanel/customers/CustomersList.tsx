// The customers list: search as you type (debounced in the model), a sort, rows that open the profile, and
// "Show more". Each row is a button, so the list is usable from the keyboard alone.
import type { CustomerRow, CustomerSort } from '../../../core/customers/query-customers';
import { formatCount } from '../../shared/format';
import { formatInstant } from '../profile/profile-format';
import { CUSTOMER_SORTS, type ProfileModel } from '../profile/profile-model';
import '../profile/profile.css';

export interface CustomersListProps {
  model: ProfileModel;
  /** Opens a customer; default: the model's own `open`. */
  onOpen?: (actor: string) => void;
}

export function CustomersList({ model, onOpen }: CustomersListProps) {
  const open = onOpen ?? model.open;
  const rows = model.rows.value;
  const total = model.total.value;
  const loading = model.listLoading.value;
  const searching = model.search.value.trim() !== '';
  return (
    <section class="card stack customers" data-testid="customers-list" aria-labelledby="customers-title">
      <h2 id="customers-title">Customers</h2>
      <div class="customers-controls">
        <label class="field customers-search">
          <span>Search customers</span>
          <input
            type="search"
            data-testid="customer-search"
            placeholder="Name, email or id"
            autocomplete="off"
            spellcheck={false}
            value={model.search.value}
            onInput={(event) => model.setSearch(event.currentTarget.value)}
          />
        </label>
        <label class="field customers-sort">
          <span>Sort by</span>
          <select value={model.sort.value} onChange={(event) => model.setSort(event.currentTarget.value as CustomerSort)}>
            {CUSTOMER_SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>{sort.label}</option>
            ))}
          </select>
        </label>
      </div>
      {model.listError.value !== null && <p class="error" role="alert">{model.listError.value}</p>}
      <p class="muted" role="status" data-testid="customers-count">
        {total === null
          ? 'Loading customers…'
          : total === 0
            ? searching ? 'No customer matches this search.' : 'No customers in the stored data yet.'
            : `${formatCount(total)} ${total === 1 ? 'customer' : 'customers'}${searching ? ' match' : ''}`}
      </p>
      {rows.length > 0 && (
        <ul class="customer-rows" aria-busy={loading}>
          {rows.map((row) => (
            <li key={row.actor}>
              <CustomerRowButton row={row} onOpen={open} />
            </li>
          ))}
        </ul>
      )}
      {total !== null && rows.length < total && (
        <button type="button" data-testid="customers-more" disabled={loading} onClick={() => void model.showMore()}>
          Show more ({formatCount(total - rows.length)} left)
        </button>
      )}
    </section>
  );
}

function CustomerRowButton({ row, onOpen }: { row: CustomerRow; onOpen: (actor: string) => void }) {
  const email = row.email !== null && row.email !== row.name ? row.email : null;
  const id = row.actor !== row.name ? row.actor : null;
  return (
    <button type="button" class="customer-row" data-testid="customer-row" data-actor={row.actor} onClick={() => onOpen(row.actor)}>
      <span class="customer-name" data-testid="customer-name">{row.name}</span>
      {email !== null && <span class="customer-email muted">{email}</span>}
      {id !== null && <span class="customer-id muted mono">{id}</span>}
      <span class="customer-facts muted">
        <span>Last seen {formatInstant(row.last_seen)}</span>
        {row.activity_count !== null && <span>{formatCount(row.activity_count)} activity {row.activity_count === 1 ? 'event' : 'events'}</span>}
        {row.signed_up_at !== null && <span>Signed up {formatInstant(row.signed_up_at)}</span>}
      </span>
    </button>
  );
}
