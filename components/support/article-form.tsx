"use client";

import { useActionState, useId } from "react";
import { type ArticleFormState, saveArticleAction } from "@/app/(dashboard)/support/actions";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { SaveRow } from "./save-row";

type Article = { id: string; title: string; body: string; tags: string[] };

/** Adds an article to the event's knowledge base, or edits `article`; the server checks every field. */
export function ArticleForm({ eventId, article }: { eventId: string; article?: Article }) {
  const [state, action, pending] = useActionState<ArticleFormState, FormData>(saveArticleAction, {});
  const id = useId();
  const values = state.values ?? {
    title: article?.title ?? "",
    body: article?.body ?? "",
    tags: article?.tags.join(", ") ?? "",
  };
  const fieldError = (name: string) => state.fields?.[name]?.[0];
  return (
    <form action={action} className="space-y-3" aria-label={article ? `Edit ${article.title}` : "Add an article"}>
      <input type="hidden" name="eventId" value={eventId} />
      {article && <input type="hidden" name="articleId" value={article.id} />}
      <TextField
        id={`${id}-title`}
        name="title"
        label="Title"
        defaultValue={values.title}
        required
        maxLength={200}
        error={fieldError("title")}
      />
      <TextArea
        id={`${id}-body`}
        name="body"
        label="Text"
        rows={article ? 8 : 5}
        defaultValue={values.body}
        required
        hint="What attendees should know, in plain sentences. Paragraphs separated by a blank line are quoted on their own."
        error={fieldError("body")}
      />
      <TextField
        id={`${id}-tags`}
        name="tags"
        label="Tags (separated by commas)"
        defaultValue={values.tags}
        error={fieldError("tags")}
      />
      <SaveRow label={article ? "Save" : "Add article"} pending={pending} message={state.message} error={state.error} />
    </form>
  );
}
