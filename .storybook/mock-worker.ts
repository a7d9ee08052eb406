// Starts the MSW service worker for the stories from wherever Storybook is published. The addon's own setup
// registers `/mockServiceWorker.js` at the host's root, which does not exist when the static build is served
// from a sub-path (e.g. https://<owner>.github.io/mpp-widgets/): every story then failed in its loader.
import { isCommonAssetRequest } from 'msw';
import { setupWorker } from 'msw/browser';

/** Storybook's own files, which the worker passes through without a warning. */
const storybookFile = /\.mdx$|sb-common-assets|iframe\.html|sb-vite|@vite|\/virtual:|\.stories\./;

/** For `mswLoader(startMockWorker)`: the worker beside iframe.html, scoped to the folder Storybook is served from. */
export async function startMockWorker() {
  const worker = setupWorker();
  const url = new URL('mockServiceWorker.js', document.baseURI);
  await worker.start({
    quiet: true,
    serviceWorker: { url: url.pathname, options: { scope: new URL('./', url).pathname } },
    onUnhandledRequest(request, print) {
      if (isCommonAssetRequest(request) || storybookFile.test(request.url)) return;
      print.warning();
    },
  });
  return worker;
}
