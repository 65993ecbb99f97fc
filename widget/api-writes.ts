/** The commenter calls that write (in the writing chunk: a reader who only reads never loads them). */
import { sitePath, type Client } from "./api.ts";
import type {
  Challenge,
  CreateCommentRequest,
  EditCommentRequest,
  PreviewAnswer,
  Report,
  ReportRequest,
  WriteAnswer,
} from "../contract/wire.ts";

export function writerApi(c: Client, site: string) {
  const s = sitePath(site);
  const call = <T>(path: string, body?: unknown, method?: string) => c.request<T>(s + path, { body, method });
  const one = (id: string) => "/comments/" + encodeURIComponent(id);
  return {
    challenge: () => call<Challenge>("/challenge"),
    create: (body: CreateCommentRequest) => call<WriteAnswer>("/comments", body),
    edit: (id: string, body: EditCommentRequest) => call<WriteAnswer>(one(id), body, "PATCH"),
    remove: (id: string) => call<WriteAnswer>(one(id), undefined, "DELETE"),
    report: (id: string, body: ReportRequest) => call<{ report: Report }>(one(id) + "/reports", body),
    preview: (body: string) => call<PreviewAnswer>("/preview", { body }),
  };
}
export type WriterApi = ReturnType<typeof writerApi>;
