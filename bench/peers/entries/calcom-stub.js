// Cal.com's embed snippet, the queue half: `Cal(...)` calls wait in `Cal.q` until the loader runs. The snippet also
// appends the loader's <script>; here the bundle that imports this file is the loader.
const cal = function (...args) {
  cal.q.push(args);
};
cal.ns = {};
cal.q = [];
cal.loaded = true;
window.Cal = cal;
