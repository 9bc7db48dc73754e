// Comparisons over published results (issue 4), one file per query as in services/comparisons/,
// and what dashboards may run. Every query reads PUBLISHED assessments only
// (see services/comparisons/cohort.ts) in a fixed number of statements.
import './ranking.ts';
import './matrix.ts';
import './distribution.ts';
import './weakest.ts';
import './period-comparison.ts';
import './summary.ts';
import './saved.ts';
import './normalised.ts';
import './sensitivity.ts';
import './dashboards.ts';
