"use client";

import { useId, useState } from "react";
import { fieldId, getAt, isEmptyValue, moveItem, placeKey, type Json } from "@/lib/desk/edit";
import { keyOrder, type DeskRefs, type Field } from "@/lib/desk/forms";
import { IdPicker } from "./IdPicker";

/** What every field of a form needs besides its own value. */
export interface FormContext {
  refs: DeskRefs;
  /** The whole record: a field's hint or presence may depend on another field. */
  record: Json;
  isNew: boolean;
  /** Problems (refused) and warnings (shown) by field path, already filtered to those to show. */
  problems: ReadonlyMap<string, string[]>;
  warnings: ReadonlyMap<string, string[]>;
  onTouch: (path: string) => void;
}

interface FieldProps {
  field: Field;
  path: string;
  value: unknown;
  set: (value: unknown, remove?: boolean) => void;
  ctx: FormContext;
}

function Messages({ id, path, ctx }: { id: string; path: string; ctx: FormContext }) {
  const problems = ctx.problems.get(path) ?? [];
  const warnings = ctx.warnings.get(path) ?? [];
  if (problems.length === 0 && warnings.length === 0) return null;
  return (
    <div id={id} className="desk-messages">
      {problems.map((message) => (
        <p key={message} className="desk-problem">
          {message}
        </p>
      ))}
      {warnings.map((message) => (
        <p key={message} className="desk-warning">
          Warning: {message}
        </p>
      ))}
    </div>
  );
}

function hintOf(field: Field, record: Json): string | undefined {
  return typeof field.hint === "function" ? field.hint(record) : field.hint;
}

/** The label, hint and messages around one input, wired for screen readers (aria-describedby, aria-invalid). */
function Labelled({ field, path, ctx, children }: { field: Field; path: string; ctx: FormContext; children: (a11y: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => React.ReactNode }) {
  const id = fieldId(path);
  const hint = hintOf(field, ctx.record);
  const invalid = (ctx.problems.get(path)?.length ?? 0) > 0;
  const described = [hint ? `${id}-hint` : "", ctx.problems.has(path) || ctx.warnings.has(path) ? `${id}-messages` : ""].filter(Boolean).join(" ");
  return (
    <div className={`desk-field${invalid ? " desk-field-invalid" : ""}`}>
      <label htmlFor={id}>
        {field.label}
        {field.optional ? <span className="desk-optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="desk-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, ...(described ? { "aria-describedby": described } : {}), ...(invalid ? { "aria-invalid": true as const } : {}) })}
      <Messages id={`${id}-messages`} path={path} ctx={ctx} />
    </div>
  );
}

/** A comma-separated list of names, kept as typed until it is a list again. */
function StringsInput({ value, onChange, onBlur, a11y }: { value: string[]; onChange: (list: string[]) => void; onBlur: () => void; a11y: object }) {
  const joined = value.join(", ");
  const [text, setText] = useState(joined);
  // The list changed from outside (a record loaded): show it, unless the text already says the same.
  const [shown, setShown] = useState(joined);
  if (joined !== shown) {
    setShown(joined);
    if (text.split(",").map((s) => s.trim()).filter(Boolean).join(", ") !== joined) setText(joined);
  }
  return (
    <input
      {...a11y}
      type="text"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value.split(",").map((s) => s.trim()).filter(Boolean));
      }}
      onBlur={onBlur}
    />
  );
}

