import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./pages";

/** WCAG 2.1 A and AA rules; a page passes with no serious or critical violation. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of results.violations) counts[violation.impact ?? "minor"] += violation.nodes.length;
  const line = `${new URL(page.url()).pathname}: ${JSON.stringify(counts)}`;
  test.info().annotations.push({ type: "axe", description: line });
  // In the run's output too: the counts per page are the evidence, not only the pass.
  console.info(`axe ${line}`);
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
}

/** Each page's serious and critical violations, so one run reports every page, not just the first. */
async function violationsOn(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBeLessThan(400);
  await expect(page.locator("main, body").first()).toBeVisible();
  const found = await seriousViolations(page);
  return found.length > 0 ? [{ path, found }] : [];
}

test("the sign-in page has no serious accessibility violation", async ({ page }) => {
  expect(await violationsOn(page, "/login")).toEqual([]);
});

test("every dashboard page has no serious accessibility violation", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "owner");
  const pages = ["/", "/events", "/sponsors", "/sponsors/import", "/agents", "/inbox", "/activity", "/runs"];
  const failures = [];
  for (const path of [...pages, "/outbox", "/settings", "/account"]) failures.push(...(await violationsOn(page, path)));

  // A fresh demo has no durable run yet: start one (expiring overdue inbox items changes nothing here),
  // so a run's page is checked too.
  await page.goto("/runs");
  const every4Hours = page
    .getByRole("region", { name: "Schedules" })
    .getByRole("listitem", { name: "Every 4 hours", exact: true });
  await every4Hours.getByRole("button", { name: "Run now" }).click();
  await expect(every4Hours.getByRole("status")).toContainText("started");
  await expect(async () => {
    await page.goto("/runs");
    await expect(page.locator('main a[href^="/runs/"]').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // The detail pages: the first event, activity row and run the lists link to.
  for (const [list, pattern] of [
    ["/events", /^\/events\/[0-9a-f-]{36}$/],
    ["/activity", /^\/activity\/[0-9a-f-]{36}$/],
    ["/runs", /^\/runs\/[0-9a-f-]{36}$/],
  ] as const) {
    await page.goto(list);
    const hrefs = await page
      .locator("main a[href]")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const detail = hrefs.find((href) => href && pattern.test(href));
    if (detail) failures.push(...(await violationsOn(page, detail)));
  }
  expect(failures).toEqual([]);
});

test("the open copilot chat has accessible controls", async ({ page }) => {
  await signInAs(page, "owner");
  const ready = page.waitForResponse((response) => response.url().includes("/api/copilotkit") && response.ok());
  await page.reload();
  await ready;
  await page.getByRole("button", { name: /open chat/i }).click();
  await expect(page.getByPlaceholder("Ask the agents", { exact: false })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the attendee help page, its search results, an article and the chat have no serious accessibility violation", async ({
  page,
}) => {
  const failures = [...(await violationsOn(page, "/help/riverside-jazz-fest?q=can+I+bring+a+backpack"))];
  const article = await page
    .getByRole("region", { name: /articles? for/ })
    .getByRole("link")
    .first()
    .getAttribute("href");
  expect(article).toMatch(/^\/help\/riverside-jazz-fest\/articles\//);
  if (article) failures.push(...(await violationsOn(page, article)));
  // The chat once it is open, with a reply and its sources in the log.
  await page.goto("/help/riverside-jazz-fest");
  await page.getByLabel("Your email").fill("visitor@example.com");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Your message").fill("What time do the gates open on Saturday?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("log", { name: "Conversation" }).getByRole("listitem")).toHaveCount(2, {
    timeout: 20_000,
  });
  const found = await seriousViolations(page);
  if (found.length > 0) failures.push({ path: "/help/riverside-jazz-fest (chat)", found });
  expect(failures).toEqual([]);
});
