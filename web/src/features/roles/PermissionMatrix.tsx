import { Group, Table, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PermissionMatrix as Matrix, Scope } from '../../app/session';
import classes from './PermissionMatrix.module.css';

interface PermissionMatrixProps {
  modules: string[];
  actions: string[];
  scopes: Scope[];
  value: Matrix;
  /** The saved matrix, to mark cells changed since. */
  saved?: Matrix;
  /** Absent: the matrix is shown read-only. */
  onChange?: (module: string, action: string, scope: Scope) => void;
  label: string;
}

function scopeOf(matrix: Matrix | undefined, module: string, action: string): Scope {
  return matrix?.[module]?.[action] ?? 'none';
}

/** Scopes in a row, each swatch in the colour its cells use. */
export function ScopeLegend({ scopes }: { scopes: Scope[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" component="dl" m={0}>
      {scopes.map((scope) => (
        <Group key={scope} gap={6} wrap="nowrap">
          <span className={`${classes.swatch} ${classes.scope}`} data-scope={scope} aria-hidden />
          <Text component="dt" size="xs" fw={600}>
            {t(`roles.scopes.${scope}`)}
          </Text>
          <Text component="dd" size="xs" c="dimmed" m={0}>
            {t(`roles.scopeHints.${scope}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Modules down, actions across, a scope in each cell: none, own records, the department's, or all.
 * Scrolls sideways on narrow screens with the module names kept in view.
 */
export function PermissionMatrix({ modules, actions, scopes, value, saved, onChange, label }: PermissionMatrixProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={modules.length > 0 ? 160 + actions.length * 112 : 0} type="native">
      <Table className={classes.table} verticalSpacing={6} horizontalSpacing={6} aria-label={label} withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={`${classes.moduleCell} ${classes.actionHead}`}>{t('roles.matrix.module')}</Table.Th>
            {actions.map((action) => (
              <Table.Th key={action} className={classes.actionHead} scope="col">
                {t(`roles.actions.${action}`, { defaultValue: action })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {modules.map((module) => {
            const moduleName = t(`roles.modules.${module}`, { defaultValue: module });
            return (
              <Table.Tr key={module}>
                <Table.Th className={classes.moduleCell} scope="row">
                  {moduleName}
                </Table.Th>
                {actions.map((action) => {
                  const scope = scopeOf(value, module, action);
                  const actionName = t(`roles.actions.${action}`, { defaultValue: action });
                  if (!onChange) {
                    return (
                      <Table.Td key={action}>
                        <span className={`${classes.badge} ${classes.scope}`} data-scope={scope}>
                          {t(`roles.scopes.${scope}`)}
                        </span>
                      </Table.Td>
                    );
                  }
                  const changed = saved !== undefined && scopeOf(saved, module, action) !== scope;
                  return (
                    <Table.Td key={action}>
                      <div className={classes.wrap}>
                        <select
                          className={`${classes.select} ${classes.scope}`}
                          data-scope={scope}
                          data-changed={changed || undefined}
                          aria-label={t('roles.matrix.cellLabel', { module: moduleName, action: actionName })}
                          value={scope}
                          onChange={(event) => onChange(module, action, event.currentTarget.value as Scope)}
                        >
                          {scopes.map((option) => (
                            <option key={option} value={option}>
                              {t(`roles.scopes.${option}`)}
                            </option>
                          ))}
                        </select>
                        <IconChevronDown size={12} className={classes.chevron} aria-hidden />
                      </div>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
