// Filled in by the results work: types, queries and mutations of this aggregate.
