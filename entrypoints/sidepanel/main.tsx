// Side panel entry: mounts the review panel.
import { ReviewPanel } from '@/components/ReviewPanel';
import { mountPage } from '@/components/mount';
import { resetTextDecoderBetweenCalls } from '@/utils/compat/text-decoder';

resetTextDecoderBetweenCalls();
mountPage(ReviewPanel, 'panelTitle');
