import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx.
  // Sponsor CSV imports may be up to 2 MB (lib/agents/sales/crm-import.ts); the default limit is 1 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
