/**
 * Portuguese (Brazilian usage, "você", as Brazilian news sites address their readers; pt-PT pages
 * get it too: one base language per chunk).
 * What the first paint says; the rest is in extras/pt.ts.
 */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("pt", { latinDigits: true });
const ago = agoIn("pt");

export default {
  locale: "pt",
  dir: "ltr",
  justNow: "agora mesmo",
  ago,

  heading: "Comentários",
  // Intl's "pt" rules put 0 with 1 ("0 comentário"); readers in Brazil and Portugal alike write "0 comentários".
  count: (n: number) => (n ? plural(n, { one: "# comentário", many: "# de comentários", other: "# comentários" }) : "0 comentários"),
  sortLabel: "Ordenar",
  sortOldest: "Mais antigos",
  sortNewest: "Mais recentes",
  loading: "Carregando comentários…",
  loadMore: "Carregar mais",
  moreReplies: (n: number) => (n ? plural(n, { one: "Ver mais # resposta", other: "Ver mais # respostas" }) : "Ver mais respostas"),
  loadFailed: "Não foi possível carregar os comentários.",
  offline: "Parece que você está sem conexão.",
  retry: "Tentar novamente",
  empty: "Ainda não há comentários. Comece a conversa.",
  closed: "Os comentários estão encerrados.",

  policyLine: "Leia nossa política de comentários antes de comentar",

  joinHeading: "Participe da discussão",
  nameLabel: "Nome de exibição",
  joinAsGuest: "Continuar como visitante",
  guestsNotAllowed: "Entre neste site para comentar.",

  held: "Aguardando moderação",
  heldNotice: "Só você pode ver este comentário até que um moderador o aprove.",
  you: "(você)",
  edited_: "· editado",
  replyingTo: (name: string) => `em resposta a ${name}`,
  deleted: "Este comentário foi excluído.",

  // Votes and permalinks
  sortBest: "Melhores",
  upvote: (n: number) => `Votar a favor (${num(n)})`,
  downvote: (n: number) => `Votar contra (${num(n)})`,
  permalink: "Link",
  linked: "Comentário vinculado",
} satisfies Strings;
