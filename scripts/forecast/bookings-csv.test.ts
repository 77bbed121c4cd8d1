import { describe, expect, it } from "vitest";
import { netAt, utcDay } from "@/lib/agents/analytics/forecast/booking-curve";
import { bookingCurves, parseBookingsCsv } from "./bookings-csv";
import { InputError } from "./cli";

const parse = (...lines: string[]) => parseBookingsCsv(lines.join("\n"), "b.csv");
const failure = (...lines: string[]) => {
  try {
    parse(...lines);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("no error");
};

describe("parseBookingsCsv", () => {
  it("reads a ticket per row, ignoring extra columns in any order, with the line of each", () => {
    const tickets = parse(
      "price,days_before,event_id,event_date",
      "10,3,gala,2026-05-01",
      "",
      '12,0,"Gala, the second",2026-05-02',
    );
    expect(tickets).toEqual([
      { eventId: "gala", eventDate: "2026-05-01", daysBefore: 3, line: 2 },
      { eventId: "Gala, the second", eventDate: "2026-05-02", daysBefore: 0, line: 4 },
    ]);
  });

  it("names the missing column and the header it found", () => {
    expect(failure("event_id,date,days_before", "a,2026-05-01,1")).toBe(
      "b.csv: line 1: no column event_date (the header must name event_id,event_date,days_before; it has event_id,date,days_before)",
    );
  });

  it("names the line of a bad date, an impossible date, and a negative or fractional days_before", () => {
    const header = "event_id,event_date,days_before";
    expect(failure(header, "a,2026-05-01,1", "a,05/01/2026,2")).toBe(
      'b.csv: line 3: event_date "05/01/2026" is not a date (YYYY-MM-DD)',
    );
    expect(failure(header, "a,2026-02-30,1")).toBe('b.csv: line 2: event_date "2026-02-30" is not a date (YYYY-MM-DD)');
    expect(failure(header, "a,2026-05-01,-1")).toBe(
      'b.csv: line 2: days_before "-1" is not a whole number of days, 0 or more',
    );
    expect(failure(header, "a,2026-05-01,1", "a,2026-05-01,2.5")).toBe(
      'b.csv: line 3: days_before "2.5" is not a whole number of days, 0 or more',
    );
    expect(failure(header, "a,2026-05-01,")).toContain("line 2: days_before");
    expect(failure(header, "a,2026-05-01,99999999")).toBe(
      "b.csv: line 2: days_before 99999999 is more than 3653 days (ten years)",
    );
  });

  it("names the line of a row with too few fields, an empty event_id, and an event given two dates", () => {
    const header = "event_id,event_date,days_before";
    expect(failure(header, "a,2026-05-01")).toMatch(/^b\.csv: line 2: Invalid Record Length/);
    expect(failure(header, ",2026-05-01,1")).toBe("b.csv: line 2: event_id is empty");
    expect(failure(header, "a,2026-05-01,1", "b,2026-05-02,1", "a,2026-05-03,1")).toBe(
      "b.csv: line 4: event a is dated 2026-05-03 here and 2026-05-01 on line 2",
    );
  });

  it("refuses a file with no tickets", () => {
    expect(failure("event_id,event_date,days_before")).toContain("no tickets");
    expect(failure("")).toContain("no tickets");
  });
});

describe("bookingCurves", () => {
  it("builds each event's tickets held by days out, all sold tickets as its outcome", () => {
    const [gala, fair] = bookingCurves(
      parse(
        "event_id,event_date,days_before",
        "gala,2026-05-10,9",
        "gala,2026-05-10,3",
        "gala,2026-05-10,3",
        "gala,2026-05-10,0",
        "fair,2026-06-01,1",
      ),
    );
    expect(gala?.eventDay).toBe(utcDay(new Date("2026-05-10T00:00:00Z")));
    expect([10, 9, 4, 3, 1, 0].map((d) => (gala ? netAt(gala, d) : -1))).toEqual([0, 1, 1, 3, 3, 4]);
    expect(gala?.final).toBe(4);
    expect(fair?.final).toBe(1);
  });
});
