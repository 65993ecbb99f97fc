/** French ("vous", as French news sites address their readers; a no-break space before : ; ? ! and inside « »). What the first paint says; the rest is in extras/fr.ts. */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("fr", { latinDigits: true });
const ago = agoIn("fr");

export default {
  locale: "fr",
  dir: "ltr",
  justNow: "à l’instant",
  ago,

  heading: "Commentaires",
  count: (n: number) => plural(n, { one: "# commentaire", many: "# de commentaires", other: "# commentaires" }),
  sortLabel: "Trier",
  sortOldest: "Plus anciens",
  sortNewest: "Plus récents",
  loading: "Chargement des commentaires…",
  loadMore: "Afficher plus",
  moreReplies: (n: number) =>
    n ? plural(n, { one: "Afficher # autre réponse", other: "Afficher # autres réponses" }) : "Afficher d’autres réponses",
  loadFailed: "Impossible de charger les commentaires.",
  offline: "Vous semblez être hors ligne.",
  retry: "Réessayer",
  empty: "Aucun commentaire pour l’instant. Lancez la discussion.",
  closed: "Les commentaires sont fermés.",

  policyLine: "Veuillez lire notre charte des commentaires avant de commenter",

  joinHeading: "Participer à la discussion",
  nameLabel: "Nom affiché",
  joinAsGuest: "Continuer en tant qu’invité",
  guestsNotAllowed: "Connectez-vous sur ce site pour commenter.",

  held: "En attente de modération",
  heldNotice: "Ce commentaire n’est visible que par vous jusqu’à sa validation par la modération.",
  you: "(vous)",
  edited_: "· modifié",
  replyingTo: (name: string) => `en réponse à ${name}`,
  deleted: "Ce commentaire a été supprimé.",

  // Votes and permalinks
  sortBest: "Les meilleurs",
  upvote: (n: number) => `Voter pour (${num(n)})`,
  downvote: (n: number) => `Voter contre (${num(n)})`,
  permalink: "Lien",
  linked: "Commentaire lié",
} satisfies Strings;
