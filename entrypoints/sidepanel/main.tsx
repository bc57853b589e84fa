// Side panel entry: mounts the review panel.
import { ReviewPanel } from '@/components/ReviewPanel';
import { mountPage } from '@/components/mount';

mountPage(ReviewPanel, 'panelTitle');
