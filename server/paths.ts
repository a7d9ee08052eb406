// Where the server finds the project's files. The server runs compiled, from .build/server/, two levels below the
// project's root; relative paths in the configuration (MPP_DB_PATH, MPP_SITE_DIR) are read from the working directory.
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A file of the project, by its path from the root. */
export const projectFile = (path: string): URL => new URL(`../../${path}`, import.meta.url);
