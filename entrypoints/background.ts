// Service worker: wiring only.
import { defineBackground } from 'wxt/utils/define-background';
import { setupCommands } from '@/utils/background/commands';
import { setupHighlightSource } from '@/utils/background/highlight-source';
import { setupPassive } from '@/utils/background/passive';
import { setupRetention } from '@/utils/background/retention';
import { setupSidePanel } from '@/utils/background/side-panel';
import { setupSourceWatcher } from '@/utils/background/source-watcher';
import { setupTabAccess } from '@/utils/background/tab-access';

export default defineBackground(() => {
  setupSidePanel();
  setupTabAccess();
  setupSourceWatcher();
  setupHighlightSource();
  setupCommands();
  setupPassive();
  setupRetention();
});
