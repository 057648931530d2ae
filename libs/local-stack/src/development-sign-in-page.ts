import type { DevelopmentPerson } from './development-person.js';

const escape = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The development provider's sign-in page: one button per person, no password (this is not a real provider). */
export function signInPage(uid: string, clientId: string, people: readonly DevelopmentPerson[]): string {
  const buttons = people
    .map(
      (person) =>
        `<li><button type="submit" name="accountId" value="${escape(person.accountId)}">${escape(person.name)}</button> <small>${escape(person.email)}</small></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in to Accord (development)</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0;list-style:none}button{font-size:1rem;padding:.4rem .8rem;cursor:pointer}small{color:#555}</style>
</head>
<body>
<h1>Sign in to Accord</h1>
<p>This is Accord's <strong>development</strong> identity provider, standing in for your council's (Microsoft Entra ID and the like). Pick who to be; ${escape(clientId)} will be told you are that person.</p>
<form method="post" action="/interaction/${escape(uid)}"><ul>
${buttons}
</ul></form>
</body>
</html>
`;
}
