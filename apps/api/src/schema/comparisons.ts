// Filled in by the comparisons work (issue 4): rankings, matrix, period over period, distributions, summary.
