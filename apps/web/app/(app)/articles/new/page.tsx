import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { addArticleAction } from "@/lib/actions/articles";
import { requirePageActor } from "@/lib/session";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requirePageActor("/articles/new");
  return (
    <main>
      <h1>Add an article</h1>
      <p className="muted small">
        The text is stored exactly as pasted and queued for extraction; its claims appear on the article page
        as the worker finds them. For many articles use <code>sayso enqueue</code>.
      </p>
      <ActionForm action={addArticleAction} className="panel stack" label="Add an article">
        <div className="filters">
          <label>
            Title
            <input type="text" name="title" size={50} dir="auto" />
          </label>
          <label>
            Outlet
            <input type="text" name="outlet" dir="auto" />
          </label>
          <label>
            URL
            <input type="text" name="url" size={40} dir="ltr" inputMode="url" />
          </label>
          <label>
            Language
            <select name="lang" defaultValue="">
              <option value="">Detect</option>
              <option value="ar">Arabic</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            Published
            <input type="date" name="publishedAt" />
          </label>
        </div>
        <label className="block">
          Text
          <textarea name="text" required rows={16} dir="auto" className="article-input" />
        </label>
        <div>
          <button type="submit" className="btn primary">
            Store and extract
          </button>
        </div>
      </ActionForm>
    </main>
  );
}
