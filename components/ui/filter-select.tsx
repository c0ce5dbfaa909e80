"use client";

/**
 * A list page's filter: a select inside its search form that submits the form when a value is picked (the members
 * page's role and status filters). The empty value means "all".
 */
export function FilterSelect({ name, label, value, allLabel, options }: { name: string; label: string; value?: string; allLabel: string; options: { value: string; label: string }[] }) {
  return (
    <select name={name} aria-label={label} defaultValue={value ?? ""} className="role-select h-10" onChange={(e) => e.currentTarget.form?.requestSubmit()}>
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
