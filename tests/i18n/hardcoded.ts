import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

/**
 * Finds words a user would read that are written into the code instead of coming from `_locales`:
 * JSX text, user-facing JSX attributes (title, aria-label, placeholder, alt…), strings a JSX
 * expression renders, strings set as an element's text or label, and prose-looking string literals
 * anywhere else in the file (a label map, a message built in a helper). Code-ish strings are left
 * alone: comparisons, object keys, imports, types, CSS classes, selectors, event and message names,
 * and what only a developer reads (console, thrown Errors).
 */

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

export const ROOT = join(import.meta.dirname, '../..');

const USER_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
  'label',
]);
/** DOM properties and attributes that put text on screen or in a screen reader. */
const USER_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt']);
/** Calls whose string arguments are code, not words. */
const CODE_CALLS = new Set([
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'createElement',
  'createElementNS',
  'getElementById',
  'send',
  'sendMessage',
  'postMessage',
  'mark',
  'measure',
  'getEntriesByName',
  'get',
  'set',
  'has',
  'delete',
  'startsWith',
  'endsWith',
  'includes',
  'split',
  'replace',
  'replaceAll',
  'join',
  'toggle',
  'add',
  'remove',
  'contains',
  'setProperty',
  'getPropertyValue',
  'attachShadow',
  'define',
  'localeCompare',
  't',
  'tp',
]);
const DEVELOPER_CALLS = new Set(['log', 'warn', 'error', 'info', 'debug', 'trace', 'assert']);
const ERROR_CLASSES = /^(?:[A-Z]\w*)?Error$/;

/**
 * Has letters, and reads as words: several words ("just now", "Show details"), or one capitalised
 * word ("Friend", "Unmet"). Lower-case identifiers, class lists, selectors and keys are code.
 */
