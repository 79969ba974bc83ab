import { storage } from '@wxt-dev/storage';

/**
 * When the reader finished onboarding (chose where Termlight runs), or null before. Local,
 * not synced: each browser installs on its own, and the choice itself is in settings.
 */
export const onboardedAtItem = storage.defineItem<number | null>('local:onboardedAt', { fallback: null });
