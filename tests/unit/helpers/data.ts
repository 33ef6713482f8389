// Test helpers: the data files as raw JSON (read independently of src/, so expected values come
// from the files themselves), and scratch copies of content/data to corrupt one file at a time.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const realDataDir = join(process.cwd(), 'content', 'data');

/** A data file as parsed JSON, untyped on purpose: the tests read it the way a reader of the file would. */
export function readRaw(name: string): any {
  return JSON.parse(readFileSync(join(realDataDir, name), 'utf8'));
}

/** A fresh copy of every content/data/*.json in a temporary directory. */
export function copyDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'launch-contest-data-'));
  for (const name of readdirSync(realDataDir).filter((n) => n.endsWith('.json'))) {
    cpSync(join(realDataDir, name), join(dir, name));
  }
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Edit one JSON file of a scratch data directory in place. */
export function editJson(dir: string, name: string, edit: (json: any) => void): void {
  const path = join(dir, name);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

export function readText(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

export function writeText(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}
