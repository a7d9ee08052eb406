import '@material/web/textfield/outlined-text-field.js';
import '@material/web/button/filled-button.js';
