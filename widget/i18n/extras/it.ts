/** Italian: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../it.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("it", { latinDigits: true });

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Accesso effettuato come ${name}`,
  signOut: "Esci",
  replyLabel: (name: string) => `Rispondi a ${name}`,
  editLabel: "Modifica il tuo commento",
  postReply: "Pubblica risposta",
  save: "Salva",
  reply: "Rispondi",
  edit: "Modifica",
  delete: "Elimina",
  report: "Segnala",

  policyTitle: "Regole per i commenti",
  rulesHeading: "Regole",
  close: "Chiudi",
  readPolicy: "Leggi le regole per i commenti",
  ruleLink: (rule: string) => `Leggi la regola: ${rule}`,

  nameRequired: "Inserisci un nome visualizzato.",
  checking: "Stiamo verificando che tu non sia un robot…",

  warned: "Hai ricevuto un avvertimento: ulteriori violazioni delle regole possono portare a una sospensione.",
  reason: (r: string) => `Motivo: ${r}`,
  suspended: (date: string | null) => (date ? `Potrai tornare a commentare dal ${date}.` : "La tua possibilità di commentare è sospesa."),
  revoked: "Il tuo permesso di commentare è stato revocato.",

  composerLabel: "Scrivi un commento",
  post: "Pubblica commento",
  posting: "Pubblicazione…",
  cancel: "Annulla",
  preview: "Anteprima",
  previewEmpty: "Ancora niente da mostrare in anteprima.",
  counter: (n: number, max: number) => `${num(n)} / ${num(max)}`,
  counterHelp: (max: number) => `caratteri, al massimo ${num(max)}`,
  tooLong: (over: number) => plural(over, { one: "# carattere di troppo", other: "# caratteri di troppo" }),
  shortcut: "Markdown: **grassetto**, *corsivo*, [link](https://…), > citazione, `codice`. Ctrl+Invio o ⌘+Invio per pubblicare.",
  mayBreak: (rule: string) => `Questo testo potrebbe violare le regole per i commenti${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `Segnalato (${what}):`,
  insult: "insulto",
  threat: "minaccia",
  aimedAt: {
    commenter: "contro un altro utente",
    "public-figure": "contro un personaggio pubblico",
    group: "contro un gruppo",
    none: "senza un destinatario preciso",
  },
  flagSpam: "sembra spam",
  flagWords: "una parola non consentita su questo sito",
  rejected: (rule: string) =>
    `Non pubblicato: il testo sembra violare la regola «${rule}». Correggi il testo evidenziato o chiedi a un moderatore di esaminarlo.`,
  refusedForReview: (rule: string) => `Non pubblicato: il testo sembra violare la regola «${rule}». Un moderatore lo esaminerà.`,
  blockedWords: "Parole bloccate",
  revise: "Correggi",
  submitAnyway: "Invia comunque per la revisione",

  posted: "Il tuo commento è stato pubblicato.",
  edited: "Le modifiche sono state salvate.",

  rateLimited: (s: number | null) =>
    `Stai pubblicando troppo in fretta. Riprova tra ${plural(s ?? 60, { one: "# secondo", other: "# secondi" })}.`,
  networkError: "Impossibile raggiungere il server. Il testo è stato conservato; riprova.",
  serverError: "Qualcosa è andato storto. Il testo è stato conservato; riprova.",
  sessionExpired: "La sessione è terminata. Accedi di nuovo.",
  nameInvalid: "Questo nome non può essere usato. Scegline un altro.",
  challengeFailed: "La verifica anti-robot non è riuscita. Riprova.",
  signInFailed: "Accesso non riuscito. Ricarica la pagina per riprovare.",
  invalidComment: "Questo commento non può essere inviato così. Controlla il testo e riprova.",
  tooLarge: "Questo commento è troppo lungo per essere inviato.",
  editExpired: (minutes: number) =>
    `I commenti si possono modificare entro ${plural(minutes, { one: "# minuto", other: "# minuti" })} dalla pubblicazione.`,
  replyGone: "Non è più possibile rispondere a quel commento.",
  editGone: "Questo commento non può più essere modificato.",
  gone: "Questo commento non esiste più.",
  notAllowed: "Qui non è possibile.",

  confirmDelete: "Eliminare questo commento?",
  reportReasons: { "personal-attack": "Attacco personale", spam: "Spam", other: "Altro" },
  reportLabel: "Motivo della segnalazione",
  reportNote: "Nota per i moderatori (facoltativa)",
  reportSend: "Invia segnalazione",
  reported: "Grazie: un moderatore la esaminerà.",
  alreadyReported: "Hai già segnalato questo commento.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) => plural(n, { one: "# nuovo commento", other: "# nuovi commenti" }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Ricevi le risposte via email",
    all: "a tutti i miei commenti, non solo a questo",
    email: "La tua email",
    on: "Ti scriveremo quando qualcuno risponde.",
    confirm: "Controlla la posta: ti abbiamo inviato un link per confermare l’indirizzo.",
    failed: "Impossibile attivare le email di risposta:",
    retry: "Riprova",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) =>
    `Il tuo commento potrebbe violare la regola «${rule}» (${what}), quindi un moderatore lo esaminerà prima.`,
  heldAcknowledged: (rule: string) =>
    `Inviato per la revisione: sarà pubblicato se un moderatore lo riterrà conforme alla regola «${rule}».`,
  heldPremoderation: "Qui un moderatore esamina i commenti prima che compaiano.",
  heldNewCommenter: "Un moderatore esamina i primi commenti dei nuovi utenti prima che compaiano.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Partecipa alla discussione per votare.",
  voteFailed: "Non è stato possibile registrare il tuo voto. Riprova.",
  linkGone: "Il commento collegato non è disponibile.",
} satisfies ExtraStrings;
