import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
