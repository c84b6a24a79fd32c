// Finds English in a text meant to be in another language: the common words of the bot's English
// sentences. Names people say in English in any language (M-Pesa, PIN, SMS, Cash, Till, Paybill, ID,
// float, prompt) are not among them.
const ENGLISH_WORDS = new Set(
  `the and is are was were be been to of for from with on at by in into or not no yes this that these those it its
  you your we our they their he she his her who which what when where how why all any every each one two some more
  has have had will would can could should may must do does did done here there now then than only also still yet
  please tap type send sent end ended start started open opened close closed paid pay pays failed fail owed owes
  customer customers session sessions payment payments amount phone number receipt bill bills total today yesterday
  week month report shift staff manager managers operator operators invite tariff computer computers free busy new
  cancel help waiting again another later asked ask answer answered minutes hours money drawer count
  counted takings refund refunded void voided approve approved refuse refused check checked found list put aside
  choose chosen language`.split(/\s+/),
);

/** The English words in `text`, in order (a word several times, several times); commands (/new) and links are not words. */
export function englishWordsIn(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/\/\w+/g, " ")
      .match(/\p{L}+/gu) ?? [];
  return words.filter((word) => ENGLISH_WORDS.has(word));
}
