// Deterministic generated maps for benchmarks (seeded; the same bytes every run).
export function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const CHANNELS = ['web', 'app', 'call-centre', 'store', 'email', 'social', 'whatsapp', 'chat', 'ads', 'wom', 'invoice', 'packaging'];

/** A map file with `stages` × `perStage` touchpoints, one persona, in the format version this
 * build writes (2) unless `formatVersion` says otherwise (1: migrated on every read). */
export function generateMap({ id = 'bench', stages = 20, perStage = 50, seed = 42, padding = 0, formatVersion = 2 } = {}) {
  const r = rng(seed);
  const map = {
    id, title: `Benchmark ${stages}×${perStage}`, description: '', language: 'en', state: 'current',
    emotionScale: { min: -2, max: 2, labels: [] },
    personas: [{ id: 'p1', name: 'Customer', description: '', goals: '', expectations: '', frustrations: '', quote: '' }],
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}`, description: '' })),
    channels: CHANNELS.map((c) => ({ id: c, name: c, kind: 'digital' })),
    touchpoints: [], actions: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
  };
  for (let s = 0; s < stages; s++) {
    for (let k = 0; k < perStage; k++) {
      const n = s * perStage + k;
      map.touchpoints.push({
        id: `t${n}`, stage: `s${s}`, channel: CHANNELS[Math.floor(r() * CHANNELS.length)], name: `Touchpoint ${n + 1}`,
        description: padding ? 'x'.repeat(padding) : '', customerAction: '', thoughts: '', expectation: '', experience: '',
        emotions: { p1: Math.floor(r() * 5) - 2 },
        painPoints: r() < 0.2 ? [{ id: `t${n}-p`, text: 'Slow', severity: 3, evidence: 'observed' }] : [],
        metrics: [], owner: '', systems: [], opportunities: [], evidence: 'assumed',
      });
    }
  }
  return { format: 'patika.journey-map', formatVersion, app: { name: 'patika', version: '0.1.0' }, map };
}

/** An init script that stores `file` as the only map before the app starts. */
export function storeMapScript(file) {
  const m = file.map;
  const index = { format: 'patika.library-index', formatVersion: 1, maps: [{ id: m.id, title: m.title, updated: m.updated, stages: m.stages.length, touchpoints: m.touchpoints.length }] };
  return `localStorage.setItem(${JSON.stringify('patika:map:' + m.id)}, ${JSON.stringify(JSON.stringify(file))});
localStorage.setItem('patika:index', ${JSON.stringify(JSON.stringify(index))});`;
}
