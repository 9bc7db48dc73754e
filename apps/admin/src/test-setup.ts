import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './i18n/index.ts';

// findBy/waitFor give up after 1 s by default: too short when every check of the workspace shares two
// cores, and a screen that answers later is not wrong.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
