import { loadSplits } from "./scripts/detector/data.ts";
const S = loadSplits() as any;
for (const k of Object.keys(S)) if (Array.isArray(S[k])) for (const x of S[k]) if (typeof x.text === "string" && process.argv.slice(2).some((p) => x.text.startsWith(p))) console.log(k, "::", JSON.stringify(x.text));