function FieldInput({ field, path, value, set, ctx }: FieldProps) {
  const touch = () => ctx.onTouch(path);
  const locked = field.createOnly && !ctx.isNew;
  switch (field.type) {
    case "text":
      return (
        <Labelled field={field} path={path} ctx={ctx}>
          {(a11y) => {
            const common = {
              ...a11y,
              value: typeof value === "string" ? value : value === undefined ? "" : String(value),
              readOnly: locked,
              placeholder: field.placeholder,
              onBlur: touch,
              onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(e.target.value, field.optional && e.target.value === ""),
            };
            return field.rows ? <textarea rows={field.rows} {...common} /> : <input type="text" {...common} autoComplete="off" spellCheck={field.key !== "id" && field.key !== "url"} />;
          }}
        </Labelled>
      );
    case "number":
      return (
        <Labelled field={field} path={path} ctx={ctx}>
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              inputMode="numeric"
              min={field.min}
              max={field.max}
              value={typeof value === "number" ? value : ""}
              onBlur={touch}
              onChange={(e) => set(e.target.value === "" ? undefined : Number(e.target.value), e.target.value === "")}
            />
          )}
        </Labelled>
      );
    case "select": {
      const options = field.options(ctx.refs);
      const numeric = typeof value === "number" || field.key === "importance";
      const current = value === undefined ? "" : String(value);
      const known = options.some((option) => option.value === current);
      return (
        <Labelled field={field} path={path} ctx={ctx}>
          {(a11y) => (
            <select
              {...a11y}
              value={current}
              onBlur={touch}
              onChange={(e) => {
                touch();
                set(numeric && e.target.value !== "" ? Number(e.target.value) : e.target.value, field.optional && e.target.value === "");
              }}
            >
              {field.optional || current === "" ? <option value="">{field.optional ? "(none)" : "Choose…"}</option> : null}
              {!known && current !== "" ? <option value={current}>{current} (unknown)</option> : null}
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Labelled>
      );
    }
    case "strings":
      return (
        <Labelled field={field} path={path} ctx={ctx}>
          {(a11y) => <StringsInput a11y={a11y} value={Array.isArray(value) ? (value as string[]) : []} onChange={(list) => set(list)} onBlur={touch} />}
        </Labelled>
      );
    case "ids":
      return (
        <Labelled field={field} path={path} ctx={ctx}>
          {(a11y) => <IdPicker a11y={a11y} of={field.of} value={value} onChange={(next) => (touch(), set(next, field.optional && isEmptyValue(next)))} />}
        </Labelled>
      );
    case "lanes": {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className="desk-checks">
          <legend>
            {field.label}
            {field.optional ? <span className="desk-optional"> (optional)</span> : null}
          </legend>
          {hintOf(field, ctx.record) ? <p className="desk-hint">{hintOf(field, ctx.record)}</p> : null}
          {ctx.refs.lanes.map((lane) => (
            <label key={lane.id} className="desk-check">
              <input
                type="checkbox"
                checked={chosen.includes(lane.id)}
                onChange={(e) => {
                  const next = e.target.checked ? ctx.refs.lanes.map((l) => l.id).filter((id) => id === lane.id || chosen.includes(id)) : chosen.filter((id) => id !== lane.id);
                  touch();
                  set(next, field.optional && next.length === 0);
                }}
              />
              <span className="desk-swatch" style={{ background: lane.colour }} aria-hidden="true" />
              {lane.label}
            </label>
          ))}
          <Messages id={`${fieldId(path)}-messages`} path={path} ctx={ctx} />
        </fieldset>
      );
    }
    case "colour":
      return (
        <Labelled field={field} path={path} ctx={ctx}>
          {(a11y) => (
            <span className="desk-colour">
              <input type="color" aria-label={`${field.label}: pick`} value={/^#[0-9a-f]{6}$/i.test(String(value)) ? String(value) : "#000000"} onChange={(e) => (touch(), set(e.target.value))} />
              <input {...a11y} type="text" value={typeof value === "string" ? value : ""} onBlur={touch} onChange={(e) => set(e.target.value)} placeholder="#rrggbb" />
            </span>
          )}
        </Labelled>
      );
    case "group":
      return <GroupField field={field} path={path} value={value} set={set} ctx={ctx} />;
    case "list":
      return <ListField field={field} path={path} value={value} set={set} ctx={ctx} />;
  }
}

