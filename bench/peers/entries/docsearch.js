// DocSearch keyword-only (no Ask AI): a button until opened, then its modal searching one Algolia index.
import docsearch from '@docsearch/js';
docsearch({ container: '#search', appId: 'APPID', apiKey: 'KEY', indices: ['mpp'] });
