import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn, signInAs } from "./pages";

const LAST_OWNER =
  "An organization needs at least one owner. Make someone else an owner first, then change or remove this one.";

test("the owner invites a colleague by email, who joins from the emailed link as a member, and the owner manages them", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = `lena-${Date.now()}@example.com`;
  const password = "lena-first-passphrase";

  await test.step("the owner sends the invitation from Settings", async () => {
    await signInAs(page, "owner");
    await page.getByRole("link", { name: "Settings" }).click();
    const pending = page.getByRole("region", { name: /^Pending invitations/ });
    await expect(pending.getByRole("heading", { name: "No pending invitations" })).toBeVisible();
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("member");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toHaveText(
      `Invitation sent to ${email} as Member. The link works once, for 7 days.`,
    );
    await expect(pending).toContainText(email);
    await expect(pending.getByRole("heading", { name: "No pending invitations" })).toHaveCount(0);
  });

  const link = await test.step("the invitation is in the Outbox with an absolute link", async () => {
    await page.getByRole("link", { name: "Outbox" }).click();
    const message = page.getByRole("listitem").filter({ hasText: `to ${email}` });
    await expect(message).toContainText(`${DEMO_USERS.owner.name} invited you to Northwind Events on EventOS`);
    await message.locator("summary").click();
    const text = (await message.locator("pre").textContent()) ?? "";
    const found = text.match(/https?:\/\/\S+\/invite\/[\w-]+/)?.[0];
    expect(found, text).toBeTruthy();
    expect(new URL(found ?? "").origin).toBe(new URL(baseURL ?? "").origin);
    return found ?? "";
  });

  // A fresh browser: nobody is signed in there, as on the colleague's own machine.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();

  await test.step("the colleague sets a name and password and lands in the dashboard as a member", async () => {
    await guest.goto(link);
    await expect(guest.getByRole("heading", { name: "Join Northwind Events" })).toBeVisible();
    await expect(guest.getByLabel("Email")).toHaveValue(email);
    await guest.getByLabel("Your name").fill("Lena Novak");
    await guest.getByLabel("Choose a password").fill(password);
    await guest.getByLabel("Repeat the password").fill("a different one");
    await guest.getByRole("button", { name: "Create account and join" }).click();
    await expect(guest.getByText("The two passwords differ. Type the same password twice.")).toBeVisible();
    await guest.getByLabel("Choose a password").fill(password);
    await guest.getByLabel("Repeat the password").fill(password);
    await guest.getByRole("button", { name: "Create account and join" }).click();
    await expect(guest.getByTestId("current-user")).toHaveText("Lena Novak");
    await expect(guest.getByText(`Member · ${email}`)).toBeVisible();
    await expect(guest).toHaveURL(new URL("/", link).href);
  });

  await test.step("the link works only once", async () => {
    await guest.goto(link);
    await expect(guest.getByText("This invitation has already been used. Sign in instead.")).toBeVisible();
  });

  await test.step("the colleague changes their name and password, and signs in with the new one", async () => {
    await guest.goto(new URL("/", link).href);
    await guest.getByRole("link", { name: "Your account" }).click();
    await guest.getByLabel("Name", { exact: true }).fill("Lena Novak-Ilić");
    await guest.getByRole("button", { name: "Save name" }).click();
    await expect(guest.getByRole("status").filter({ hasText: "Name saved" })).toBeVisible();
    await expect(guest.getByTestId("current-user")).toHaveText("Lena Novak-Ilić");

    await guest.getByLabel("Current password").fill("not my password");
    await guest.getByLabel("New password", { exact: true }).fill("lena-second-passphrase");
    await guest.getByLabel("Repeat the new password").fill("lena-second-passphrase");
    await guest.getByRole("button", { name: "Change password" }).click();
    await expect(guest.getByText("That is not your current password.")).toBeVisible();
    await guest.getByLabel("Current password").fill(password);
    await guest.getByLabel("New password", { exact: true }).fill("lena-second-passphrase");
    await guest.getByLabel("Repeat the new password").fill("lena-second-passphrase");
    await guest.getByRole("button", { name: "Change password" }).click();
    await expect(guest.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();

    await guest.getByRole("button", { name: "Sign out" }).click();
    await signIn(guest, email, password);
    await expect(guest.getByRole("alert").filter({ hasText: "match an account" })).toBeVisible();
    await signIn(guest, email, "lena-second-passphrase");
    await expect(guest.getByTestId("current-user")).toHaveText("Lena Novak-Ilić");
  });

  await test.step("the owner sees the colleague, changes their role, and cannot demote the last owner", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(
      page
        .getByRole("region", { name: /^Pending invitations/ })
        .getByRole("heading", { name: "No pending invitations" }),
    ).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Lena Novak-Ilić");
    await row.getByLabel("Role of Lena Novak-Ilić", { exact: true }).selectOption("viewer");
    await row.getByRole("button", { name: "Save the role of Lena Novak-Ilić" }).click();
    await expect(row.getByRole("status")).toHaveText("Saved");

    const owner = page.getByRole("row").filter({ hasText: DEMO_USERS.owner.email });
    await owner.getByLabel(`Role of ${DEMO_USERS.owner.name}`, { exact: true }).selectOption("admin");
    await owner.getByRole("button", { name: `Save the role of ${DEMO_USERS.owner.name}` }).click();
    await expect(owner.getByRole("status")).toHaveText(LAST_OWNER);
    await page.reload();
    await expect(page.getByLabel(`Role of ${DEMO_USERS.owner.name}`, { exact: true })).toHaveValue("owner");
    await expect(page.getByLabel("Role of Lena Novak-Ilić", { exact: true })).toHaveValue("viewer");
  });

  await test.step("the owner removes the colleague after confirming, and their access ends", async () => {
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByRole("button", { name: "Remove Lena Novak-Ilić", exact: true }).click();
    await row.getByRole("button", { name: "Yes, remove Lena Novak-Ilić" }).click();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
    const response = await guest.goto(new URL("/events", link).href);
    expect(response?.status()).toBe(403);
  });

  await guestContext.close();
});

test("an admin can invite but not as owner, and cannot change the owner's role", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings");
  const roles = await page
    .getByLabel("Role", { exact: true })
    .locator("option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(roles).toEqual(["admin", "member", "viewer"]);
  const owner = page.getByRole("row").filter({ hasText: DEMO_USERS.owner.email });
  await expect(owner).toContainText("Owner");
  await expect(owner.getByRole("combobox")).toHaveCount(0);
  await expect(owner.getByRole("button")).toHaveCount(0);
});
