import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return (
    <StatusPage code="404" title="We couldn't find that page">
      The link may be old, or the event may belong to another organization.
    </StatusPage>
  );
}
