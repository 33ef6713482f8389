// The story page's one script: scrolly blocks, reader controls, embed panels.
import { startScrolly } from './controller';
import { initEmbedPanels } from '../embed/panel-opener';
import { applyMotionPreference, initReader } from '../reader/main';
import { addStepTools } from '../reader/step-tools-el';

applyMotionPreference();
// The steps' tools rows first: the scroll model measures the steps as they will stay.
addStepTools();
startScrolly();
initReader();
initEmbedPanels();
