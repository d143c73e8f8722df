/**
 * Decap CMS fields derived from the Zod schemas the build validates with, so
 * the editor and the build apply the same rules: required or not, lengths,
 * patterns, number ranges, list sizes, choices and references. Rules a
 * pattern cannot express (such as "not in the future") are reported by
 * `buildOnlyRules` and enforced when the site is built.
 */
import { z } from 'astro/zod';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  step?: number;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  fields?: CmsField[];
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  choose_url?: boolean;
  allow_multiple?: boolean;
  media_library?: { config: Record<string, unknown> };
  /** Most characters a text field takes; the editor shows a count against it (`counter.tsx`). */
  max_length?: number;
  /**
   * How the field is edited in the other languages: `true` has its own words
   * in each, `duplicate` keeps the default language's value inside a translated
   * list, `false` is edited in the default language only (Decap's list and
   * object widgets take only `true` or `false`).
   */
  i18n?: boolean | 'duplicate';
  /** Editing modes of a markdown field, the first one shown. */
  modes?: ('raw' | 'rich_text')[];
}

/** Editor-facing choices the schema does not carry, by dotted field path. */
export interface FieldOverride {
  label?: string;
  widget?: 'image' | 'file' | 'text' | 'color';
  /** Labels for enum values. */
  optionLabels?: Record<string, string>;
  /** Summary template for list items. */
  summary?: string;
  labelSingular?: string;
}

export interface FieldContext {
  overrides?: Record<string, FieldOverride> | undefined;
  /** Field shown when picking an entry of a collection, such as `name`. */
  displayFieldOf: (collection: string) => string;
  /** Largest file the media library accepts for image and file fields. */
  maxUploadBytes: number;
  /**
   * The entries of a collection as select options, for collections small
   * enough to list in the configuration; a reference to any other collection
   * is a relation field, which searches the collection as the editor types.
   */
  choicesOf?: (collection: string) => { label: string; value: string }[] | undefined;
  /**
   * Whether the collection is edited in several languages; fields marked
   * `translatable` in the schema get their own words in each language.
   */
  translated?: boolean;
  /** Inside a translated list, where the values that are not words are kept from the default language. */
  inTranslatedList?: boolean;
}

/** A rule the CMS cannot check before saving; the build enforces it. */
export interface BuildOnlyRule {
  path: string;
  message: string;
}

type Schema = z.ZodType;

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  protocol?: RegExp;
  error?: (issue?: unknown) => unknown;
}

interface Unwrapped {
  schema: Schema;
  required: boolean;
  default?: unknown;
  description?: string | undefined;
  collection?: string | undefined;
  /** The list of choices the value is picked from, when it is no collection. */
  choices?: string | undefined;
  translatable?: boolean;
}

/** Longest text that still fits a one-line input; longer limits get a text area. */
const ONE_LINE_MAX = 160;

function defOf(schema: Schema): Record<string, unknown> & { type: string } {
  return schema.def as unknown as Record<string, unknown> & { type: string };
}

function checksOf(schema: Schema): CheckDef[] {
  const checks = (defOf(schema).checks ?? []) as { _zod: { def: CheckDef } }[];
  return checks.map((check) => check._zod.def);
}

function messageOf(check: CheckDef): string {
  const message = check.error?.();
  return typeof message === 'string' ? message : '';
}

interface Meta {
  description?: string;
  collection?: string;
  /** A list of choices that is no collection, such as the client sizes of site settings (`clientSize`). */
  choices?: string;
  translatable?: boolean;
}

function metaOf(schema: Schema): Meta {
  return (z.globalRegistry.get(schema) ?? {}) as Meta;
}

/** Peels optional, default and `'' | x` wrappers off a field, collecting its description and reference target. */
function unwrap(schema: Schema): Unwrapped {
  const result: Unwrapped = { schema, required: true };
  let current = schema;
  for (;;) {
    const meta = metaOf(current);
    result.description ??= meta.description;
    result.collection ??= meta.collection;
    result.choices ??= meta.choices;
    result.translatable ||= meta.translatable === true;
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      result.required = false;
      current = def.innerType as Schema;
    } else if (def.type === 'default') {
      result.required = false;
      result.default = def.defaultValue;
      current = def.innerType as Schema;
    } else if (def.type === 'union') {
      const options = def.options as Schema[];
      const rest = options.filter((option) => !isEmptyLiteral(option));
      if (rest.length !== 1 || rest.length === options.length) return { ...result, schema: current };
      result.required = false;
      current = rest[0] as Schema;
    } else {
      return { ...result, schema: current };
    }
  }
}

