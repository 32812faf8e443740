// The customers list in one call. A UI that queries repeatedly (search as you type) should keep
// aggregateCustomers' result and call queryCustomers, which skips the pass over the events.
import { aggregateCustomers, type CustomersInput } from './customer-aggregates';
import { queryCustomers, type CustomerList, type CustomerQuery } from './query-customers';

export function listCustomers(input: CustomersInput, query: CustomerQuery): CustomerList {
  return queryCustomers(aggregateCustomers(input), query);
}
