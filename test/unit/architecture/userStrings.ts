// Finds user-visible text that does not go through the translation helper (src/util/l10n.ts `t`): string literals
// passed to the calls that show text, or given as the text fields of prompts, quick pick items and tree items.

import * as ts from 'typescript';
import type { SourceFile } from './sourceGraph';

/** Calls whose arguments are shown: the message (and the buttons) of a notification, a status bar line, a row. */
const SHOWING_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage']);
/** Object fields VS Code shows: input boxes, quick picks, items, progress. */
const SHOWN_FIELDS = new Set(['title', 'prompt', 'placeHolder', 'label', 'description', 'detail', 'tooltip', 'message', 'saveLabel', 'openLabel']);

export interface BareString {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Text a translator would have to see: letters left once codicons (`$(check)`) and substitutions are taken out. */
function hasWords(text: string): boolean {
  // An example address (`https://app.example.com`, `name@example.com`) reads the same in every language.
  if (/^\s*(https?:\/\/[\w.-]+|[\w.+-]+@[\w.-]+)\s*$/.test(text)) return false;
  return /\p{L}{2,}/u.test(text.replace(/\$\([a-z0-9~-]+\)/gi, ''));
}

function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(' ') || undefined;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [literalText(node.left), literalText(node.right)].filter(Boolean).join(' ') || undefined;
  }
  return undefined;
}

export function bareStrings(file: SourceFile): BareString[] {
  const found: BareString[] = [];
  const check = (node: ts.Expression): void => {
    const text = literalText(node);
    if (text !== undefined && hasWords(text)) {
      found.push({ file: file.name, line: file.ast.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (SHOWING_CALLS.has(name)) node.arguments.forEach(check);
    } else if (ts.isNewExpression(node) && /(^|\.)TreeItem$/.test(node.expression.getText(file.ast)) && node.arguments?.[0]) {
      check(node.arguments[0]);
    } else if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && SHOWN_FIELDS.has(node.name.text)) {
      check(node.initializer);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      SHOWN_FIELDS.has(node.left.name.text)
    ) {
      check(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(file.ast);
  return found;
}
