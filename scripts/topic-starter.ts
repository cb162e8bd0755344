/**
 * The files `npm run new -- topic <folder>` writes: a topic file with a small, general
 * vocabulary to adapt, and a README. The vocabulary is an example, meant to be edited.
 */
import { schemaModeline } from '../src/schemas/json-schema.ts';

export interface StarterOptions {
  title?: string | undefined;
  description?: string | undefined;
  /** The site's language, such as `en`. */
  language: string;
}

const quote = (text: string) => JSON.stringify(text);

export function topicStarter({
  title,
  description,
  language,
}: StarterOptions): Record<string, string> {
  const topic = `${schemaModeline('topic', 0)}
# The topic of this explainer: its name, languages, the home page's account and its
# vocabulary. See CONTRIBUTING.md, "The topic file". Replace every TODO.

title: ${title ? quote(title) : 'TODO the name of the explainer'}
description: ${description ? quote(description) : 'TODO one sentence saying what the explainer explains'}

languages:
  - code: ${language}

# The home page's account of what happened: short paragraphs, each naming the events it rests on.
intro: []

actorKinds:
  - id: country
    label: Country
    plural: Countries
    schemaType: Country
  - id: organisation
    label: Organisation
    plural: Organisations
    schemaType: Organization
  - id: person
    label: Person
    plural: People
    schemaType: Person
    # Drawn in the relations graph as part of the actor it is memberOf.
    fold: true

eventKinds:
  - id: agreement
    label: Agreement
    plural: Agreements
    relations:
      - { type: alliance, effect: starts }
  - id: withdrawal
    label: Withdrawal
    plural: Withdrawals
    relations:
      - { type: alliance, effect: ends }
  - id: statement
    label: Statement
    plural: Statements

relationTypes:
  - id: alliance
    label: Alliance
    directed: false
    forward: is allied with
    started: entered an alliance with
    ended: left its alliance with
    requiresStart: true
    line: solid
`;
  const readme = `# ${title ?? 'A new explainer'}

This folder is an explainer's content: \`topic.yaml\`, and one file per actor, event and source.
Check it with \`CONTENT_DIR=<this folder> npm run check\` and preview it with
\`CONTENT_DIR=<this folder> npm start\`. CONTRIBUTING.md describes every field.
`;
  return { 'topic.yaml': topic, 'README.md': readme };
}
