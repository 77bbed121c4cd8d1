/** The demo accounts shown on the sign-in page (local auth only). Every demo user has this password. */
export const DEMO_PASSWORD = "northwind-demo";
export const DEMO_USERS = {
  owner: { email: "maya@northwind.events", name: "Maya Fernandes" },
  admin: { email: "jonas@northwind.events", name: "Jonas Berg" },
  member: { email: "priya@northwind.events", name: "Priya Raman" },
  viewer: { email: "sam@northwind.events", name: "Sam Okafor" },
} as const;
