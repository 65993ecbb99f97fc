/**
 * Portuguese (Brazilian usage, "você", as Brazilian news sites address their readers; pt-PT pages
 * get it too: one base language per chunk).
 */
import type { AllStrings } from "../strings-extras.ts";
import { intl } from "./intl.ts";

const { num, plural, ago } = intl("pt", { latinDigits: true });

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
  signedInAs: (name: string) => `Conectado como ${name}`,
  signOut: "Sair",
  guestsNotAllowed: "Entre neste site para comentar.",

  replyLabel: (name: string) => `Responder a ${name}`,
  editLabel: "Edite seu comentário",
  postReply: "Publicar resposta",
  save: "Salvar",

  held: "Aguardando moderação",
  heldNotice: "Só você pode ver este comentário até que um moderador o aprove.",
  you: "(você)",
  edited_: "· editado",
  replyingTo: (name: string) => `em resposta a ${name}`,
  deleted: "Este comentário foi excluído.",
  reply: "Responder",
  edit: "Editar",
  delete: "Excluir",
  report: "Denunciar",

  // Votes and permalinks
  sortBest: "Melhores",
  upvote: (n: number) => `Votar a favor (${num(n)})`,
  downvote: (n: number) => `Votar contra (${num(n)})`,
  voteJoin: "Participe da conversa para votar.",
  voteFailed: "Não foi possível contar seu voto. Tente novamente.",
  permalink: "Link",
  linked: "Comentário vinculado",
  linkGone: "O comentário vinculado não está disponível.",

  policyTitle: "Política de comentários",
  rulesHeading: "Regras",
  close: "Fechar",
  readPolicy: "Ler a política de comentários",
  ruleLink: (rule: string) => `Ler a regra: ${rule}`,

  nameRequired: "Informe um nome de exibição.",
  checking: "Verificando se você não é um robô…",

  warned: "Você recebeu uma advertência: novas violações da política podem levar a uma suspensão.",
  reason: (r: string) => `Motivo: ${r}`,
  suspended: (date: string | null) =>
    date ? `Você poderá comentar novamente a partir de ${date}.` : "Sua participação nos comentários está suspensa.",
  revoked: "Sua permissão para comentar foi revogada.",

  composerLabel: "Escreva um comentário",
  post: "Publicar comentário",
  posting: "Publicando…",
  cancel: "Cancelar",
  preview: "Pré-visualizar",
  previewEmpty: "Nada para pré-visualizar ainda.",
  counter: (n: number, max: number) => `${num(n)} / ${num(max)}`,
  counterHelp: (max: number) => `caracteres, no máximo ${num(max)}`,
  tooLong: (over: number) => plural(over, { one: "# caractere a mais", other: "# caracteres a mais" }),
  shortcut: "Markdown: **negrito**, *itálico*, [link](https://…), > citação, `código`. Ctrl+Enter ou ⌘+Enter publica.",
  mayBreak: (rule: string) => `Isto pode violar a política de comentários${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `Marcado (${what}):`,
  insult: "insulto",
  threat: "ameaça",
  aimedAt: {
    commenter: "contra outro participante",
    "public-figure": "contra uma figura pública",
    group: "contra um grupo",
    none: "sem alvo específico",
  },
  flagSpam: "parece spam",
  flagWords: "uma palavra que este site não permite",
  rejected: (rule: string) =>
    `Não publicado: isto parece violar a regra “${rule}”. Revise o texto marcado ou peça a um moderador que o analise.`,
  refusedForReview: (rule: string) => `Não publicado: isto parece violar a regra “${rule}”. Um moderador vai analisá-lo.`,
  blockedWords: "Palavras bloqueadas",
  revise: "Revisar",
  submitAnyway: "Enviar para análise mesmo assim",

  posted: "Seu comentário foi publicado.",
  edited: "Suas alterações foram salvas.",

  rateLimited: (s: number | null) =>
    `Você está publicando rápido demais. Tente novamente em ${plural(s ?? 60, { one: "# segundo", other: "# segundos" })}.`,
  networkError: "Não foi possível conectar ao servidor. Seu texto foi mantido; tente novamente.",
  serverError: "Algo deu errado. Seu texto foi mantido; tente novamente.",
  sessionExpired: "Sua sessão terminou. Entre novamente.",
  nameInvalid: "Este nome não pode ser usado. Escolha outro.",
  challengeFailed: "A verificação contra robôs falhou. Tente novamente.",
  signInFailed: "Não foi possível entrar. Recarregue a página para tentar novamente.",
  invalidComment: "Este comentário não pode ser enviado assim. Verifique o texto e tente novamente.",
  tooLarge: "Este comentário é longo demais para ser enviado.",
  editExpired: (minutes: number) =>
    `Os comentários podem ser editados por até ${plural(minutes, { one: "# minuto", other: "# minutos" })} após a publicação.`,
  replyGone: "Não é mais possível responder a esse comentário.",
  editGone: "Este comentário não pode mais ser editado.",
  gone: "Este comentário não existe mais.",
  notAllowed: "Isso não é possível aqui.",

  confirmDelete: "Excluir este comentário?",
  reportReasons: { "personal-attack": "Ataque pessoal", spam: "Spam", other: "Outro motivo" },
  reportLabel: "Motivo da denúncia",
  reportNote: "Observação para os moderadores (opcional)",
  reportSend: "Enviar denúncia",
  reported: "Obrigado: um moderador vai analisar.",
  alreadyReported: "Você já denunciou este comentário.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) => plural(n, { one: "# comentário novo", other: "# comentários novos" }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Receber respostas por e-mail",
    all: "a todos os meus comentários, não só a este",
    email: "Seu e-mail",
    on: "Enviaremos um e-mail quando alguém responder.",
    confirm: "Confira sua caixa de entrada: enviamos um link para confirmar seu endereço.",
    failed: "Não foi possível ativar os e-mails de resposta:",
    retry: "Tentar novamente",
  },
} satisfies AllStrings;
