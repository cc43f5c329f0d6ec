import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../server/deps.js';
import { workspacesRoutes } from './workspaces/workspaces.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { usersRoutes } from './users/users.routes.js';
import { rolesRoutes } from './roles/roles.routes.js';
import './roles/role.entity.js';

/**
 * Every module's HTTP routes. A module adds one import and one line here; entity types register
 * themselves from their `*.entity.ts`, imported here too.
 */
export function registerModuleRoutes(app: FastifyInstance, deps: AppDeps): void {
  workspacesRoutes(app, deps);
  authRoutes(app, deps);
  usersRoutes(app, deps);
  rolesRoutes(app, deps);
}
