// The closest open-source peer, enablement-map-studio (../shared/peers/, React 18 + MUI), measured
// beside Patika in the same run: its data is one localStorage key (see its README).
/** An init script that stores `file` (a Patika map file) as the peer's journey map. */
export function peerStoreScript(file) {
  const m = file.map;
  const cjm = {
    kind: 'cjm', version: '1.0', id: `cjm:${m.id}`, persona: { name: m.personas[0]?.name ?? 'Customer' },
    phases: m.stages.map((s) => ({ id: `cjm:phase:${s.id}`, name: s.name })),
    actions: m.touchpoints.map((t) => ({
      id: `cjm:action:${t.id}`, name: t.name, phase: `cjm:phase:${t.stage}`, touchpoints: [t.channel],
      thoughts_feelings: [], emotion_score: Math.max(-2, Math.min(2, Object.values(t.emotions)[0] ?? 0)),
    })),
  };
  const envelope = { state: { state: { cjm, sbp: null, outcome: null, em: null }, referenceCheck: null, fileMetadata: null }, version: 0 };
  return `localStorage.setItem('enablement-map-studio-storage', ${JSON.stringify(JSON.stringify(envelope))});`;
}
