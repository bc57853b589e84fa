// Dashboard (the options page) entry: mounts the log view.
import { Dashboard } from '@/components/Dashboard';
import { mountPage } from '@/components/mount';

mountPage(Dashboard, 'dashboardTitle');
