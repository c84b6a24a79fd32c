/**
 * The staff row that records what the import from the Django app wrote (staff are not carried over): not
 * a person. No Telegram user has id 0; it is never active, listed or reactivated.
 */
export const IMPORT_STAFF_TELEGRAM_ID = 0n;
