import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../src/content.config';
import { findBrokenReferences } from '../src/lib/references';
import { readData, sampleEntries, sampleFiles, schemaOf } from '../tests/sample-content';
import {
  backendFromEnv,
  choicesOf,
  cmsConfig,
  LISTED_COLLECTIONS,
  collectionFields,
  collectionSettings,
  SIDEBAR_ORDER,
  type CollectionName,
} from './config';
import { buildOnlyRules, sentences, type CmsField } from './fields';

const names = Object.keys(contentFiles) as CollectionName[];

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** The schema as JSON Schema: an independent reading of what the build requires. */
const jsonSchemaOf = (name: CollectionName) =>
  z.toJSONSchema(schemaOf(name), { io: 'input', unrepresentable: 'any' }) as JsonSchema;

const byName = (fields: CmsField[]) => new Map(fields.map((field) => [field.name, field]));

/** Walks CMS fields next to the JSON Schema properties they stand for. */
function* pairs(fields: CmsField[], schema: JsonSchema, path = ''): Generator<[string, CmsField, JsonSchema, boolean]> {
  const cms = byName(fields);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const field = cms.get(key);
    if (!field) continue;
    const required = (schema.required ?? []).includes(key);
    yield [`${path}${key}`, field, property, required];
    const inner = property.type === 'array' ? property.items : property;
    if (field.fields && inner?.properties) yield* pairs(field.fields, inner, `${path}${key}.`);
  }
}

const allPairs = names.flatMap((name) =>
  [...pairs(collectionFields(name), jsonSchemaOf(name))].map(([path, field, property, required]) => ({
    name,
    path,
    field,
    property,
    required,
  })),
);

