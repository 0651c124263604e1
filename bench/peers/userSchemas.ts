// The request rules of POST /users and GET /users/{userId}, written in zod as a team using a
// peer would write them: the same limits as openapi.yaml's UserInput and UserId, email format included.
import { z } from 'zod';

// Unknown fields are refused one by one, as ours lists each (zod's strict objects report them
// as one issue on the object, and Standard Schema issues do not carry the keys).
export const UserInput = z
  .object({
    // 1–100 characters once trimmed; at most 300 as sent (openapi.yaml, UserInput.name).
    name: z
      .string()
      .max(300)
      .regex(/^\s*\S(?:[\s\S]{0,98}\S)?\s*$/),
    email: z.email().max(254),
    age: z.int().min(1).max(150).optional(),
  })
  .catchall(z.unknown().refine(() => false, 'is not allowed'));

export const UserPath = z.object({ userId: z.uuid().max(36) });

export const User = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  age: z.int().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int(),
});
