/** French: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../fr.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("fr", { latinDigits: true });

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Connecté en tant que ${name}`,
  signOut: "Se déconnecter",
  replyLabel: (name: string) => `Répondre à ${name}`,
  editLabel: "Modifier votre commentaire",
  postReply: "Publier la réponse",
  save: "Enregistrer",
  reply: "Répondre",
  edit: "Modifier",
  delete: "Supprimer",
  report: "Signaler",

  policyTitle: "Charte des commentaires",
  rulesHeading: "Règles",
  close: "Fermer",
  readPolicy: "Lire la charte des commentaires",
  ruleLink: (rule: string) => `Lire la règle\u00a0: ${rule}`,

  nameRequired: "Saisissez un nom affiché.",
  checking: "Nous vérifions que vous n’êtes pas un robot…",

  warned: "Vous avez reçu un avertissement\u00a0: de nouveaux manquements à la charte peuvent entraîner une suspension.",
  reason: (r: string) => `Motif\u00a0: ${r}`,
  suspended: (date: string | null) =>
    date ? `Vous pourrez de nouveau commenter à partir du ${date}.` : "Votre droit de commenter est suspendu.",
  revoked: "Votre droit de commenter vous a été retiré.",

  composerLabel: "Écrire un commentaire",
  post: "Publier le commentaire",
  posting: "Publication…",
  cancel: "Annuler",
  preview: "Aperçu",
  previewEmpty: "Rien à prévisualiser pour l’instant.",
  counter: (n: number, max: number) => `${num(n)} / ${num(max)}`,
  counterHelp: (max: number) => `caractères, ${num(max)} au maximum`,
  tooLong: (over: number) => plural(over, { one: "# caractère en trop", other: "# caractères en trop" }),
  shortcut: "Markdown\u00a0: **gras**, *italique*, [lien](https://…), > citation, `code`. Ctrl+Entrée ou ⌘+Entrée pour publier.",
  mayBreak: (rule: string) => `Ce texte pourrait enfreindre la charte des commentaires${rule ? `\u00a0: ${rule}` : ""}.`,
  flagged: (what: string) => `Passage signalé (${what})\u00a0:`,
  insult: "insulte",
  threat: "menace",
  aimedAt: {
    commenter: "visant un participant",
    "public-figure": "visant une personnalité publique",
    group: "visant un groupe",
    none: "ne visant personne en particulier",
  },
  flagSpam: "ressemble à du spam",
  flagWords: "un mot que ce site n’autorise pas",
  rejected: (rule: string) =>
    `Non publié\u00a0: ce texte semble enfreindre la règle «\u00a0${rule}\u00a0». Corrigez le passage signalé ou demandez à la modération de l’examiner.`,
  refusedForReview: (rule: string) =>
    `Non publié\u00a0: ce texte semble enfreindre la règle «\u00a0${rule}\u00a0». La modération va l’examiner.`,
  blockedWords: "Mots interdits",
  revise: "Corriger",
  submitAnyway: "Soumettre quand même à la modération",

  posted: "Votre commentaire a été publié.",
  edited: "Vos modifications ont été enregistrées.",

  rateLimited: (s: number | null) =>
    `Vous publiez trop vite. Réessayez dans ${plural(s ?? 60, { one: "# seconde", other: "# secondes" })}.`,
  networkError: "Impossible de joindre le serveur. Votre texte est conservé\u00a0; réessayez.",
  serverError: "Une erreur s’est produite. Votre texte est conservé\u00a0; réessayez.",
  sessionExpired: "Votre session a expiré. Veuillez vous reconnecter.",
  nameInvalid: "Ce nom ne peut pas être utilisé. Veuillez en choisir un autre.",
  challengeFailed: "La vérification anti-robot a échoué. Veuillez réessayer.",
  signInFailed: "La connexion a échoué. Rechargez la page pour réessayer.",
  invalidComment: "Ce commentaire ne peut pas être envoyé tel quel. Vérifiez le texte et réessayez.",
  tooLarge: "Ce commentaire est trop long pour être envoyé.",
  editExpired: (minutes: number) =>
    `Un commentaire peut être modifié pendant ${plural(minutes, { one: "# minute", other: "# minutes" })} après sa publication.`,
  replyGone: "Il n’est plus possible de répondre à ce commentaire.",
  editGone: "Ce commentaire ne peut plus être modifié.",
  gone: "Ce commentaire n’existe plus.",
  notAllowed: "Cette action n’est pas possible ici.",

  confirmDelete: "Supprimer ce commentaire\u00a0?",
  reportReasons: { "personal-attack": "Attaque personnelle", spam: "Spam", other: "Autre motif" },
  reportLabel: "Motif du signalement",
  reportNote: "Message pour la modération (facultatif)",
  reportSend: "Envoyer le signalement",
  reported: "Merci\u00a0: la modération va l’examiner.",
  alreadyReported: "Vous avez déjà signalé ce commentaire.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) => plural(n, { one: "# nouveau commentaire", other: "# nouveaux commentaires" }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Recevoir les réponses par e-mail",
    all: "à tous mes commentaires, pas seulement celui-ci",
    email: "Votre adresse e-mail",
    on: "Nous vous écrirons quand quelqu’un répondra.",
    confirm: "Consultez votre boîte de réception : nous vous avons envoyé un lien pour confirmer votre adresse.",
    failed: "Impossible d’activer les e-mails de réponse :",
    retry: "Réessayer",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) =>
    `Votre commentaire pourrait enfreindre la règle «\u00a0${rule}\u00a0» (${what})\u00a0: la modération l’examinera d’abord.`,
  heldAcknowledged: (rule: string) =>
    `Envoyé pour examen\u00a0: il sera publié si la modération le juge conforme à la règle «\u00a0${rule}\u00a0».`,
  heldPremoderation: "Ici, la modération examine les commentaires avant leur publication.",
  heldNewCommenter: "La modération examine les premiers commentaires des nouveaux participants avant leur publication.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Rejoignez la discussion pour voter.",
  voteFailed: "Votre vote n’a pas pu être pris en compte. Réessayez.",
  linkGone: "Le commentaire lié n’est pas disponible.",
} satisfies ExtraStrings;
