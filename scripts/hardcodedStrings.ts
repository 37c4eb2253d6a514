/**
 * Finds interface text written straight into the renderer's JSX instead of going through the
 * i18next catalogues: JSX text with letters in it, and string literals given to props that
 * a user sees or hears (aria-label, title, placeholder, alt, label…). A Russian lecturer must
 * never meet an English word the catalogues do not know about.
 */
import ts from 'typescript';

/** One piece of hard-coded interface text. */
export interface HardcodedString {
  /** 1-based line of the text in its file. */
  line: number;
  /** Where it sits: "text" for JSX text, else the prop's name. */
  where: string;
  text: string;
}

/**
 * Props whose value is shown or announced. `label` and `description` are the props of our own
 * field and button components (TextField, CheckField, ToolButton), which render them as text.
 */
export const VISIBLE_PROPS: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'description',
  'hint',
  'message',
]);

/**
 * Words that stay as they are in every interface language: the names of the interface
 * languages in themselves (a Russian speaker looks for "Русский", whatever the interface says).
 */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set(['English', 'Русский', 'Қазақша', 'Oʻzbekcha']);

const LETTER = /\p{L}/u;
/** A bare URL scheme or address ("https://", the placeholder of the link field): the same in every language. */
const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\/\S*$/i;

/** Whether `text` is something a translator would have to translate. */
export function isTranslatable(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return LETTER.test(trimmed) && !ALLOWED_WORDS.has(trimmed) && !URL_LIKE.test(trimmed);
}

/**
 * The string literals of an expression that end up as text. Arguments of calls are skipped:
 * `t('toolbar.save')` passes a catalogue key, `cx('a', 'b')` class names, and neither is read
 * by the user. Property names and comparisons (`kind === 'image'`) are skipped for the same
 * reason.
 */
function literalsOf(node: ts.Node, found: ts.Node[]): void {
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) return;
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return;
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.EqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsToken
    ) {
      return;
    }
  }
  if (ts.isConditionalExpression(node)) {
    // The condition is never shown; both branches may be.
    literalsOf(node.whenTrue, found);
    literalsOf(node.whenFalse, found);
    return;
  }
  if (ts.isElementAccessExpression(node)) {
    literalsOf(node.expression, found);
    return;
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    found.push(node);
    return;
  }
  if (ts.isTemplateExpression(node)) {
    found.push(node.head, ...node.templateSpans.map((s) => s.literal));
    node.templateSpans.forEach((s) => literalsOf(s.expression, found));
    return;
  }
  ts.forEachChild(node, (child) => literalsOf(child, found));
}

/** The hard-coded interface text of one `.tsx` file. */
export function findHardcodedStrings(fileName: string, sourceText: string): HardcodedString[] {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: HardcodedString[] = [];
  const report = (node: ts.Node, where: string, text: string) => {
    if (!isTranslatable(text)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    out.push({ line: line + 1, where, text: text.replace(/\s+/g, ' ').trim() });
  };
  const literals = (expression: ts.Node, where: string) => {
    const found: ts.Node[] = [];
    literalsOf(expression, found);
    for (const literal of found) report(literal, where, (literal as ts.LiteralLikeNode).text);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      report(node, 'text', node.text);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      // {'Save'} or {busy ? 'Saving…' : 'Save'} among an element's children.
      literals(node.expression, 'text');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (VISIBLE_PROPS.has(name) && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) report(node.initializer, name, node.initializer.text);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) {
          literals(node.initializer.expression, name);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
