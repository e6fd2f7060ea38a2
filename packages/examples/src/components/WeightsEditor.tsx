import { useId } from 'react';
import { criterionSpecs, defaultWeights, type Weights } from './criteria';
import { useText } from './text';

/** A live editor of the criteria weights, one slider per criterion, grouped by axis. */
export function WeightsEditor({
  weights,
  onChange,
}: {
  weights: Weights;
  onChange: (weights: Weights) => void;
}) {
  const id = useId();
  const t = useText();
  const german = t('en', 'de') === 'de';
  return (
    <div className="weights">
      {(['growth', 'harmony'] as const).map((axis) => {
        const group = criterionSpecs.filter((s) => s.axis === axis);
        const total = group.reduce((sum, s) => sum + (weights[s.key] ?? 0), 0);
        return (
          <fieldset key={axis} className="weights__group">
            <legend>
              {axis === 'growth'
                ? t('Growth potential weights', 'Gewichte Wachstumspotenzial')
                : t('Harmony weights', 'Gewichte Harmonie')}
              {total === 0 ? (
                <span className="weights__warning">
                  {t(' (all zero: the axis cannot be scored)', ' (alle null: die Achse ist nicht bewertbar)')}
                </span>
              ) : null}
            </legend>
            {group.map((spec) => (
              <div key={spec.key} className="weights__row">
                <label htmlFor={`${id}-${spec.key}`}>{german ? spec.labelDe : spec.label}</label>
                <input
                  id={`${id}-${spec.key}`}
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  value={weights[spec.key] ?? 0}
                  onChange={(event) => onChange({ ...weights, [spec.key]: Number(event.target.value) })}
                />
                <output htmlFor={`${id}-${spec.key}`}>
                  {total > 0 ? `${Math.round(((weights[spec.key] ?? 0) / total) * 100)} %` : '—'}
                </output>
              </div>
            ))}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange(defaultWeights)}>
        {t('Reset weights', 'Gewichte zurücksetzen')}
      </button>
    </div>
  );
}
