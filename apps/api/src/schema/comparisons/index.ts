// Comparisons over published results (issue 4), and what dashboards may run.
import './queries.ts';
import './analysis.ts';
import './dashboards.ts';
