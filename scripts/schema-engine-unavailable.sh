#!/bin/sh
# Stand-in for Prisma's native schema engine on machines that cannot download it (see prisma.config.ts).
# `prisma generate`, `validate` and `format` never run it; migrations go through `npm run db:migrate`.
echo "Prisma's native schema engine is not installed here: use npm run db:migrate / db:migration / db:reset." >&2
exit 1
