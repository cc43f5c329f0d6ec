import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../../components/LanguageMenu';
import { Logo } from '../../components/Logo';
import { ThemeToggle } from '../../components/ThemeToggle';
import type { Locale } from '../../i18n/i18n';

interface AuthLayoutProps {
  title: string;
  subtitle?: string;
  width?: number;
  onLocaleChange: (locale: Locale) => void;
  children: ReactNode;
}

/** The frame of the screens before sign-in: brand, language, theme and one card. */
export function AuthLayout({ title, subtitle, width = 420, onLocaleChange, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--kt-page-bg)" px="md" py="lg" pb="xl">
      <Group justify="space-between" maw={width} mx="auto" mb={{ base: 'lg', sm: 48 }} wrap="nowrap">
        <Logo />
        <Group gap="xs" wrap="nowrap">
          <LanguageMenu onChange={onLocaleChange} />
          <ThemeToggle />
        </Group>
      </Group>
      <Center>
        <Paper component="main" withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={width}>
          <Stack gap={4} mb="lg">
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle ? (
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            ) : null}
          </Stack>
          {children}
        </Paper>
      </Center>
      <Text c="dimmed" size="xs" ta="center" mt="lg">
        {t('app.tagline')}
      </Text>
    </Box>
  );
}
