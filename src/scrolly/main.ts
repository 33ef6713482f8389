// The story page's one script: scrolly blocks, reader controls, embed panels.
import { startScrolly } from './controller';
import { initEmbedPanels } from '../embed/panel-opener';
import { applyMotionPreference, initReader } from '../reader/main';

applyMotionPreference();
startScrolly();
initReader();
initEmbedPanels();