function isEmptyLiteral(schema: Schema): boolean {
  const def = defOf(schema);
  return def.type === 'literal' && (def.values as unknown[]).length === 1 && (def.values as unknown[])[0] === '';
}

function humanise(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function stripAnchors(source: string): string {
  return source.replace(/^\^/, '').replace(/\$$/, '');
}

/**
 * Rule messages as one text of sentences, each rule once. Decap shows it as
 * "Name didn't match the pattern: <text>." and adds the last full stop itself.
 */
export function sentences(messages: readonly string[]): string {
  const rules = [...new Set(messages.map((message) => message.trim().replace(/[.\s]+$/, '')).filter(Boolean))];
  return rules.join('. ');
}

function regexSource(pattern: RegExp, where: string): string {
  if (pattern.flags.replace(/[gy]/g, '') !== '') {
    throw new Error(`${where}: the CMS cannot mirror a pattern with flags (/${pattern.source}/${pattern.flags})`);
  }
  return pattern.source;
}

/** Trimmed length between min and max, as a regular expression over the untrimmed text. */
function lengthPattern(min: number, max: number, trimmed: boolean): string {
  if (!trimmed) return `^[\\s\\S]{${min},${max}}$`;
  const core = max <= 1 ? '\\S' : `(?:\\S|\\S[\\s\\S]{${Math.max(0, min - 2)},${max - 2}}\\S)`;
  return min === 0 ? `^\\s*(?:${core})?\\s*$` : `^\\s*${core}\\s*$`;
}

/**
 * An address with the schema's protocols and a dotted host name. Host names
 * may hold any letters (the build accepts international domains), and the
 * build trims surrounding white space, so the pattern allows it too.
 */
function urlPattern(def: CheckDef): string {
  const protocol = def.protocol instanceof RegExp ? stripAnchors(def.protocol.source) : '[a-z][a-z0-9+.-]*';
  const label = '[^\\s/?#:@.]+';
  return `^\\s*(?:${protocol}):\\/\\/(?:${label}\\.)+${label}(?::\\d{0,5})?(?:[\\/?#]\\S*)?\\s*$`;
}

/** The one pattern (and message) that holds exactly when the string schema accepts a value. */
export function stringPattern(schema: Schema, where: string): [string, string] | undefined {
  const def = defOf(schema);
  if (def.type === 'pipe') {
    // Text checked as typed, then parsed (such as a web address): both sets of rules apply.
    const stages = [def.in as Schema, def.out as Schema].map((stage) => stringPattern(stage, where));
    const parts = stages.filter((stage): stage is [string, string] => stage !== undefined);
    if (parts.length < 2) return parts[0];
    const messages = sentences(parts.map(([, message]) => message));
    return [`^${parts.map(([source]) => `(?=${source})`).join('')}`, messages];
  }
  const checks = checksOf(schema);
  const parts: string[] = [];
  const messages: string[] = [];
  const trimmed = checks.some((check) => check.check === 'overwrite');
  const min = checks.find((check) => check.check === 'min_length');
  const max = checks.find((check) => check.check === 'max_length');
  for (const format of [def as CheckDef, ...checks]) {
    if (format.format === 'url') {
      parts.push(urlPattern(format));
      messages.push(messageOf(format));
    } else if (format.format === 'email' && format.pattern instanceof RegExp) {
      parts.push(regexSource(format.pattern, where));
      messages.push(messageOf(format));
    }
  }
  if (min || max) {
    parts.push(lengthPattern(min?.minimum ?? 0, max?.maximum ?? 100_000, trimmed));
    if (max) messages.push(messageOf(max));
    else if (min && (min.minimum ?? 0) > 1) messages.push(messageOf(min));
  }
  for (const check of checks) {
    if (check.format === 'regex' && check.pattern) {
      parts.push(regexSource(check.pattern, where));
      messages.push(messageOf(check));
    }
  }
  if (parts.length === 0) return undefined;
  const pattern = parts.length === 1 ? (parts[0] as string) : `^${parts.map((part) => `(?=${part})`).join('')}`;
  return [pattern, sentences(messages)];
}

/** The folder every upload lives in, as the schemas' upload patterns begin. */
const UPLOAD_FOLDER_PATTERN = '^\\/uploads\\/';

/**
 * Decap's image and file widgets check their pattern against the file name
 * alone (`getValidateValue` in decap-cms-widget-file returns the basename), so
 * the schema's "/uploads/name.ext" pattern loses its folder here; the media
 * folder puts every upload there, and the build checks the whole address.
 */
export function fileNamePattern([source, message]: [string, string], where: string): [string, string] {
  if (!source.startsWith(UPLOAD_FOLDER_PATTERN)) {
    throw new Error(`${where}: an upload pattern must start with /uploads/ (${source})`);
  }
  return [`^${source.slice(UPLOAD_FOLDER_PATTERN.length)}`, message];
}

/**
 * A reference: a select of the collection's entries where the configuration
 * lists them (filtered as the editor types, with no wait and no stale match
 * for Enter to pick), else Decap's relation field.
 */
function referenceField(base: CmsField, collection: string, context: FieldContext): CmsField {
  const options = context.choicesOf?.(collection);
  if (options) return { ...base, widget: 'select', options };
  const display = context.displayFieldOf(collection);
  return {
    ...base,
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [display],
    display_fields: [display],
    options_length: 100,
  };
}

function numberField(base: CmsField, schema: Schema): CmsField {
  const checks = checksOf(schema);
  const field: CmsField = { ...base, widget: 'number', value_type: 'float' };
  for (const check of checks) {
    if (check.check === 'greater_than') field.min = check.value as number;
    if (check.check === 'less_than') field.max = check.value as number;
    if (check.check === 'number_format') field.value_type = 'int';
  }
  field.step = field.value_type === 'int' ? 1 : 0.01;
  return field;
}

/** A select of a list the configuration is given by name (the client sizes of site settings), in its order. */
function listedChoiceField(base: CmsField, choices: string, context: FieldContext): CmsField {
  return { ...base, widget: 'select', options: context.choicesOf?.(choices) ?? [] };
}

/** A select of a fixed list of values, labelled by the override's `optionLabels` where it has them. */
function choiceField(base: CmsField, def: ReturnType<typeof defOf>, override: FieldOverride): CmsField {
  const values = Object.values(def.entries as Record<string, string>);
  const labels = override.optionLabels ?? {};
  return { ...base, widget: 'select', options: values.map((value) => ({ label: labels[value] ?? value, value })) };
}

function fieldFor(name: string, path: string, schema: Schema, context: FieldContext): CmsField {
  const unwrapped = unwrap(schema);
  const override = context.overrides?.[path] ?? {};
  const base: CmsField = { name, label: override.label ?? humanise(name), widget: 'string' };
  if (!unwrapped.required) base.required = false;
  if (unwrapped.description) base.hint = unwrapped.description;
  if (unwrapped.default !== undefined) base.default = unwrapped.default;
  if (context.translated) {
    base.i18n = unwrapped.translatable ? true : context.inTranslatedList ? 'duplicate' : false;
    // The items of a translated list keep their values that are not words; anything else nested follows its parent.
    context = { ...context, inTranslatedList: unwrapped.translatable === true };
    if (!unwrapped.translatable) context.translated = false;
  }
  const inner = unwrapped.schema;
  const def = defOf(inner);

  if (unwrapped.collection) return referenceField(base, unwrapped.collection, context);
  if (unwrapped.choices) return listedChoiceField(base, unwrapped.choices, context);

  // A date read through a preprocessing step (see calendarDate) is still a date to the editor.
  const kind = def.type === 'pipe' && defOf(def.out as Schema).type === 'date' ? 'date' : def.type;
  switch (kind) {
    case 'pipe':
    case 'string': {
      const pattern = stringPattern(inner, path);
      const max = checksOf(inner).find((check) => check.check === 'max_length')?.maximum ?? 0;
      const widget = override.widget ?? (max > ONE_LINE_MAX ? 'text' : 'string');
      const isUpload = widget === 'image' || widget === 'file';
      const upload = isUpload
        ? {
            choose_url: false,
            allow_multiple: false,
            media_library: { config: { max_file_size: context.maxUploadBytes } },
          }
        : {};
      const rule = pattern && isUpload ? fileNamePattern(pattern, path) : pattern;
      const counted = max > 0 && (widget === 'string' || widget === 'text') ? { max_length: max } : {};
      return { ...base, widget, ...upload, ...counted, ...(rule ? { pattern: rule } : {}) };
    }
    case 'number':
      return numberField(base, inner);
    case 'boolean':
      return { ...base, widget: 'boolean', default: unwrapped.default ?? false };
    case 'date':
      return {
        ...base,
        widget: 'datetime',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        format: 'YYYY-MM-DD',
        picker_utc: true,
      };
    case 'enum':
      return choiceField(base, def, override);
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(inner, path, context) };
    case 'array':
      return listField(base, inner, path, context, override);
    default:
      throw new Error(`${path}: no CMS widget for a ${def.type} field`);
  }
}

