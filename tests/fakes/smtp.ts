/**
 * A real SMTP server on loopback (smtp-server) that keeps each message's raw source, its headers and
 * its decoded MIME parts (the text and HTML bodies and the attachments).
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type MimePart = { contentType: string; filename: string | undefined; content: string };
export type ReceivedMail = { raw: string; header(name: string): string | undefined; parts: MimePart[] };

function entity(source: string) {
  const blank = /\r?\n\r?\n/.exec(source);
  const head = blank ? source.slice(0, blank.index) : source;
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map(
    unfolded.split(/\r?\n/).map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return { headers, body: blank ? source.slice(blank.index + blank[0].length) : "" };
}

function decode(body: string, encoding: string | undefined) {
  if (encoding === "base64") return Buffer.from(body, "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** The leaf parts of a MIME entity, decoded; multiparts are walked through. */
function partsOf(source: string): MimePart[] {
  const { headers, body } = entity(source);
  const contentType = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (boundary) {
    // Between the preamble and the closing "--": each part starts and ends with a line break.
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .flatMap((part) => partsOf(part.replace(/^\r?\n/, "").replace(/\r?\n$/, "")));
  }
  return [
    {
      contentType: contentType.split(";")[0]?.trim() ?? contentType,
      filename: /filename="?([^";]+)"?/i.exec(headers.get("content-disposition") ?? "")?.[1],
      content: decode(body, headers.get("content-transfer-encoding")),
    },
  ];
}

function parse(raw: string): ReceivedMail {
  const { headers } = entity(raw);
  return { raw, header: (name) => headers.get(name.toLowerCase()), parts: partsOf(raw) };
}

export async function startFakeSmtp() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push(parse(raw));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => server.close() };
}
