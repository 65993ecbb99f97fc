/** Spanish ("tú", as Spanish-language news sites address their readers). What the first paint says; the rest is in extras/es.ts. */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("es", { latinDigits: true });
const ago = agoIn("es");

export default {
  locale: "es",
  dir: "ltr",
  justNow: "ahora mismo",
  ago,

  heading: "Comentarios",
  count: (n: number) => plural(n, { one: "# comentario", many: "# de comentarios", other: "# comentarios" }),
  sortLabel: "Ordenar",
  sortOldest: "Más antiguos",
  sortNewest: "Más recientes",
  loading: "Cargando comentarios…",
  loadMore: "Cargar más",
  moreReplies: (n: number) => (n ? plural(n, { one: "Ver # respuesta más", other: "Ver # respuestas más" }) : "Ver más respuestas"),
  loadFailed: "No se pudieron cargar los comentarios.",
  offline: "Parece que no tienes conexión.",
  retry: "Reintentar",
  empty: "Aún no hay comentarios. Inicia la conversación.",
  closed: "Los comentarios están cerrados.",

  policyLine: "Lee nuestras normas de participación antes de comentar",

  joinHeading: "Únete a la conversación",
  nameLabel: "Nombre visible",
  joinAsGuest: "Continuar como invitado",
  guestsNotAllowed: "Inicia sesión en este sitio para comentar.",

  held: "Pendiente de moderación",
  heldNotice: "Solo tú puedes ver este comentario hasta que lo apruebe un moderador.",
  you: "(tú)",
  edited_: "· editado",
  replyingTo: (name: string) => `en respuesta a ${name}`,
  deleted: "Este comentario se ha eliminado.",

  // Votes and permalinks
  sortBest: "Mejores",
  upvote: (n: number) => `Votar a favor (${num(n)})`,
  downvote: (n: number) => `Votar en contra (${num(n)})`,
  permalink: "Enlace",
  linked: "Comentario enlazado",
} satisfies Strings;
