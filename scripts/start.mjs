// `npm start`: build, show the CLI on the sample workspace, package the .vsix.
// examples/good is checked on its own first, so a new user sees a clean config before the
// intended findings of examples/bad, examples/services and examples/vendor.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (argv, what) => {
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm start: ${what} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
};

run(['scripts/build.mjs'], 'the build');
console.log('\n== examples/good: configs that follow every rule ==');
run(['dist/cli.js', 'check', 'examples/good'], 'checking examples/good');
console.log('\n== examples/: the findings below are intended; each file under examples/bad, examples/services and examples/vendor demonstrates rules ==');
run(['dist/cli.js', 'check', 'examples', '--exit-zero'], 'checking examples');
console.log('\n== packaging the VS Code extension ==');
run(['scripts/package.mjs', '--no-build'], 'packaging');
