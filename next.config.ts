import type { NextConfig } from "next";

// CopilotKit reports usage to its servers unless told not to, also during `next build`; EventOS sends
// nothing anywhere (the runtime's own import of lib/copilot/telemetry-off.ts covers every other process).
process.env.COPILOTKIT_TELEMETRY_DISABLED = "true";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
