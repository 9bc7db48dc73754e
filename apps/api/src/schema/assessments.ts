// Filled in by the assessments work: types, queries and mutations of this aggregate.
