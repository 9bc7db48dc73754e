// Filled in by the criteria work: types, queries and mutations of this aggregate.
