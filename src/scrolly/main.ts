// The story page's one script: mount the scrolly blocks. Reader controls hook in through onStepChange.
import { startScrolly } from './controller';
import { initCopyButtons } from '../embed/copy-panel';

startScrolly();
initCopyButtons();
