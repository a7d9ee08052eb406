import docsearch from '@docsearch/js';
docsearch({ container: '#search', appId: 'APPID', apiKey: 'KEY', indexName: 'mpp' });
