import type { Department } from './departments.api';

export interface DepartmentNode {
  department: Department;
  depth: number;
  /** Names from the top department down to this one's parent. */
  path: string[];
}

/**
 * Departments in tree order (each followed by its sub-departments, siblings by name), with depth.
 * A department whose parent is missing (or that sits in a cycle) is shown at the top level.
 */
export function flattenTree(departments: Department[], locale: string): DepartmentNode[] {
  const byParent = new Map<string | null, Department[]>();
  const ids = new Set(departments.map((d) => d.id));
  for (const department of departments) {
    const parent = department.parentId && ids.has(department.parentId) ? department.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), department]);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.name.localeCompare(b.name, locale));
  const out: DepartmentNode[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, path: string[]) => {
    for (const department of byParent.get(parent) ?? []) {
      if (seen.has(department.id)) continue;
      seen.add(department.id);
      out.push({ department, depth, path });
      walk(department.id, depth + 1, [...path, department.name]);
    }
  };
  walk(null, 0, []);
  // Cycles in stored data would leave some unvisited; still list them.
  for (const department of departments) if (!seen.has(department.id)) out.push({ department, depth: 0, path: [] });
  return out;
}

/** The department and everything below it: what it cannot be moved under. */
export function subtreeIds(departments: Department[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId && out.has(department.parentId) && !out.has(department.id)) {
        out.add(department.id);
        grew = true;
      }
    }
  }
  return out;
}

/** "Sales › North": a department named with the ones above it. */
export function departmentPath(node: DepartmentNode): string {
  return [...node.path, node.department.name].join(' › ');
}

/** Select options in tree order, each named with its path so a chosen one reads unambiguously. */
export function departmentOptions(nodes: DepartmentNode[], exclude: Set<string> = new Set()) {
  return nodes
    .filter((node) => !exclude.has(node.department.id))
    .map((node) => ({ value: node.department.id, label: departmentPath(node) }));
}