export function looksLikeProse(s: string): boolean {
  const text = s.trim();
  if (!/\p{L}/u.test(text)) return false;
  if (/[[\]{}=<>#\\|]|^\.|^\/|:\/\/|^--/.test(text)) return false;
  if (/\p{L}[\s\u00a0]+\p{L}/u.test(text)) {
    // "badge badge-met" is a class list; "follows you" is English.
    return !/^[a-z0-9-]+(?:\s+[a-z0-9-]+)+$/.test(text) || COMMON_WORDS.test(text);
  }
  return /^\p{Lu}\p{Ll}+[.!?…:]?$/u.test(text);
}
const COMMON_WORDS =
  /\b(?:the|you|your|to|a|an|of|is|are|and|or|not|no|in|on|with|this|that|them|they|for|yet|all|now|ago|min|days?|more|less|show|hide)\b/;

type Node = { type: string; start: number; end: number; [k: string]: unknown };

export function scanSource(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const lineOf = (pos: number) => source.slice(0, pos).split('\n').length;
  const lang = file.endsWith('.tsx') ? 'tsx' : 'ts';
  const ast = parseAst(source, { lang }) as unknown as Node;
  const report = (node: Node, text: string, why: string) =>
    findings.push({ file, line: lineOf(node.start), text: text.trim().slice(0, 80), why });

  const strings = (node: Node | null | undefined, why: string, all: boolean) => {
    // Strings an expression can evaluate to: literals, template text, both branches, `a || 'b'`.
    if (!node) return;
    if (node.type === 'Literal' && typeof node.value === 'string') {
      if (all ? /\p{L}/u.test(node.value) : looksLikeProse(node.value)) report(node, node.value, why);
    } else if (node.type === 'TemplateLiteral') {
      const parts = (node.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked);
      if (parts.some((p) => (all ? /\p{L}/u.test(p) : looksLikeProse(p)))) report(node, parts.join('…'), why);
      for (const e of node.expressions as Node[]) strings(e, why, all);
    } else if (node.type === 'ConditionalExpression') {
      strings(node.consequent as Node, why, all);
      strings(node.alternate as Node, why, all);
    } else if (
      node.type === 'LogicalExpression' ||
      (node.type === 'BinaryExpression' && node.operator === '+')
    ) {
      strings(node.left as Node, why, all);
      strings(node.right as Node, why, all);
    }
  };

  const seen = new Set<Node>();
  const calleeName = (callee: Node): string | undefined =>
    callee.type === 'Identifier'
      ? (callee.name as string)
      : callee.type === 'MemberExpression' && !callee.computed
        ? ((callee.property as Node).name as string)
        : undefined;
  const skip = (node: Node | null | undefined) => {
    // Marks every string under `node` as code.
    if (!node || typeof node !== 'object') return;
    walkAll(node, (n) => seen.add(n));
  };

  const visit = (node: Node, parent: Node | undefined) => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TSTypeAnnotation':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSLiteralType':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
        if (
          node.type.startsWith('TS') &&
          (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')
        )
          skip(node.typeAnnotation as Node);
        else skip(node);
        break;
      case 'ExportNamedDeclaration':
        skip(node.source as Node);
        break;
      case 'BinaryExpression':
        if (['===', '!==', '==', '!=', 'in', 'instanceof'].includes(node.operator as string)) {
          skip(node.left as Node);
          skip(node.right as Node);
        }
        break;
      case 'SwitchCase':
        skip(node.test as Node);
        break;
      case 'Property':
        if (!node.computed) skip(node.key as Node);
        break;
      case 'MemberExpression':
        if (node.computed) skip(node.property as Node);
        break;
      case 'CallExpression':
      case 'NewExpression': {
        const callee = node.callee as Node;
        const name = calleeName(callee);
        const isConsole =
          callee.type === 'MemberExpression' &&
          (callee.object as Node).type === 'Identifier' &&
          (callee.object as Node).name === 'console';
        if (node.type === 'NewExpression' && name && ERROR_CLASSES.test(name)) skip(node);
        else if (isConsole && name && DEVELOPER_CALLS.has(name)) skip(node);
        else if (name === 'setAttribute') {
          const [attr, value] = node.arguments as Node[];
          seen.add(attr as Node);
          if (attr?.type === 'Literal' && USER_ATTRIBUTES.has(attr.value as string)) {
            strings(value, `setAttribute('${attr.value}')`, true);
          }
          skip(value);
        } else if (name && CODE_CALLS.has(name)) for (const a of node.arguments as Node[]) skip(a);
        break;
      }
      case 'AssignmentExpression': {
        const left = node.left as Node;
        if (left.type === 'MemberExpression' && !left.computed) {
          const prop = (left.property as Node).name as string;
          if (USER_PROPERTIES.has(prop)) {
            strings(node.right as Node, `.${prop} =`, true);
            skip(node.right as Node);
          }
        }
        break;
      }
      case 'JSXAttribute': {
        const name = (node.name as Node).name as string;
        const value = node.value as Node | null;
        if (USER_ATTRIBUTES.has(name)) {
          if (value?.type === 'Literal') strings(value, `${name}=`, true);
          else if (value?.type === 'JSXExpressionContainer')
            strings(value.expression as Node, `${name}=`, true);
        }
        skip(value);
        break;
      }
      case 'JSXText':
        if (/\p{L}/u.test(node.value as string)) report(node, node.value as string, 'JSX text');
        break;
      case 'JSXExpressionContainer':
        if (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment') {
          strings(node.expression as Node, 'JSX child', true);
          skip(node.expression as Node);
        }
        break;
      case 'Literal':
      case 'TemplateLiteral':
        if (!seen.has(node)) {
          strings(node, 'prose literal', false);
          skip(node);
        }
        return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      if (Array.isArray(child)) {
        for (const c of child)
          if (c && typeof c === 'object' && typeof c.type === 'string') visitOnce(c, node);
      } else if (child && typeof child === 'object' && typeof (child as Node).type === 'string') {
        visitOnce(child as Node, node);
      }
    }
  };
  const visitOnce = (node: Node, parent: Node) => {
    if (seen.has(node) && (node.type === 'Literal' || node.type === 'TemplateLiteral')) return;
    visit(node, parent);
  };
  visit(ast, undefined);
  return findings;
}

function walkAll(node: Node, fn: (n: Node) => void) {
  fn(node);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === 'object' && typeof c.type === 'string') walkAll(c, fn);
    } else if (child && typeof child === 'object' && typeof (child as Node).type === 'string') {
      walkAll(child as Node, fn);
    }
  }
}

/** The folders whose words must come from `_locales`. */
export const UI_FOLDERS = ['components', 'lib/features', 'entrypoints'];

export function uiSourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, path));
    }
  };
  for (const folder of UI_FOLDERS) walk(join(ROOT, folder));
  return out.sort();
}

export function scanFile(file: string): Finding[] {
  return scanSource(file, readFileSync(join(ROOT, file), 'utf8'));
}
