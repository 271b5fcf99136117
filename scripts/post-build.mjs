// Trunk's post-build hook (one hook: Trunk runs a stage's hooks in parallel, and the service
// worker must hash the page after its policy is in). Usage: node scripts/post-build.mjs [dir].
import path from 'node:path';
import { addPolicy } from './csp.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
try {
  addPolicy(path.join(dir, 'index.html'));
  writeServiceWorker(dir);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
