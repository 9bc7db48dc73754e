import type { InputValue, Locale, LocalizedText, RuleKind, RuleOf } from '@chiso/scoring';
import type { ComponentType } from 'react';

/** What a person has typed for one scored node: kept as text so nothing typed is ever lost. */
export type RawInput = string | { numerator: string; denominator: string };

export interface InputProps<K extends RuleKind> {
  /** Unique id; the visible label points at it. */
  id: string;
  /** What the control is about (the criterion's name), for its accessible label. */
  label: string;
  rule: RuleOf<K>;
  value: RawInput | undefined;
  onChange: (value: RawInput) => void;
  disabled: boolean;
  /** Ties the control to the error shown under it, when there is one. */
  described: { 'aria-describedby'?: string; 'aria-invalid'?: true };
}

/** A kind's own fields in the rule editor, given the draft's fields for that kind. */
export interface EditorProps<F> {
  id: string;
  draft: F;
  set: <Key extends keyof F>(key: Key, value: F[Key]) => void;
}

/**
 * Everything the console knows about one rule kind. The kind's name and help text are the i18n
 * keys `ruleKind.<kind>` and `editor.ruleHelp.<kind>`; its one-line summary comes from @chiso/scoring.
 */
export interface RuleKindUi<K extends RuleKind, F extends object> {
  /** The control a unit fills in. */
  Input: ComponentType<InputProps<K>>;
  /** The kind's fields in the criteria editor (none for a kind with nothing to set). */
  Editor?: ComponentType<EditorProps<F>>;
  /**
   * From typed text to the value scored and sent: null when empty, the text itself when unreadable.
   * Numbers are read as the console's language writes them (lib/numbers.ts).
   */
  toInputValue(rule: RuleOf<K>, raw: RawInput, locale: Locale): InputValue | null;
  /** The text a control shows for a stored value, numbers as the console's language writes them. */
  toRawInput(rule: RuleOf<K>, value: unknown, locale: Locale): RawInput;
  draft: {
    /** The kind's fields, blank. Fields another kind also has (same name) are shared with it. */
    empty(): F;
    fromRule(rule: RuleOf<K>, locale: Locale): F;
    /** The rule as JSON for the API; numbers that do not read are sent as typed, for the server to name. */
    toRule(fields: F, locale: Locale): Record<string, unknown>;
    /** Fields for a newly added node, so that it parses at once, worded after the node. */
    starter(name: LocalizedText, maxPoints: number, locale: Locale): Partial<F>;
  };
}