describe('CMS fields agree with the content schemas', () => {
  it.each(names)('%s: the same fields on both sides, at every depth', (name) => {
    const names = (fields: CmsField[], prefix = ''): string[] =>
      fields.flatMap((field) => [`${prefix}${field.name}`, ...names(field.fields ?? [], `${prefix}${field.name}.`)]);
    const schemaNames = (schema: JsonSchema, prefix = ''): string[] =>
      Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
        const inner = property.type === 'array' ? property.items : property;
        return [`${prefix}${key}`, ...schemaNames(inner ?? {}, `${prefix}${key}.`)];
      });
    const cms = names(collectionFields(name)).filter((field) => field !== 'body');
    expect(cms.sort()).toEqual(schemaNames(jsonSchemaOf(name)).sort());
  });

  it.each(allPairs.map((pair) => [`${pair.name}.${pair.path}`, pair] as const))(
    '%s: required, choices, ranges and hint match',
    (_, { field, property, required }) => {
      expect(field.required ?? true).toBe(required);
      expect(field.hint).toBe((property as { description?: string }).description);
      if (property.enum) expect(field.options?.map((option) => option.value)).toEqual(property.enum);
      if (property.type === 'number' || property.type === 'integer') {
        expect(field.widget).toBe('number');
        const bound = (value: number | undefined) =>
          Math.abs(value ?? 0) === Number.MAX_SAFE_INTEGER ? undefined : value;
        expect(field.min).toBe(bound(property.minimum));
        expect(field.max).toBe(bound(property.maximum));
        expect(field.value_type).toBe(property.type === 'integer' ? 'int' : 'float');
      }
      if (property.type === 'array') {
        expect(field.min).toBe(property.minItems && property.minItems > 0 ? property.minItems : undefined);
        expect(field.max).toBe(property.maxItems);
      }
      if (property.type === 'boolean') expect(field.widget).toBe('boolean');
    },
  );

  it('points every relation at the collection the build resolves the reference in', () => {
    const relations = new Map<string, string>();
    for (const name of names) {
      for (const entry of sampleEntries(name)) {
        // Alone in the list, every reference of the entry counts as broken, so all of them are listed.
        for (const broken of findBrokenReferences([entry])) {
          relations.set(`${name}.${broken.field.replace(/\.\d+/g, '')}`, broken.collection);
        }
      }
    }
    expect(relations.size).toBeGreaterThan(8);
    const cmsRelations = new Map(
      allPairs
        .filter((pair) => pair.field.widget === 'relation')
        .map((pair) => [`${pair.name}.${pair.path}`, pair.field.collection]),
    );
    for (const [path, collection] of relations) expect(cmsRelations.get(path), path).toBe(collection);
  });

  it('picks listed collections from a select of their entries by label, searches the others', () => {
    const choices = Object.fromEntries(LISTED_COLLECTIONS.map((name) => [name, choicesOf(name, sampleEntries(name))]));
    const everyField = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((field) => [field, ...everyField(field.fields ?? [])]);
    let references = 0;
    for (const name of names) {
      // The same fields in the same order, with and without the lists of choices.
      const listed = everyField(collectionFields(name, choices));
      everyField(collectionFields(name)).forEach((relation, index) => {
        if (!relation.collection) return;
        references += 1;
        const field = listed[index];
        const target = relation.collection as CollectionName;
        if (!(LISTED_COLLECTIONS as readonly string[]).includes(target)) {
          expect(field?.widget, `${name}.${relation.name}`).toBe('relation');
          return;
        }
        const entries = sampleEntries(target);
        const labels = choicesOf(target, entries).map((choice) => choice.label);
        expect(field).toMatchObject({ name: relation.name, widget: 'select' });
        expect([field?.required, field?.multiple]).toEqual([relation.required, relation.multiple]);
        expect(field?.options?.map((option) => option.value).sort()).toEqual(entries.map((entry) => entry.id).sort());
        expect(field?.options?.map((option) => option.label)).toEqual(labels.sort((a, b) => a.localeCompare(b, 'en')));
      });
    }
    expect(references).toBeGreaterThan(8);
  });

  it('lists the rules the CMS cannot check, so a new one is a decision', () => {
    const rules = names.flatMap((name) =>
      buildOnlyRules(schemaOf(name)).map((rule) => `${name}.${rule.path}: ${rule.message}`),
    );
    expect(rules.filter((rule) => !rule.includes('Must not be in the future'))).toEqual(
      [
        'settings.currency: Not an ISO 4217 currency code',
        'settings.budgetRanges: List the ranges from smallest to largest',
        'settings.budgetRanges.upTo: Use at most two decimals',
        'settings.clientSizes: Give each size a range of its own',
        'plans.(entry): A plan sold by partners must have a price above 0',
        'plans.pricePerSeat: Use at most two decimals',
        'tiers.resaleDiscount: Use at most two decimals',
        'tiers.referralCommission: Use at most two decimals',
        'cities.latitude: Use at most five decimals',
        'cities.longitude: Use at most five decimals',
        'partners.clientSizes: Choose each size once',
        'partners.minProject: Use at most two decimals',
        'partners.since: Must not be in the future',
        'reviews.(entry): Must not be before the project ended',
        'resources.(entry): Add a download or an external link',
        'resources.(entry): Must not be before the publication date',
        'resources.downloads.file: No such file in public/uploads/',
        'resources.downloads.file: Files must be at most 20 MB',
      ].filter((rule) => !rule.includes('Must not be in the future')),
    );
  });
});

/** The string schema of a field, under optional, default, list and `'' |` wrappers. */
function stringSchemaAt(name: CollectionName, path: string): z.ZodType {
  type Def = {
    type: string;
    shape?: Record<string, z.ZodType>;
    innerType?: z.ZodType;
    element?: z.ZodType;
    options?: z.ZodType[];
  };
  const defOf = (schema: z.ZodType) => schema.def as unknown as Def;
  const peel = (schema: z.ZodType): z.ZodType => {
    const def = defOf(schema);
    if (def.innerType) return peel(def.innerType);
    if (def.element) return peel(def.element);
    if (def.type === 'union') return peel(def.options?.find((option) => defOf(option).type !== 'literal') ?? schema);
    return schema;
  };
  let schema: z.ZodType = schemaOf(name);
  for (const key of path.split('.')) schema = peel(defOf(peel(schema)).shape?.[key] as z.ZodType);
  return schema;
}