function GroupField({ field, path, value, set, ctx }: FieldProps & { field: Extract<Field, { type: "group" }> }) {
  const present = typeof value === "object" && value !== null && !Array.isArray(value);
  if (!present && field.optional)
    return (
      <div className="desk-field">
        <span className="desk-label">{field.label}</span>
        {hintOf(field, ctx.record) ? <p className="desk-hint">{hintOf(field, ctx.record)}</p> : null}
        <button type="button" className="desk-button desk-button-quiet" onClick={() => set(Object.fromEntries(field.fields.filter((f) => !f.optional).map((f) => [f.key, f.type === "ids" ? [] : ""])))}>
          Add {field.label.toLowerCase()}
        </button>
      </div>
    );
  const object = (present ? value : {}) as Json;
  return (
    <fieldset className="desk-group" id={fieldId(path)}>
      <legend>
        {field.label}
        {field.optional ? (
          <button type="button" className="desk-button desk-button-quiet desk-legend-action" onClick={() => set(undefined, true)}>
            Remove {field.label.toLowerCase()}
          </button>
        ) : null}
      </legend>
      {hintOf(field, ctx.record) ? <p className="desk-hint">{hintOf(field, ctx.record)}</p> : null}
      <Messages id={`${fieldId(path)}-messages`} path={path} ctx={ctx} />
      <FieldList fields={field.fields} value={object} onChange={(next) => set(next)} prefix={path} ctx={ctx} />
    </fieldset>
  );
}

function ListField({ field, path, value, set, ctx }: FieldProps & { field: Extract<Field, { type: "list" }> }) {
  const items = (Array.isArray(value) ? value : []) as Json[];
  const headingId = useId();
  const update = (next: Json[]) => set(next, field.optional && next.length === 0);
  return (
    <fieldset className="desk-list" id={fieldId(path)} aria-labelledby={headingId}>
      <legend id={headingId}>
        {field.label}
        {field.optional ? <span className="desk-optional"> (optional)</span> : null}
      </legend>
      {hintOf(field, ctx.record) ? <p className="desk-hint">{hintOf(field, ctx.record)}</p> : null}
      <Messages id={`${fieldId(path)}-messages`} path={path} ctx={ctx} />
      {items.map((item, i) => (
        <fieldset key={i} className="desk-list-item" id={fieldId(`${path}.${i}`)}>
          <legend>
            {field.itemName} {i + 1}
          </legend>
          <div className="desk-list-actions">
            <button type="button" className="desk-button desk-button-quiet" disabled={i === 0} onClick={() => update(moveItem(items, i, -1))} aria-label={`Move ${field.itemName.toLowerCase()} ${i + 1} up`}>
              ↑
            </button>
            <button type="button" className="desk-button desk-button-quiet" disabled={i === items.length - 1} onClick={() => update(moveItem(items, i, 1))} aria-label={`Move ${field.itemName.toLowerCase()} ${i + 1} down`}>
              ↓
            </button>
            <button type="button" className="desk-button desk-button-quiet" onClick={() => update(items.filter((_, j) => j !== i))}>
              Remove {field.itemName.toLowerCase()} {i + 1}
            </button>
          </div>
          <Messages id={`${fieldId(`${path}.${i}`)}-messages`} path={`${path}.${i}`} ctx={ctx} />
          <FieldList fields={field.item} value={item} onChange={(next) => update(items.map((old, j) => (j === i ? next : old)))} prefix={`${path}.${i}`} ctx={ctx} />
        </fieldset>
      ))}
      <button type="button" className="desk-button" onClick={() => update([...items, field.blank()])}>
        Add {field.itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}

/** The fields of one level of a record (the record itself, a source, a step), each writing its key in the format's order. */
export function FieldList({ fields, value, onChange, prefix, ctx }: { fields: readonly Field[]; value: Json; onChange: (next: Json) => void; prefix: string; ctx: FormContext }) {
  const order = keyOrder(fields);
  return (
    <>
      {fields
        .filter((field) => !field.when || field.when(value) || value[field.key] !== undefined)
        .map((field) => {
          const path = prefix ? `${prefix}.${field.key}` : field.key;
          return (
            <FieldInput
              key={field.key}
              field={field}
              path={path}
              value={getAt(value, [field.key])}
              set={(next, remove = false) => onChange(placeKey(value, field.key, next, order, remove || (next === undefined && !!field.optional)))}
              ctx={ctx}
            />
          );
        })}
    </>
  );
}
