import '@lion/ui/define/lion-form.js';
import '@lion/ui/define/lion-input.js';
import '@lion/ui/define/lion-select.js';
import '@lion/ui/define/lion-button.js';
