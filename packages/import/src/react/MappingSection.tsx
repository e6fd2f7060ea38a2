import { type ReactNode, useState } from 'react';
import {
  type ColumnMapping,
  columnLetter,
  type FieldGroup,
  IMPORT_FIELDS,
  type ImportField,
  type YearShape,
} from '../index';
import type { ImportMessages } from './messages';

/** Props of {@link MappingSection}. */
export interface MappingSectionProps {
  id: string;
  t: ImportMessages;
  headers: readonly string[];
  mapping: ColumnMapping;
  /** The mapping detected from the file: its fields are shown first, the rest behind "More fields". */
  detected: ColumnMapping;
  shape: YearShape;
  onChange: (mapping: ColumnMapping) => void;
}

const GROUPS: FieldGroup[] = ['account', 'revenue', 'scores', 'signals'];

/** Fields that can be mapped for a layout (the month belongs to the MRR table, not here). */
function fieldsFor(shape: YearShape): ImportField[] {
  return IMPORT_FIELDS.filter(
    (f) =>
      f.key !== 'month' &&
      !(shape === 'columns' && f.key === 'year') &&
      !(shape === 'columns' && f.key === 'revenue'),
  );
}

/**
 * The column mapping, progressive: the required fields, the revenue years and every field detected in the
 * file first, grouped; the other fields behind a "More fields" disclosure (a field the user maps there stays
 * there, with its select in view). Below, an "Add a revenue year" row (years as columns) and the columns left unmapped.
 */
export function MappingSection({ id, t, headers, mapping, detected, shape, onChange }: MappingSectionProps) {
  const [newYear, setNewYear] = useState('');
  const [newYearColumn, setNewYearColumn] = useState('');
  const columnOptions = headers.map((header, index) => (
    <option key={index} value={index}>
      {columnLetter(index)} · {header}
    </option>
  ));
  const setField = (key: string, value: string) => {
    const fields = { ...mapping.fields } as Record<string, number>;
    if (value === '') delete fields[key];
    else fields[key] = Number(value);
    onChange({ ...mapping, fields });
  };
  const setYear = (year: string, value: string) => {
    const years = { ...mapping.years };
    if (value === '') delete years[year];
    else years[year] = Number(value);
    onChange({ ...mapping, years });
  };
  // Decided by the detected mapping only, so a field the user maps under "More fields" stays where it is.
  const shown = (f: ImportField) => f.required || detected.fields[f.key] !== undefined;
  const all = fieldsFor(shape);
  const found = all.filter(shown);
  const more = all.filter((f) => !shown(f));
  const mapped = new Set<number>([...Object.values(mapping.fields), ...Object.values(mapping.years)]);
  const unmapped = headers
    .map((header, index) => ({ header, index }))
    .filter(({ index }) => !mapped.has(index));
  const validYear = /^(19|20)\d{2}$/.test(newYear) && newYearColumn !== '';
  return (
    <section className="kamkit-import__section" aria-labelledby={`${id}-mapping`}>
      <h3 id={`${id}-mapping`}>{t.mappingHeading}</h3>
      <p className="kamkit-import__hint">{t.mappingHint}</p>
      <MappingTable
        id={id}
        t={t}
        fields={found}
        years={shape === 'columns' ? Object.keys(mapping.years).sort() : []}
        mapping={mapping}
        columnOptions={columnOptions}
        onField={setField}
        onYear={setYear}
      />
      {shape === 'columns' && (
        <div className="kamkit-import__add-year">
          <label htmlFor={`${id}-new-year`}>{t.addYear}</label>
          <input
            id={`${id}-new-year`}
            inputMode="numeric"
            placeholder="2025"
            value={newYear}
            onChange={(e) => setNewYear(e.target.value.trim())}
            size={5}
          />
          <select
            aria-label={t.addYearColumn}
            value={newYearColumn}
            onChange={(e) => setNewYearColumn(e.target.value)}
          >
            <option value="">{t.columnPlaceholder}</option>
            {columnOptions}
          </select>
          <button
            type="button"
            className="kamkit-import__button"
            disabled={!validYear}
            onClick={() => {
              if (!validYear) return;
              setYear(newYear, newYearColumn);
              setNewYear('');
              setNewYearColumn('');
            }}
          >
            {t.add}
          </button>
        </div>
      )}
      {more.length > 0 && (
        <details className="kamkit-import__more">
          <summary>{t.moreFields(more.length)}</summary>
          <MappingTable
            id={id}
            t={t}
            fields={more}
            years={[]}
            mapping={mapping}
            columnOptions={columnOptions}
            onField={setField}
            onYear={setYear}
          />
        </details>
      )}
      {unmapped.length > 0 && (
        <p className="kamkit-import__hint">
          {t.notImportedColumns}{' '}
          {unmapped.map(({ header, index }) => `${header} (${columnLetter(index)})`).join(', ')}
        </p>
      )}
    </section>
  );
}

/** Props of {@link MappingTable}. */
interface MappingTableProps {
  id: string;
  t: ImportMessages;
  fields: ImportField[];
  /** The revenue years shown in the revenue group, each with its column select. */
  years: string[];
  mapping: ColumnMapping;
  /** The `<option>`s of the file's columns. */
  columnOptions: ReactNode;
  onField: (key: string, value: string) => void;
  onYear: (year: string, value: string) => void;
}

/** A table of fields by group, each with a select of the file's columns ("Not imported" first). */
function MappingTable({ id, t, fields, years, mapping, columnOptions, onField, onYear }: MappingTableProps) {
  const yearRows = years.map((year) => (
    <tr key={year}>
      <th scope="row">
        <label htmlFor={`${id}-year-${year}`}>{t.revenueYear(year)}</label>
        <span className="kamkit-import__unit">EUR</span>
      </th>
      <td>
        <select
          id={`${id}-year-${year}`}
          value={mapping.years[year] ?? ''}
          onChange={(e) => onYear(year, e.target.value)}
        >
          <option value="">{t.notImported}</option>
          {columnOptions}
        </select>
      </td>
    </tr>
  ));
  const fieldRow = (field: ImportField) => {
    const selectId = `${id}-field-${field.key}`;
    return (
      <tr key={field.key}>
        <th scope="row">
          <label htmlFor={selectId}>
            {field.label}
            {field.required && <span className="kamkit-import__required">{t.required}</span>}
          </label>
          {field.unit && <span className="kamkit-import__unit">{field.unit}</span>}
        </th>
        <td>
          <select
            id={selectId}
            value={mapping.fields[field.key] ?? ''}
            onChange={(e) => onField(field.key, e.target.value)}
          >
            <option value="">{t.notImported}</option>
            {columnOptions}
          </select>
        </td>
      </tr>
    );
  };
  return (
    <table className="kamkit-import__mapping">
      <thead>
        <tr>
          <th scope="col">{t.fieldColumn}</th>
          <th scope="col">{t.fileColumn}</th>
        </tr>
      </thead>
      {GROUPS.map((group) => {
        const rows = fields.filter((f) => f.group === group);
        const groupYears = group === 'revenue' ? yearRows : [];
        if (rows.length === 0 && groupYears.length === 0) return null;
        return (
          <tbody key={group}>
            <tr className="kamkit-import__group">
              <th scope="rowgroup" colSpan={2}>
                {t.groupLabels[group]}
              </th>
            </tr>
            {groupYears}
            {rows.map(fieldRow)}
          </tbody>
        );
      })}
    </table>
  );
}
