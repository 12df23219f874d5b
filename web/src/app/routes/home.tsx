import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { registrableRoles } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import classes from './home.module.css';

const steps = ['harvest', 'reserve', 'follow'] as const;

export function HomeRoute() {
  const { t } = useTranslation();
  return (
    <Stack gap={56}>
      <PageTitle title={t('home.title')} />
      <Intro />
      <section aria-labelledby="how-title">
        <Title order={2} id="how-title" mb="lg">
          {t('home.howTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          {steps.map((step, index) => (
            <Card key={step} withBorder padding="lg" radius="md" className={classes.step}>
              <Group gap="sm" mb="sm" wrap="nowrap">
                <ThemeIcon size={32} radius="xl" variant="light" aria-hidden className={classes.stepNumber}>
                  {index + 1}
                </ThemeIcon>
                <Title order={3} size="h4">
                  {t(`home.steps.${step}.title`)}
                </Title>
              </Group>
              <Text>{t(`home.steps.${step}.body`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby="roles-title">
        <Title order={2} id="roles-title" mb="lg">
          {t('home.rolesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {registrableRoles.map((role) => (
            <Card key={role} withBorder padding="lg" radius="md">
              <Title order={3} size="h4" mb="xs">
                {t(`roles.${role}`)}
              </Title>
              <Text>{t(`home.roles.${role}`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby="about-title" className={classes.hero}>
        <Title order={2} id="about-title" mb="sm">
          {t('home.aboutTitle')}
        </Title>
        <Text className={classes.lead}>{t('home.about')}</Text>
      </section>
    </Stack>
  );
}

function Intro() {
  const { t } = useTranslation();
  const { data: user } = useUser();
  return (
    <div className={classes.hero}>
      <Title order={1} mb="md">
        {t('home.title')}
      </Title>
      <Text className={classes.lead}>{t('home.lead')}</Text>
      {user && (
        <Text mt="lg" fw={600}>
          {t('home.greeting', { name: user.name })}
        </Text>
      )}
      <Group mt="xl" gap="sm">
        <Button component={Link} to={paths.map.getHref()} size="md">
          {t('map.homeCta')}
        </Button>
        {!user && (
          <>
            <Button component={Link} to={paths.auth.register.getHref()} size="md" variant="default">
              {t('home.ctaRegister')}
            </Button>
            <Button component={Link} to={paths.auth.login.getHref()} size="md" variant="subtle">
              {t('home.ctaLogin')}
            </Button>
          </>
        )}
      </Group>
    </div>
  );
}
