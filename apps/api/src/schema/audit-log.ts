// Filled in by the audit-log work: types, queries and mutations of this aggregate.
