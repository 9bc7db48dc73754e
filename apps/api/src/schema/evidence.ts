// Filled in by the evidence work: types, queries and mutations of this aggregate.
