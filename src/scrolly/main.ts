// The story page's one script: scrolly blocks, reader controls, embed panels.
import { startScrolly } from './controller';
import { initEmbedPanels } from '../embed/panel-opener';
import { applyMotionPreference, initReader } from '../reader/main';
import { addStepTools } from '../reader/step-tools-el';
import { yieldToMain } from '../lib/yield';
import { bringStoryTables } from '../charts/story-tables';

// One task each, with the browser free to paint and answer a tap between them: on a slow phone the
// whole start was one 300 ms task (4x CPU slowdown), which a tap made just then had to wait out.
applyMotionPreference();
// The steps' tools rows first: the scroll model measures the steps as they will stay. Then the
// reader bar's controls, in the same task, so the bar is never painted in its script-less form
// once the script has begun (the scroll model they subscribe to takes its first look after load).
addStepTools();
initReader();
await yieldToMain();
startScrolly();
await yieldToMain();
initEmbedPanels();
bringStoryTables();
