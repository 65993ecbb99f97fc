/** The widget's module entry, imported by the loader (embed.ts): defines `<comment-section>` and its parts. */
import "./comment-section.ts";