function listField(
  base: CmsField,
  schema: Schema,
  path: string,
  context: FieldContext,
  override: FieldOverride,
): CmsField {
  const checks = checksOf(schema);
  const bounds: Pick<CmsField, 'min' | 'max'> = {};
  for (const check of checks) {
    if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 0) bounds.min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) bounds.max = check.maximum;
  }
  const element = unwrap(defOf(schema).element as Schema);
  if (element.collection) return { ...referenceField(base, element.collection, context), multiple: true, ...bounds };
  if (element.choices) return { ...listedChoiceField(base, element.choices, context), multiple: true, ...bounds };
  const elementDef = defOf(element.schema);
  if (elementDef.type === 'enum') return { ...choiceField(base, elementDef, override), multiple: true, ...bounds };
  if (defOf(element.schema).type !== 'object') throw new Error(`${path}: lists hold entries or objects`);
  return {
    ...base,
    widget: 'list',
    ...bounds,
    collapsed: true,
    ...(override.summary ? { summary: override.summary } : {}),
    ...(override.labelSingular ? { label_singular: override.labelSingular } : {}),
    fields: fieldsOf(element.schema, path, context),
  };
}

/** The object schema under any refinements. */
function objectShape(schema: Schema): Record<string, Schema> {
  const def = defOf(schema);
  if (def.type !== 'object') throw new Error(`Expected an object schema, got ${def.type}`);
  return def.shape as Record<string, Schema>;
}

