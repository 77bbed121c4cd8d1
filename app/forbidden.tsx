import { StatusPage } from "@/components/ui/status-page";

export default function Forbidden() {
  return (
    <StatusPage code="403" title="You don't have access to this page">
      Your role in this organization does not include it. An owner or admin can change your role.
    </StatusPage>
  );
}
