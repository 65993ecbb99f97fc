/** Italian ("tu", as Italian news sites address their readers). What the first paint says; the rest is in extras/it.ts. */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("it", { latinDigits: true });
const ago = agoIn("it");

export default {
  locale: "it",
  dir: "ltr",
  justNow: "adesso",
  ago,

  heading: "Commenti",
  count: (n: number) => plural(n, { one: "# commento", many: "# di commenti", other: "# commenti" }),
  sortLabel: "Ordina",
  sortOldest: "Meno recenti",
  sortNewest: "Più recenti",
  loading: "Caricamento dei commenti…",
  loadMore: "Carica altri",
  moreReplies: (n: number) =>
    n ? plural(n, { one: "Mostra # altra risposta", other: "Mostra altre # risposte" }) : "Mostra altre risposte",
  loadFailed: "Impossibile caricare i commenti.",
  offline: "Sembra che tu sia offline.",
  retry: "Riprova",
  empty: "Ancora nessun commento. Inizia tu la conversazione.",
  closed: "I commenti sono chiusi.",

  policyLine: "Prima di commentare, leggi le nostre regole per i commenti",

  joinHeading: "Partecipa alla discussione",
  nameLabel: "Nome visualizzato",
  joinAsGuest: "Continua come ospite",
  guestsNotAllowed: "Accedi a questo sito per commentare.",

  held: "In attesa di moderazione",
  heldNotice: "Solo tu puoi vedere questo commento finché un moderatore non lo approva.",
  you: "(tu)",
  edited_: "· modificato",
  replyingTo: (name: string) => `in risposta a ${name}`,
  deleted: "Questo commento è stato eliminato.",

  // Votes and permalinks
  sortBest: "Migliori",
  upvote: (n: number) => `Vota a favore (${num(n)})`,
  downvote: (n: number) => `Vota contro (${num(n)})`,
  permalink: "Link",
  linked: "Commento collegato",
} satisfies Strings;