function fieldsOf(schema: Schema, prefix: string, context: FieldContext): CmsField[] {
  return Object.entries(objectShape(schema)).map(([name, field]) =>
    fieldFor(name, prefix ? `${prefix}.${name}` : name, field, context),
  );
}

/** The CMS fields for every field of an object schema, in schema order. */
export function fieldsFromSchema(schema: Schema, context: FieldContext): CmsField[] {
  return fieldsOf(schema, '', context);
}

/** Refinements no CMS field rule can express: checked by the build, listed for editors and tests. */
export function buildOnlyRules(schema: Schema, prefix = ''): BuildOnlyRule[] {
  const rules: BuildOnlyRule[] = [];
  const visit = (node: Schema, path: string) => {
    const unwrapped = unwrap(node);
    for (const layer of [node, unwrapped.schema]) {
      for (const check of checksOf(layer)) {
        if (check.check === 'custom') rules.push({ path: path || '(entry)', message: messageOf(check) });
      }
      if (layer === unwrapped.schema) break;
    }
    const def = defOf(unwrapped.schema);
    if (def.type === 'object') {
      for (const [name, child] of Object.entries(def.shape as Record<string, Schema>)) {
        visit(child, path ? `${path}.${name}` : name);
      }
    } else if (def.type === 'array') {
      visit(def.element as Schema, path);
    }
  };
  visit(schema, prefix);
  return rules;
}
