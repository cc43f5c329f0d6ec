import { Alert, Tabs } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { SettingsPage } from '../settings/SettingsPage';
import { PasswordPanel } from './PasswordPanel';
import { ProfilePanel } from './ProfilePanel';
import { SessionsPanel } from './SessionsPanel';
import { TokensPanel } from './TokensPanel';
import { TwoFactorPanel } from './TwoFactorPanel';
import { NotificationSettingsPanel } from '../notifications/NotificationSettingsPanel';

const TABS = [
  { value: 'profile', path: '' },
  { value: 'password', path: 'password' },
  { value: 'sessions', path: 'sessions' },
  { value: 'twoFactor', path: 'two-factor' },
  { value: 'tokens', path: 'tokens' },
  { value: 'notifications', path: 'notifications' },
] as const;

/** The signed-in user's own account: profile, where they are signed in, two-factor sign-in and API tokens. */
export default function AccountArea() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/settings\/account\/?/, '').split('/')[0] ?? '';
  const current = TABS.find((tab) => tab.path === sub)?.value ?? 'profile';
  const locked = Boolean(me.twoFactorSetupRequired);

  return (
    <SettingsPage title={t('settings.sections.account')} description={t('account.description')}>
      {locked ? (
        <Alert color="orange" icon={<IconShieldLock size={18} />} title={t('account.twoFactor.requiredTitle')} role="alert">
          {t('account.twoFactor.requiredText')}
        </Alert>
      ) : null}
      <Tabs
        value={current}
        onChange={(value) => {
          const tab = TABS.find((item) => item.value === value);
          if (tab) navigate(`/settings/account${tab.path ? `/${tab.path}` : ''}`);
        }}
      >
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} disabled={locked && tab.value !== 'twoFactor'} style={{ flexShrink: 0 }}>
              {t(`account.tabs.${tab.value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* The page of the chosen tab is its panel, so the tab's aria-controls names an element that exists. */}
        <Tabs.Panel value={current} pt="md">
          <Routes>
            <Route index element={<ProfilePanel />} />
            <Route path="password" element={<PasswordPanel />} />
            <Route path="sessions" element={<SessionsPanel />} />
            <Route path="two-factor" element={<TwoFactorPanel />} />
            <Route path="tokens" element={<TokensPanel />} />
            <Route path="notifications" element={<NotificationSettingsPanel />} />
            <Route path="*" element={<Navigate to="/settings/account" replace />} />
          </Routes>
        </Tabs.Panel>
      </Tabs>
    </SettingsPage>
  );
}
