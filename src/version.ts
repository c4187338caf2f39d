/** The released version; a test keeps it equal to package.json's. */
export const SHIPTAG_VERSION = '0.1.0'
