// Watches folders, one non-recursive fs.watch per directory: Node 20's recursive watch on Linux
// watches each file's inode and goes deaf to a file once it is replaced (`sed -i`, editors'
// safe-write); a directory's watch sees every file created, renamed or written in it.
import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';

export interface DirectoryWatch {
  close(): void;
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Calls `onChange` for every change under `root` (folders made later included); with `only`,
 * for changes to that one name directly in `root` (a file watched through its folder).
 */
export function watchDirectory(root: string, onChange: () => void, only?: string): DirectoryWatch {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (only !== undefined) {
          if (name === only) onChange();
          return;
        }
        const path = name ? join(dir, name.toString()) : undefined;
        if (path && isDirectory(path)) add(path);
        onChange();
      });
    } catch {
      return; // removed meanwhile
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    if (only !== undefined) return;
    const entries = (() => {
      try {
        return readdirSync(dir, { withFileTypes: true });
      } catch {
        return [];
      }
    })();
    for (const entry of entries)
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
        add(join(dir, entry.name));
  };
  add(root);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
