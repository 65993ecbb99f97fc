/** Spanish: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../es.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("es", { latinDigits: true });

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Sesión iniciada como ${name}`,
  signOut: "Cerrar sesión",
  replyLabel: (name: string) => `Responder a ${name}`,
  editLabel: "Edita tu comentario",
  postReply: "Publicar respuesta",
  save: "Guardar",
  reply: "Responder",
  edit: "Editar",
  delete: "Eliminar",
  report: "Denunciar",

  policyTitle: "Normas de participación",
  rulesHeading: "Normas",
  close: "Cerrar",
  readPolicy: "Lee las normas de participación",
  ruleLink: (rule: string) => `Lee la norma: ${rule}`,

  nameRequired: "Escribe un nombre visible.",
  checking: "Comprobando que no eres un robot…",

  warned: "Has recibido una advertencia: si vuelves a incumplir las normas, tu participación puede quedar suspendida.",
  reason: (r: string) => `Motivo: ${r}`,
  suspended: (date: string | null) => (date ? `Podrás volver a comentar a partir del ${date}.` : "Tu participación está suspendida."),
  revoked: "Se te ha retirado el permiso para comentar.",

  composerLabel: "Escribe un comentario",
  post: "Publicar comentario",
  posting: "Publicando…",
  cancel: "Cancelar",
  preview: "Vista previa",
  previewEmpty: "Aún no hay nada que previsualizar.",
  counter: (n: number, max: number) => `${num(n)} / ${num(max)}`,
  counterHelp: (max: number) => `caracteres, como máximo ${num(max)}`,
  tooLong: (over: number) => plural(over, { one: "# carácter de más", other: "# caracteres de más" }),
  shortcut: "Markdown: **negrita**, *cursiva*, [enlace](https://…), > cita, `código`. Ctrl+Enter o ⌘+Enter para publicar.",
  mayBreak: (rule: string) => `Esto podría incumplir las normas de participación${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `Marcado (${what}):`,
  insult: "insulto",
  threat: "amenaza",
  aimedAt: {
    commenter: "contra otro participante",
    "public-figure": "contra una figura pública",
    group: "contra un colectivo",
    none: "sin un destinatario concreto",
  },
  flagSpam: "parece spam",
  flagWords: "una palabra que este sitio no permite",
  rejected: (rule: string) =>
    `No publicado: parece que incumple la norma «${rule}». Corrige el texto marcado o pide a un moderador que lo revise.`,
  refusedForReview: (rule: string) => `No publicado: parece que incumple la norma «${rule}». Un moderador lo revisará.`,
  blockedWords: "Palabras bloqueadas",
  revise: "Corregir",
  submitAnyway: "Enviar a revisión de todos modos",

  posted: "Tu comentario se ha publicado.",
  edited: "Tus cambios se han guardado.",

  rateLimited: (s: number | null) =>
    `Estás publicando demasiado rápido. Inténtalo de nuevo dentro de ${plural(s ?? 60, { one: "# segundo", other: "# segundos" })}.`,
  networkError: "No se pudo conectar con el servidor. Tu texto se conserva; inténtalo de nuevo.",
  serverError: "Algo ha salido mal. Tu texto se conserva; inténtalo de nuevo.",
  sessionExpired: "Tu sesión ha caducado. Vuelve a entrar.",
  nameInvalid: "Este nombre no se puede usar. Elige otro.",
  challengeFailed: "La comprobación antirrobots no ha funcionado. Inténtalo de nuevo.",
  signInFailed: "No se pudo iniciar sesión. Recarga la página para volver a intentarlo.",
  invalidComment: "Este comentario no se puede enviar así. Revisa el texto e inténtalo de nuevo.",
  tooLarge: "Este comentario es demasiado largo para enviarlo.",
  editExpired: (minutes: number) =>
    `Los comentarios se pueden editar durante ${plural(minutes, { one: "# minuto", other: "# minutos" })} después de publicarlos.`,
  replyGone: "Ya no se puede responder a ese comentario.",
  editGone: "Este comentario ya no se puede editar.",
  gone: "Este comentario ya no existe.",
  notAllowed: "Esto no es posible aquí.",

  confirmDelete: "¿Eliminar este comentario?",
  reportReasons: { "personal-attack": "Ataque personal", spam: "Spam", other: "Otro motivo" },
  reportLabel: "Motivo de la denuncia",
  reportNote: "Nota para los moderadores (opcional)",
  reportSend: "Enviar denuncia",
  reported: "Gracias: un moderador lo revisará.",
  alreadyReported: "Ya has denunciado este comentario.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) => plural(n, { one: "# comentario nuevo", other: "# comentarios nuevos" }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Recibir las respuestas por correo",
    all: "a todos mis comentarios, no solo a este",
    email: "Tu correo electrónico",
    on: "Te escribiremos cuando alguien responda.",
    confirm: "Revisa tu bandeja de entrada: te hemos enviado un enlace para confirmar tu dirección.",
    failed: "No se pudieron activar los correos de respuesta:",
    retry: "Reintentar",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) =>
    `Tu comentario podría incumplir la norma «${rule}» (${what}), así que un moderador lo revisará antes.`,
  heldAcknowledged: (rule: string) => `Enviado a revisión: se publicará si un moderador considera que cumple la norma «${rule}».`,
  heldPremoderation: "Aquí un moderador revisa los comentarios antes de que aparezcan.",
  heldNewCommenter: "Un moderador revisa los primeros comentarios de quien comenta por primera vez antes de que aparezcan.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Únete a la conversación para votar.",
  voteFailed: "No se pudo contar tu voto. Inténtalo de nuevo.",
  linkGone: "El comentario enlazado no está disponible.",
} satisfies ExtraStrings;
