// The staff pages' script (dist/staff/staff.js): the shell; each page's module is loaded when its section opens.
import './app/mpp-staff-app.js';
