// The connect form's fields and how they become a host origin.
import { POSTHOG_CLOUD_HOSTS } from '../../sources/posthog/hosts';

export type HostChoice = 'us' | 'eu' | 'custom';

export interface ConnectFormValues {
  hostChoice: HostChoice;
  customHost: string;
  projectId: string;
  apiKey: string;
}

export function hostOf(values: ConnectFormValues): string {
  return values.hostChoice === 'custom' ? values.customHost : POSTHOG_CLOUD_HOSTS[values.hostChoice];
}
