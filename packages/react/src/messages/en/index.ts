/** The en catalogue, one file per chart family (each family's porter owns its file). */
import { abc } from './abc';
import { churn } from './churn';
import { common } from './common';
import { dashboard } from './dashboard';
import { exportMenu } from './exportMenu';
import { lorenz } from './lorenz';
import { matrix } from './matrix';
import { pareto } from './pareto';
import { profit } from './profit';
import { scoring } from './scoring';
import { stakeholders } from './stakeholders';
import { whale } from './whale';
import { whitespace } from './whitespace';

export const catalogue = {
  common,
  pareto,
  abc,
  churn,
  dashboard,
  lorenz,
  profit,
  scoring,
  stakeholders,
  whale,
  whitespace,
  matrix,
  exportMenu,
};
