// Vitest browser setup for the Storybook project: MPP_TEST_NOW (read by vitest.config.ts) shifts the page's clock
// before any story runs. Nothing happens when it is unset. See test/kit/README.md ("At another hour").
import { inject } from 'vitest';
import { shiftClockTo } from './clock-shift.mjs';

const at = inject('mppTestNow');
if (at !== undefined) shiftClockTo(at);