/** Values the sample content holds at a dotted path. */
function sampleValues(name: CollectionName, path: string): string[] {
  const at = (value: unknown, keys: string[]): unknown[] => {
    if (Array.isArray(value)) return value.flatMap((item) => at(item, keys));
    if (keys.length === 0) return [value];
    if (typeof value !== 'object' || value === null) return [];
    return at((value as Record<string, unknown>)[keys[0] as string], keys.slice(1));
  };
  return sampleFiles(name)
    .flatMap((file) => at(readData(file.path), path.split('.')))
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

interface CheckLike {
  check?: string;
  format?: string;
}

/** Every check and format of a string schema, through a pipe's stages. */
function checksIn(schema: z.ZodType): CheckLike[] {
  const def = schema.def as unknown as CheckLike & {
    type: string;
    in?: z.ZodType;
    out?: z.ZodType;
    checks?: { _zod: { def: CheckLike } }[];
  };
  if (def.type === 'pipe' && def.in && def.out) return [...checksIn(def.in), ...checksIn(def.out)];
  return [def, ...(def.checks ?? []).map((check) => check._zod.def)];
}

const isUpload = (field: CmsField) => field.widget === 'image' || field.widget === 'file';

/** What Decap tests a field's pattern against: the file name alone for uploads (decap-cms-widget-file's getValidateValue). */
const validatedValue = (field: CmsField, value: string) => (isUpload(field) ? (value.split('/').pop() ?? '') : value);

const stringFields = allPairs
  .filter((pair) => pair.field.pattern)
  .map((pair) => {
    const schema = stringSchemaAt(pair.name, pair.path);
    // An upload's folder is set by the media library, so its pattern checks the file name alone.
    const approximate =
      isUpload(pair.field) ||
      checksIn(schema).some((check) => check.check === 'custom' || check.format === 'url' || check.format === 'email');
    return { ...pair, schema, exact: !approximate };
  });

const unit = fc.constantFrom(
  'a',
  'Z',
  'f',
  '7',
  '0',
  ' ',
  '<',
  '>',
  '#',
  '/',
  '-',
  '+',
  '.',
  ':',
  '@',
  '\n',
  '\t',
  'é',
  '\u0007',
  '\u202e',
  '\u2067',
);

/** Random text near the length limit, real values from the sample content, and those values with one character changed. */
function textNear(samples: string[], max: number) {
  const seeds = samples.length > 0 ? samples : ['x'];
  return fc.oneof(
    fc.string({ minLength: 1, maxLength: max, unit }),
    fc.constantFrom(...seeds),
    fc.tuple(fc.constantFrom(...seeds), fc.nat(), unit).map(([seed, at, char]) => {
      const index = at % (seed.length + 1);
      return `${seed.slice(0, index)}${char}${seed.slice(index + 1)}`;
    }),
    fc
      .tuple(fc.constantFrom(...seeds), fc.string({ minLength: 1, maxLength: 4, unit }))
      .map(([seed, extra]) => seed + extra),
  );
}

describe('string patterns', () => {
  it('cover the limited text fields', () => {
    expect(stringFields.filter((field) => field.exact).length).toBeGreaterThan(40);
  });

  it.each(stringFields.map((pair) => [`${pair.name}.${pair.path}`, pair] as const))(
    '%s: the CMS pattern accepts what the schema accepts (and, where exact, nothing else)',
    (_, { name, path, field, schema, exact }) => {
      const [source] = field.pattern as [string, string];
      const pattern = { test: (value: string) => new RegExp(source).test(validatedValue(field, value)) };
      const max = Math.max(...[...source.matchAll(/\{\d+,(\d+)\}/g)].map((match) => Number(match[1]) + 4), 16);
      fc.assert(
        fc.property(textNear(sampleValues(name, path), max), (value) => {
          const valid = schema.safeParse(value).success;
          if (exact) expect(pattern.test(value), JSON.stringify(value)).toBe(valid);
          else if (valid) expect(pattern.test(value), JSON.stringify(value)).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
  );
});

/** The checks Decap runs before saving, applied to a value of a field. */
function cmsErrors(fields: CmsField[], data: Record<string, unknown>, path = ''): string[] {
  return fields.flatMap((field) => {
    const value = data[field.name];
    const where = `${path}${field.name}`;
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) return (field.required ?? true) && field.widget !== 'boolean' ? [`${where}: required`] : [];
    const errors: string[] = [];
    if (field.pattern && !new RegExp(field.pattern[0]).test(validatedValue(field, String(value))))
      errors.push(`${where}: ${field.pattern[1]}`);
    if (typeof value === 'number') {
      if (field.min !== undefined && value < field.min) errors.push(`${where}: below ${field.min}`);
      if (field.max !== undefined && value > field.max) errors.push(`${where}: above ${field.max}`);
      if (field.value_type === 'int' && !Number.isInteger(value)) errors.push(`${where}: not whole`);
    }
    if (Array.isArray(value)) {
      if (field.min !== undefined && value.length < field.min) errors.push(`${where}: too few`);
      if (field.max !== undefined && value.length > field.max) errors.push(`${where}: too many`);
      if (field.fields) {
        value.forEach((item, index) => errors.push(...cmsErrors(field.fields ?? [], item, `${where}.${index}.`)));
      }
    } else if (field.fields && typeof value === 'object') {
      errors.push(...cmsErrors(field.fields, value as Record<string, unknown>, `${where}.`));
    }
    return errors;
  });
}

describe('the CMS rules on real and broken content', () => {
  const files = names.flatMap((name) => sampleFiles(name).map((file) => ({ name, ...file })));

  it.each(files.map((file) => [file.path, file] as const))('%s passes the CMS checks', (_, { name, path }) => {
    const data = readData(path) as Record<string, unknown>;
    expect(
      cmsErrors(
        collectionFields(name).filter((field) => field.name !== 'body'),
        data,
      ),
    ).toEqual([]);
  });

  const partner = readData(sampleFiles('partners')[0]?.path ?? '') as Record<string, unknown>;
  const tier = readData(sampleFiles('tiers')[0]?.path ?? '') as Record<string, unknown>;
  it.each([
    ['partners', { ...partner, name: '' }, 'name: required'],
    ['partners', { ...partner, name: 'x'.repeat(121) }, 'name: Must be at most 120 characters'],
    ['partners', { ...partner, name: 'Acme <b>' }, 'name: Must be at most 120 characters. Use plain text'],
    ['partners', { ...partner, name: 'Acme\u202Egnp.exe' }, 'name: Must be at most 120 characters. Use plain text'],
    ['partners', { ...partner, website: 'htp:/broken' }, 'website: Must be an http:// or https:// address'],
    ['partners', { ...partner, website: 'javascript:alert(1)' }, 'website: Must be an http:// or https:// address'],
    ['partners', { ...partner, phone: 'call us' }, 'phone: Must be a phone number'],
    ['partners', { ...partner, types: [] }, 'types: required'],
    ['tiers', { ...tier, referralCommission: 140 }, 'referralCommission: above 100'],
    ['tiers', { ...tier, commissionMonths: 2.5 }, 'commissionMonths: not whole'],
    ['tiers', { ...tier, badgeColour: 'red' }, 'badgeColour: Must be a colour'],
  ] as const)('%s: the CMS and the build both refuse %j', (name, data, message) => {
    const errors = cmsErrors(collectionFields(name), data as Record<string, unknown>);
    expect(errors.join('\n')).toContain(message);
    expect(schemaOf(name).safeParse(data).success).toBe(false);
  });
});

describe('the sidebar', () => {
  it('lists every collection once, settings first, lookup lists last', () => {
    expect(['settings', ...SIDEBAR_ORDER].sort()).toEqual([...names].sort());
    expect(SIDEBAR_ORDER.slice(0, 3)).toEqual(['partners', 'reviews', 'resources']);
  });

  it('opens every collection with an order field in that order', () => {
    for (const name of names) {
      const hasOrder = collectionFields(name).some((field) => field.name === 'order');
      const collection = cmsConfig({
        siteUrl: '',
        choices: {},
        today: new Date(),
        staleAfterMonths: 12,
        backend: backendFromEnv({}),
      }).collections.find((entry) => entry.name === name) as { sortable_fields?: unknown[] } | undefined;
      const sortsByOrder = (collection?.sortable_fields ?? []).some(
        (field) => typeof field === 'object' && (field as { default_sort?: string }).default_sort === 'asc',
      );
      expect(sortsByOrder, name).toBe(hasOrder && name !== 'settings');
    }
  });
});

describe('bodies', () => {
  it.each(names.filter((name) => contentFiles[name].extension === 'md'))(
    '%s: the body is edited as Markdown, the way it is read',
    (name) => {
      const body = collectionFields(name).find((field) => field.name === 'body');
      expect(body).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    },
  );
});

describe('the configuration', () => {
  const config = cmsConfig({
    siteUrl: 'https://partners.polynya.example',
    choices: {
      tiers: [
        { id: 'silver', label: 'Silver' },
        { id: 'gold', label: 'Gold' },
      ],
    },
    today: new Date('2026-11-27T10:00:00Z'),
    staleAfterMonths: 12,
    backend: backendFromEnv({}),
  });
  const collection = (name: string) =>
    config.collections.find((entry) => entry.name === name) as Record<string, unknown> & { fields: CmsField[] };

  it('has a collection for every content collection, settings as one entry that stays', () => {
    expect(config.collections.map((entry) => entry.name).sort()).toEqual([...names].sort());
    expect(collection('settings')).toMatchObject({ folder: 'content/settings', create: false, delete: false });
  });

  it('stores each collection where the build reads it', () => {
    for (const name of names) {
      expect(collection(name)).toMatchObject({
        folder: `content/${contentFiles[name].folder}`,
        extension: contentFiles[name].extension,
        identifier_field: collectionSettings[name].identifier,
      });
    }
  });

  it('publishes through the editorial workflow, with uploads in public/uploads', () => {
    expect(config).toMatchObject({
      publish_mode: 'editorial_workflow',
      media_folder: 'public/uploads',
      public_folder: '/uploads',
      backend: { name: 'github', branch: 'main' },
    });
  });

  it('filters partners by tier and by a verification older than twelve months', () => {
    const filters = collection('partners').view_filters as { label: string; field: string; pattern: string }[];
    expect(filters.map((filter) => filter.label)).toEqual([
      'Silver tier',
      'Gold tier',
      'Verified more than 12 months ago',
      'Featured',
    ]);
    const stale = new RegExp(filters[2]?.pattern ?? '');
    expect(['2025-11-26', '2024-03-01'].every((date) => stale.test(date))).toBe(true);
    expect(['2025-11-27', '2026-06-01'].some((date) => stale.test(date))).toBe(false);
  });

  it('uses image and file widgets for uploads', () => {
    const partnerFields = byName(collection('partners').fields);
    expect(partnerFields.get('logo')).toMatchObject({ widget: 'image', required: false });
    const downloads = byName(collection('resources').fields).get('downloads');
    expect(byName(downloads?.fields ?? []).get('file')).toMatchObject({ widget: 'file' });
  });

  it('takes the Git host from the environment and refuses an unknown one', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'git-gateway', CMS_BRANCH: 'content' })).toMatchObject({
      name: 'git-gateway',
      branch: 'content',
    });
    expect(() => backendFromEnv({ CMS_BACKEND: 'ftp' })).toThrow('github or git-gateway');
  });
});

describe('rule messages', () => {
  it('read as sentences, each rule once, without the full stop Decap adds itself', () => {
    expect(sentences(['Must be at most 120 characters', 'Use plain text.', 'Use plain text.', ' '])).toBe(
      'Must be at most 120 characters. Use plain text',
    );
  });
});
