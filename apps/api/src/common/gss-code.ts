/** ONS/GSS code of an English or Welsh council, e.g. E10000014 (Hampshire County Council). */
export const GSS_CODE = /^[EW]\d{8}$/;
export const GSS_CODE_MESSAGE = 'must be an ONS/GSS council code such as E10000014';
