import { isDeckIssueCode, type DeckIssueCode, type IssueParams } from './deck-issue.ts';

// valibot carries one string per issue. We use it as a private channel from the schema to the
// issue mapper ("code" or "code {json params}"); it never reaches a user as text.

/** Encodes an issue code and its params as a valibot message. */
export function encodeIssue(code: DeckIssueCode, params?: IssueParams): string {
  return params ? `${code} ${JSON.stringify(params)}` : code;
}

/** Decodes a message written by encodeIssue; anything else yields null. */
export function decodeIssue(message: string): { code: DeckIssueCode; params?: IssueParams } | null {
  const space = message.indexOf(' ');
  const code = space === -1 ? message : message.slice(0, space);
  if (!isDeckIssueCode(code)) return null;
  if (space === -1) return { code };
  try {
    const params = JSON.parse(message.slice(space + 1)) as IssueParams;
    return { code, params };
  } catch {
    return { code };
  }
}
