import { useParentSize } from '@kamkit/react';
import { useState } from 'react';
import { RichText } from '../components/RichText';
import { ScenarioChart } from '../components/ScenarioChart';
import { SCENARIO_TEXT, STEP_IDS } from '../components/scenarioText';
import { useText } from '../components/text';
import { useWorkspace } from '../workspace';

/**
 * The worked scenario, guided: the account manager's story from the Pareto analysis to the cross-sell whitespace,
 * one step at a time, each with its text (English or German, by the app's locale) and its chart on the demo data.
 */
export function ScenarioPage() {
  const { settings } = useWorkspace();
  const t = useText();
  const language = settings.locale.startsWith('de') ? 'de' : 'en';
  const [index, setIndex] = useState(0);
  const { ref, width } = useParentSize<HTMLDivElement>({ width: 900, height: 0 });
  const step = STEP_IDS[index] ?? 'situation';
  const text = SCENARIO_TEXT[step][language];
  const go = (next: number) => setIndex(Math.min(STEP_IDS.length - 1, Math.max(0, next)));
  return (
    <div className="scenario">
      <nav className="card scenario__nav" aria-label={t('Steps of the scenario', 'Schritte des Szenarios')}>
        <ol>
          {STEP_IDS.map((id, i) => (
            <li key={id}>
              <button type="button" aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                {/* The title's head ("Pareto", "Stakeholder map") names the step in the row of steps. */}
                {SCENARIO_TEXT[id][language].title.split(' — ')[0]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="card scenario__step" aria-labelledby="scenario-step-title" data-step={step}>
        <p className="scenario__count">
          {t(`Step ${index} of ${STEP_IDS.length - 1}`, `Schritt ${index} von ${STEP_IDS.length - 1}`)}
        </p>
        <h2 id="scenario-step-title">{text.title}</h2>
        {text.paragraphs.map((paragraph) => (
          <p key={paragraph}>
            <RichText text={paragraph} />
          </p>
        ))}
        {text.takeaway ? (
          <p className="scenario__takeaway">
            <strong>{t('Takeaway:', 'Fazit:')}</strong> {text.takeaway}
          </p>
        ) : null}
        <div ref={ref} className="scenario__chart">
          <ScenarioChart
            step={step}
            width={Math.max(280, width)}
            locale={settings.locale}
            currency={settings.currency}
          />
        </div>
        <div className="scenario__pager">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            ← {t('Previous', 'Zurück')}
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={index === STEP_IDS.length - 1}>
            {t('Next', 'Weiter')} →
          </button>
        </div>
      </section>
    </div>
  );
}
