// No imports: modules that cache settings load this early, before the workspaces service.
const listeners: Array<(workspaceId: string) => void> = [];

/** Lets a module that keeps settings in memory forget them when they change in this process. */
export function onWorkspaceSettingsChanged(listener: (workspaceId: string) => void): void {
  listeners.push(listener);
}

/** Tells the listeners that a workspace's settings changed (called by the workspaces service). */
export function settingsChanged(workspaceId: string): void {
  for (const listener of listeners) listener(workspaceId);
}
