import { badFile, isoDate, type SourceRecord } from "./source.ts";
import { child, childText, xmlRecords, type XmlElement } from "./xml.ts";

/**
 * A Disqus export (Admin → Moderation → Export): <disqus> holding <category>, <thread> and
 * <post> elements, threads first. A post names its thread and parent by `dsq:id`; its message is
 * HTML (usually in CDATA). Oddities met in real files: threads without posts, posts whose thread
 * is missing, `?p=N` links from the WordPress plugin, the same post twice.
 */
export async function* readDisqus(chunks: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  let sawRoot = false;
  for await (const element of xmlRecords(chunks, (name, depth) => {
    if (depth === 0) {
      if (name !== "disqus") throw badFile(`expected a Disqus export (<disqus>), found <${name}>.`, 1);
      sawRoot = true;
    }
    return depth === 1 && (name === "thread" || name === "post");
  })) {
    if (element.name === "thread") yield thread(element);
    else yield post(element);
  }
  if (!sawRoot) throw badFile("the file is empty.");
}

function dsqId(element: XmlElement | undefined): string {
  return element?.attrs["dsq:id"] ?? "";
}

function thread(element: XmlElement): SourceRecord {
  const id = dsqId(element);
  if (!id) throw badFile("a <thread> has no dsq:id.", element.line);
  const link = childText(element, "link");
  const identifier = childText(element, "id");
  return {
    kind: "thread",
    id,
    url: link || (/^https?:\/\//.test(identifier) ? identifier : null),
    title: childText(element, "title") || null,
    line: element.line,
  };
}

function post(element: XmlElement): SourceRecord {
  const id = dsqId(element);
  if (!id) throw badFile("a <post> has no dsq:id.", element.line);
  const author = child(element, "author");
  const username = childText(author, "username");
  const name = childText(author, "name") || username || "Guest";
  const email = childText(author, "email") || null;
  const createdAt = isoDate(childText(element, "createdAt"));
  if (!createdAt) throw badFile(`post ${id} has no valid <createdAt>.`, element.line);
  const deleted = childText(element, "isDeleted") === "true";
  const spam = childText(element, "isSpam") === "true";
  return {
    kind: "comment",
    id,
    thread: dsqId(child(element, "thread")),
    parent: dsqId(child(element, "parent")) || null,
    author: {
      // A Disqus account is its username; an anonymous guest is the name and address they typed.
      key: username && childText(author, "isAnonymous") !== "true" ? `user:${username}` : `guest:${email ?? ""}:${name}`,
      name,
      email,
    },
    html: child(element, "message")?.text ?? "",
    createdAt,
    state: deleted ? "deleted" : spam ? "spam" : "published",
    line: element.line,
  };
}
