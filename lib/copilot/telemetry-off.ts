// CopilotKit's runtime decides at import time whether to report usage to its servers. EventOS sends
// nothing anywhere, so this must run before that import: lib/copilot/runtime.ts imports it first.
process.env.COPILOTKIT_TELEMETRY_DISABLED = "true";
