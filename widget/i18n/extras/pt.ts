/** Portuguese: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../pt.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("pt", { latinDigits: true });

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Conectado como ${name}`,
  signOut: "Sair",
  replyLabel: (name: string) => `Responder a ${name}`,
  editLabel: "Edite seu comentário",
  postReply: "Publicar resposta",
  save: "Salvar",
  reply: "Responder",
  edit: "Editar",
  delete: "Excluir",
  report: "Denunciar",

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
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) =>
    `Seu comentário pode violar a regra “${rule}” (${what}), por isso um moderador vai analisá-lo antes.`,
  heldAcknowledged: (rule: string) => `Enviado para análise: será publicado se um moderador considerar que respeita a regra “${rule}”.`,
  heldPremoderation: "Aqui, um moderador analisa os comentários antes de serem exibidos.",
  heldNewCommenter: "Um moderador analisa os primeiros comentários de novos participantes antes de serem exibidos.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Participe da conversa para votar.",
  voteFailed: "Não foi possível contar seu voto. Tente novamente.",
  linkGone: "O comentário vinculado não está disponível.",
} satisfies ExtraStrings;
