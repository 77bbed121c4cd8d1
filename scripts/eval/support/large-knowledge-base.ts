import type { ArticleSpec } from "./world";

/**
 * A 1,000-article knowledge base for the latency run: every programme session of a big conference
 * (50) × every practical question attendees ask about a session (20), each article with its own facts
 * (room, day, time, seats, speaker, tools), so no two read alike and search has to find the right one.
 */
const SESSIONS = [
  "Kubernetes cost tuning",
  "Rust for backend teams",
  "Observability with OpenTelemetry",
  "Postgres performance clinic",
  "Designing event-driven systems",
  "Accessible front-ends",
  "Threat modelling for product teams",
  "Incident response drills",
  "Edge functions in practice",
  "Feature flags at scale",
  "Data contracts between teams",
  "Evaluating language models",
  "Mobile CI pipelines",
  "GraphQL federation",
  "WebAssembly outside the browser",
  "Terraform drift detection",
  "Zero-downtime database migrations",
  "Property-based testing",
  "Chaos engineering basics",
  "Platform engineering roadmaps",
  "Staff engineer career paths",
  "Code review that scales",
  "Securing the software supply chain",
  "Rate limiting and backpressure",
  "Search relevance tuning",
  "Vector databases in production",
  "CSS architecture for large apps",
  "Design system governance",
  "Kotlin Multiplatform",
  "Swift concurrency",
  "Profiling Go services",
  "Python packaging today",
  "TypeScript type-level programming",
  "React Server Components",
  "Web performance budgets",
  "Privacy engineering",
  "Green software and carbon-aware computing",
  "FinOps for startups",
  "Building a developer portal",
  "API versioning strategies",
  "Event sourcing pitfalls",
  "Distributed tracing at scale",
  "SRE for small teams",
  "Mentoring junior developers",
  "Open source maintainership",
  "Running accessibility audits",
  "Technical writing for engineers",
  "Product analytics pipelines",
  "Realtime collaboration with CRDTs",
  "Testing in production safely",
] as const;

const ROOMS = [
  "Auditorium 1",
  "Auditorium 2",
  "Room Tejo",
  "Room Oriente",
  "Room Belém",
  "Room Alfama",
  "Lab A",
  "Lab B",
];
const TIMES = ["09:30", "10:15", "11:00", "11:45", "13:30", "14:15", "15:00", "15:45", "16:30"];
const FIRST = [
  "Ana",
  "Ben",
  "Carla",
  "David",
  "Eva",
  "Filipe",
  "Greta",
  "Hugo",
  "Irene",
  "Jorge",
  "Kai",
  "Leonor",
  "Mads",
  "Nadia",
];
const LAST = [
  "Almeida",
  "Berg",
  "Carvalho",
  "Dubois",
  "Eriksen",
  "Fonseca",
  "Gallo",
  "Horvat",
  "Ibáñez",
  "Jansen",
  "Kowalski",
];
const TOOLS = [
  "Docker Desktop",
  "kubectl",
  "Node.js 22",
  "Python 3.12",
  "Go 1.23",
  "the Rust toolchain",
  "Terraform 1.9",
  "psql",
  "Xcode 16",
  "Android Studio",
];

type Facts = { session: string; room: string; day: number; time: string; speaker: string; seats: number; tool: string };

