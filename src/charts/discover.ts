// Turns an import.meta.glob of chart folders into charts by id, checking that each folder is
// named for the id its chart declares (the id is the folder name everywhere else): the build checks
// the charts' index.ts files (./registry.ts), whose ids are their views'.
import { isId } from '../lib/step-id';

export function byFolder<T extends { id: string }>(modules: Record<string, T>, file: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [path, chart] of Object.entries(modules)) {
    // Checked where a mistake can be fixed: the build (SSR), dev and the tests. The browser bundle
    // (views.ts) reads folders the build has already checked, so it leaves these messages out.
    if (import.meta.env.SSR || import.meta.env.DEV) checkFolder(path.slice(2, -(file.length + 1)), chart.id, file);
    out[chart.id] = chart;
  }
  return out;
}

function checkFolder(folder: string, id: string, file: string): void {
  if (!isId(folder)) throw new Error(`src/charts/${folder}/: a chart folder's name is its id, so it must be lower-case letters and digits in words joined by single hyphens`);
  if (id !== folder) throw new Error(`src/charts/${folder}/${file} declares chart "${id}": a chart's id must be its folder's name`);
}
