import type { NextConfig } from "next";

// CopilotKit reports usage to its servers unless told not to; this app sends nothing anywhere.
process.env.COPILOTKIT_TELEMETRY_DISABLED = "true";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
