// Validity and accessibility rules for every built page (tests/e2e/built-output.spec.ts).
// The "recommended" preset's style rules are left out on purpose: React writes valid HTML in its
// own style (camel-case attribute names such as referrerPolicy, self-closed void elements).
const config = {
  extends: ['html-validate:standard', 'html-validate:a11y'],
}

export default config
