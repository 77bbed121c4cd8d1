import type { PGlite } from "@electric-sql/pglite";

type Item = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

/** Extended-protocol messages that leave a sequence open until the client's Sync ('S'). */
const OPENS_SEQUENCE = new Set(["P", "B", "D", "E", "C", "H"].map((letter) => letter.charCodeAt(0)));
const SYNC = "S".charCodeAt(0);

/**
 * The order in which the embedded server hands its connections' messages to the one PGlite session.
 * pglite-socket's own queue interleaves connections message by message, which breaks the extended
 * query protocol under concurrency: another connection's Parse replaces the unnamed statement between a
 * client's Parse and Bind ("unnamed prepared statement does not exist", or worse, a wrong binding).
 * This queue keeps serving the same connection while it is inside a Parse..Sync sequence or a
 * transaction, and interleaves only between them. Same interface as pglite-socket's queue.
 */
export class WireQueue {
  private queue: Item[] = [];
  private processing = false;
  /** The connection that must be served next, or null when any may go. */
  private owner: number | null = null;
  private lastHandlerId: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void) {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  private async processQueue() {
    if (this.processing) return;
    this.processing = true;
    try {
      for (;;) {
        const owner = this.owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        const item = index >= 0 ? this.queue.splice(index, 1)[0] : undefined;
        if (!item) return;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          this.owner = null;
          item.reject(error);
          continue;
        }
        const type = item.message[0] ?? 0;
        if (OPENS_SEQUENCE.has(type)) this.owner = item.handlerId;
        else if (type === SYNC || this.owner === item.handlerId) this.owner = null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength() {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number) {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error("Handler disconnected"));
      return false;
    });
    if (this.owner === handlerId) this.owner = null;
  }

  async clearTransactionIfNeeded(handlerId: number) {
    if (this.db.isInTransaction() && this.lastHandlerId === handlerId) {
      await this.db.exec("ROLLBACK");
      this.lastHandlerId = null;
      await this.processQueue();
    }
  }
}
