/** The injection token of the web pages' WebConfiguration (from #configuration's loadWebConfiguration). */
export const WEB_CONFIGURATION = Symbol('WEB_CONFIGURATION');
