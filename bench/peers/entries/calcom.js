import '@calcom/embed-core';
