import { globSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every `new OerError(code, text)` gives a message descriptor (`msg('key', …)`), never English
 * text: a bare string would reach a Russian lecturer in English. The type already refuses a
 * string; this catches a cast, or a check that a later change to the type would lose.
 */
function bareMessages(fileName: string, sourceText: string): string[] {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'OerError') {
      const text = node.arguments?.[1];
      let inner = text;
      while (inner && (ts.isAsExpression(inner) || ts.isParenthesizedExpression(inner)))
        inner = inner.expression;
      if (
        inner &&
        (ts.isStringLiteral(inner) ||
          ts.isNoSubstitutionTemplateLiteral(inner) ||
          ts.isTemplateExpression(inner))
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${fileName}:${line + 1}: ${inner.getText(source).slice(0, 60)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('OerError messages', () => {
  it('finds a bare string given as the message', () => {
    expect(
      bareMessages(
        'x.ts',
        "throw new OerError('io', 'Cannot read.');\nthrow new OerError('io', `${a} failed` as never);\nthrow new OerError('io', msg('io.notRead', { name }));",
      ),
    ).toEqual(["x.ts:1: 'Cannot read.'", 'x.ts:2: `${a} failed`']);
  });

  it('are descriptors everywhere in src: no English-only error can reach the window', () => {
    const offenders = globSync('src/**/*.{ts,tsx}')
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .sort()
      .flatMap((file) => bareMessages(file, readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
