import { z } from "zod";
import { ROLES } from "./rules";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address, like name@company.com." }));

export const roleSchema = z.enum(ROLES, {
  error: "Choose owner, admin, member or viewer.",
});

export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, { error: "Enter your name." })
  .max(100, { error: "Keep the name under 100 characters." });

export const MIN_PASSWORD_LENGTH = 10;

export const newPasswordSchema = z
  .string({ error: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .min(MIN_PASSWORD_LENGTH, { error: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { error: "That password is too long (200 characters at most)." });

export const inviteInput = z.object({ email, role: roleSchema });

export const roleChangeInput = z.object({ membershipId: z.uuid({ error: "Pick a member." }), role: roleSchema });

export const memberInput = z.object({ membershipId: z.uuid({ error: "Pick a member." }) });

export const invitationIdInput = z.object({ invitationId: z.uuid({ error: "Pick an invitation." }) });

const repeated = <T extends { password: string; confirm: string }>(input: T) => input.password === input.confirm;

/** A new person accepting an invitation with a local account. */
export const acceptInput = z
  .object({ name: nameSchema, password: newPasswordSchema, confirm: z.string() })
  .refine(repeated, { path: ["confirm"], error: "The two passwords differ. Type the same password twice." });

export const passwordChangeInput = z
  .object({
    currentPassword: z.string().min(1, { error: "Enter your current password." }).max(200),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine(repeated, { path: ["confirm"], error: "The two passwords differ. Type the same password twice." });
