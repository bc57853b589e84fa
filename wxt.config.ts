// Build configuration: the manifest with the fewest permissions that work, and the demo build's pre-granted local origins.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// The demo build (used by `npm start` and the e2e tests) may touch the bundled local demo pages without a prompt.
const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // iconv-lite (reached only through @kenjiuno/msgreader) needs Node's Buffer and would crash the side panel on load.
  vite: () => ({
    resolve: { alias: { 'iconv-lite': fileURLToPath(new URL('./utils/compat/iconv-lite.ts', import.meta.url)) } },
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    permissions: ['sidePanel', 'storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(mode === 'demo' ? { host_permissions: DEMO_ORIGINS } : {}),
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'fill-approved': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFillApproved__' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  }),
});
