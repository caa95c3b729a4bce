import * as v from 'valibot';
import { encodeIssue } from './issue-message.ts';

/** True for `{}`-style objects only: arrays, class instances and boxed values are not records. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A v.strictObject that (1) refuses arrays with a 'type' issue instead of a pile of missing keys and
 * (2) reports every unknown key, where valibot alone stops at the first one.
 */
export function strictRecord<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  const object = v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? encodeIssue('unknown-key', { key: String(issue.input) })
      : encodeIssue('required'),
  );
  return v.pipe(
    v.custom<v.InferInput<typeof object>>(isPlainRecord, encodeIssue('type', { expected: 'object' })),
    object,
    v.rawCheck(({ dataset, addIssue }) => {
      // valibot's own unknown-key issue (path of length 1) points at the original input object.
      const first = dataset.issues?.find(
        (issue) => issue.type === 'strict_object' && issue.expected === 'never' && issue.path?.length === 1,
      );
      const input = first?.path?.[0]?.input;
      if (!isPlainRecord(input)) return;
      for (const key of Object.keys(input)) {
        if (Object.hasOwn(entries, key)) continue;
        addIssue({
          message: encodeIssue('unknown-key', { key }),
          path: [{ type: 'object', origin: 'key', input, key, value: input[key] }],
        });
      }
    }),
  );
}
