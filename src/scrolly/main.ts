// The story page's one script: scrolly blocks, reader controls, embed panels.
import { startScrolly } from './controller';
import { initCopyButtons, initEmbedOptions } from '../embed/copy-panel';
import { applyMotionPreference, initReader } from '../reader/main';

applyMotionPreference();
startScrolly();
initReader();
initCopyButtons();
initEmbedOptions();
