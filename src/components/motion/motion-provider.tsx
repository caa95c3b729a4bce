import type { ReactNode } from 'react';
import { LazyMotion, MotionConfig } from 'framer-motion';
import { selectMotionPref } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';

const loadFeatures = () => import('./motion-features.ts').then((m) => m.default);

/**
 * Motion for the whole app: `m` components only (LazyMotion strict), features loaded lazily,
 * and the device's reduced-motion setting respected unless the in-app switch overrides it.
 */
export function MotionProvider({ children }: { children: ReactNode }) {
  const pref = useAppStore(selectMotionPref);
  const reducedMotion = pref === 'reduce' ? 'always' : pref === 'allow' ? 'never' : 'user';
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion={reducedMotion}>{children}</MotionConfig>
    </LazyMotion>
  );
}
