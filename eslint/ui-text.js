// berth/no-literal-ui-text: every word the renderer shows comes from the resource files (renderer/src/i18n/locales),
// so it exists in English and 简体中文. The rule reports words written into the code where a user would see them:
// JSX text, string children, text props (aria-label, title, placeholder, label, helperText… and any prop whose
// value reads as words), and text-named properties of object literals (label, title, headerName, message…), which
// is how columns, menus and palette actions are declared. A literal that is not UI text (a CLI line, a unit the
// engine defines) says so with `// eslint-disable-next-line berth/no-literal-ui-text -- <why>`.

/** Props whose value is always words for a person. */
const TEXT_PROP = /^(aria-(label|description|placeholder|roledescription|valuetext)|title|placeholder|alt|label|helperText|tooltip|primary|secondary|message|summary|detail|description|caption|heading|hint|emptyText|confirmLabel|cancelLabel|.*(Label|Text|Title|Message|Placeholder|Hint|Description))$/;
/** Props whose value is never words for a person, even when it contains spaces (a style, a path, a pattern). */
const TECHNICAL_PROP = /^(className|class|sx|style|d|viewBox|points|transform|id|key|href|to|src|path|accept|pattern|autoComplete|inputMode|role|type|variant|color|size|edge|component|name|value|defaultValue|htmlFor|data-.*|aria-(controls|labelledby|describedby|owns|live|haspopup|current|sort|orientation|autocomplete|expanded|selected|checked|hidden|busy|level|multiline|modal|pressed|readonly|required|atomic|relevant|invalid|disabled)|spellCheck|lang|dir|target|rel|method|fontFamily|justifyContent|alignItems|direction|flexWrap|anchorOrigin|placement|fontSize|fontWeight|textAlign|whiteSpace|wordBreak|overflow|display|gridTemplateColumns|gridArea|gap|width|height|minWidth|maxWidth|mode)$/;
/** Object keys that carry words for a person (columns, menu entries, palette actions, notices). */
const TEXT_KEY = /^(label|title|headerName|header|description|message|helperText|placeholder|tooltip|summary|hint|caption|heading|emptyText|confirmLabel|cancelLabel|text|explanation|primary|secondary)$/;

const hasLetter = (text) => /\p{L}/u.test(text);
const readsAsWords = (text) => /\p{L}{2,}\s+\p{L}{2,}/u.test(text);

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
  if (node.type === 'ConditionalExpression') return [literalText(node.consequent), literalText(node.alternate)].filter(Boolean).join(' ') || null;
  if (node.type === 'LogicalExpression') return literalText(node.right);
  return null;
}

function propName(attribute) {
  const name = attribute.name;
  return name.type === 'JSXNamespacedName' ? `${name.namespace.name}:${name.name.name}` : name.name;
}

function keyName(property) {
  if (property.computed) return null;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal') return String(property.key.value);
  return null;
}

export default {
  rules: {
    'no-literal-ui-text': {
      meta: {
        type: 'problem',
        docs: { description: 'UI text comes from the i18n resources, not from literals in the code.' },
        schema: [],
      },
      create(context) {
        const report = (node, text) =>
          context.report({ node, message: `UI text "${text.trim().slice(0, 40)}" belongs in the locale files: use t('…') from useTranslation.` });
        return {
          JSXText(node) {
            if (hasLetter(node.value)) report(node, node.value);
          },
          JSXExpressionContainer(node) {
            if (node.parent.type !== 'JSXElement' && node.parent.type !== 'JSXFragment') return;
            const text = literalText(node.expression);
            if (text && hasLetter(text)) report(node, text);
          },
          JSXAttribute(node) {
            const name = propName(node);
            if (TECHNICAL_PROP.test(name)) return;
            const text = literalText(node.value);
            if (!text || !hasLetter(text)) return;
            if (TEXT_PROP.test(name) || readsAsWords(text)) report(node, text);
          },
          Property(node) {
            const key = keyName(node);
            if (!key || !TEXT_KEY.test(key)) return;
            const text = literalText(node.value);
            if (text && hasLetter(text)) report(node, text);
          },
        };
      },
    },
  },
};
