import { useId } from 'react';

/** A labelled year selector. */
export function YearSelect({
  years,
  value,
  onChange,
  label = 'Year',
}: {
  years: readonly string[];
  value: string;
  onChange: (year: string) => void;
  label?: string;
}) {
  const id = useId();
  return (
    <span className="select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </span>
  );
}