const ASPECTS: { aspect: string; body: (f: Facts) => string; question: (f: Facts) => string }[] = [
  {
    aspect: "room and start time",
    body: (f) =>
      `${f.session} is in ${f.room} on day ${f.day}, starting at ${f.time}. Doors open ten minutes before; the room map is in the summit app.`,
    question: (f) => `where and when is the ${f.session} session?`,
  },
  {
    aspect: "prerequisites",
    body: (f) =>
      `${f.session} assumes you have shipped at least one project in production. No prior experience with the specific tools is needed; ${f.speaker} starts from the basics for the first twenty minutes.`,
    question: (f) => `do I need any experience before going to ${f.session}?`,
  },
  {
    aspect: "seat limit and waitlist",
    body: (f) =>
      `${f.session} has ${f.seats} seats, booked in the summit app. When it is full, join the waitlist: seats freed up to one hour before the start go to the waitlist in order.`,
    question: (f) => `is ${f.session} full, and is there a waitlist?`,
  },
  {
    aspect: "laptop setup",
    body: (f) =>
      `For ${f.session}, bring a laptop with ${f.tool} installed and a charged battery. The exercises run locally; the venue Wi-Fi is only needed to clone the starter repository.`,
    question: (f) => `what should I install on my laptop for ${f.session}?`,
  },
  {
    aspect: "recording and slides",
    body: (f) =>
      `${f.session} in ${f.room} is recorded. ${f.speaker} publishes the slides on the session page in the app the same evening; the video follows about two weeks later.`,
    question: (f) => `will ${f.session} be recorded, and where do I get the slides?`,
  },
  {
    aspect: "speaker",
    body: (f) =>
      `${f.session} is led by ${f.speaker}, who has worked on the topic for over eight years and maintains related open source tooling. Questions for the speaker can be posted in the app beforehand.`,
    question: (f) => `who is giving the ${f.session} talk?`,
  },
  {
    aspect: "level and audience",
    body: (f) =>
      `${f.session} is an intermediate session for engineers and tech leads. Beginners are welcome but should expect a fast pace after the introduction.`,
    question: (f) => `is ${f.session} suitable for beginners?`,
  },
  {
    aspect: "language and captions",
    body: (f) =>
      `${f.session} is given in English with live captions on the screen next to the stage in ${f.room}. A transcript is added to the recording.`,
    question: (f) => `what language is ${f.session} in, and are there captions?`,
  },
  {
    aspect: "accessible seating",
    body: (f) =>
      `${f.room} has step-free access and reserved seats at the front for ${f.session}. Ask a volunteer at the door and they will hold a seat for you until the start.`,
    question: (f) => `can I get an accessible seat at the front for ${f.session}?`,
  },
  {
    aspect: "questions from the audience",
    body: (f) =>
      `${f.session} keeps the last ${f.seats > 40 ? 15 : 10} minutes for audience questions, asked through the app or the roaming microphone. ${f.speaker} also stays at the speaker corner afterwards.`,
    question: (f) => `how do audience questions work at ${f.session}?`,
  },
  {
    aspect: "hands-on exercises",
    body: (f) =>
      `${f.session} has three hands-on exercises done in pairs, each about twenty minutes. Solutions are on the branch named "solutions" of the session repository.`,
    question: (f) => `are there hands-on exercises in ${f.session}?`,
  },
  {
    aspect: "office hours",
    body: (f) =>
      `${f.speaker} holds office hours about ${f.session} on day ${f.day} at the speaker corner, 30 minutes after the session ends. No booking needed.`,
    question: (f) => `can I talk to the ${f.session} speaker after the session?`,
  },
  {
    aspect: "certificate of attendance",
    body: (f) =>
      `Attending ${f.session} counts for a certificate of attendance: scan your badge at the door of ${f.room}, and the certificate appears in the app after the summit.`,
    question: (f) => `do I get a certificate for attending ${f.session}?`,
  },
  {
    aspect: "repository and materials",
    body: (f) =>
      `The starter repository for ${f.session} is linked on its session page one week before the summit. Clone it in advance; it includes a README with setup steps for ${f.tool}.`,
    question: (f) => `where is the repository for ${f.session}?`,
  },
  {
    aspect: "cloud credits",
    body: (f) =>
      `Participants of ${f.session} get temporary cloud credits for the exercises, handed out at the door of ${f.room}. They expire 48 hours after the session.`,
    question: (f) => `do I need my own cloud account for ${f.session}?`,
  },
  {
    aspect: "schedule changes",
    body: (f) =>
      `If ${f.session} moves rooms or times, the app sends a push notification and the screens outside ${f.room} show the change. Check the app on the morning of day ${f.day}.`,
    question: (f) => `how will I know if ${f.session} is moved?`,
  },
  {
    aspect: "feedback",
    body: (f) =>
      `After ${f.session}, rate it in the app; ${f.speaker} reads every comment. Feedback closes one week after the summit.`,
    question: (f) => `how can I give feedback on ${f.session}?`,
  },
  {
    aspect: "pairing partners",
    body: (f) =>
      `In ${f.session} you work with a partner. Come with a colleague or get paired at the door; pairs are mixed by experience so everyone gets through the exercises.`,
    question: (f) => `do I need a partner for ${f.session}?`,
  },
  {
    aspect: "sponsor involvement",
    body: (f) =>
      `${f.session} is an independent programme session: no sponsor chooses its content. The sponsor stands near ${f.room} are separate from the session.`,
    question: (f) => `is ${f.session} a sponsored talk?`,
  },
  {
    aspect: "reading list",
    body: (f) =>
      `${f.speaker} recommends three short readings before ${f.session}, linked on the session page, about 45 minutes in total. They are optional.`,
    question: (f) => `is there anything I should read before ${f.session}?`,
  },
];

function facts(s: number, a: number): Facts {
  const session = SESSIONS[s] ?? "";
  return {
    session,
    room: ROOMS[(s * 3 + a) % ROOMS.length] ?? "",
    day: (s % 2) + 1,
    time: TIMES[(s * 5) % TIMES.length] ?? "",
    speaker: `${FIRST[s % FIRST.length]} ${LAST[(s * 7) % LAST.length]}`,
    seats: 30 + ((s * 13) % 9) * 10,
    tool: TOOLS[(s + a) % TOOLS.length] ?? "",
  };
}

export function largeKnowledgeBase(): ArticleSpec[] {
  return SESSIONS.flatMap((_, s) =>
    ASPECTS.map(({ aspect, body }, a) => ({
      title: `${SESSIONS[s]}: ${aspect}`,
      body: body(facts(s, a)),
      tags: ["programme", "session", aspect.split(" ")[0] ?? "session"],
    })),
  );
}

/** Thirty questions about particular generated articles, each with the title it should cite. */
export function largeKnowledgeQuestions(count = 30): { question: string; title: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const s = (i * 17) % SESSIONS.length;
    const a = (i * 7) % ASPECTS.length;
    const aspect = ASPECTS[a];
    if (!aspect) throw new Error("no aspect");
    return { question: aspect.question(facts(s, a)), title: `${SESSIONS[s]}: ${aspect.aspect}` };
  });
}
