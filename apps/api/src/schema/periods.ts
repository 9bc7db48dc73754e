// Filled in by the periods work: types, queries and mutations of this aggregate.
