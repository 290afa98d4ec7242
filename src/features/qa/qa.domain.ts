import { z } from 'zod';

/** One piece of an ingested document: what search finds and what an answer quotes. */
export const passageSchema = z.object({
  title: z.string().min(1),
  section: z.string().default(''),
  /** The heading above the section (a chapter above an article), when the document has one. */
  chapter: z.string().default(''),
  position: z.number().int().min(0),
  text: z.string().min(1),
  sourceFile: z.string().default(''),
  ingestedAt: z.string(),
});
export type Passage = z.infer<typeof passageSchema>;

const sourceSchema = z.object({ title: z.string().min(1), section: z.string().default('') });

/** A curated answer to a frequently asked question, written for the bot, with its source. */
export const factSchema = z.object({
  id: z.string().min(1),
  questions: z.array(z.string().min(1)).min(1),
  keywords: z.array(z.string()).default([]),
  answer: z.string().min(1),
  source: sourceSchema.extend({
    /** The other sections a sentence of the fact comes from, cited after the first. */
    also: z.array(sourceSchema).optional(),
  }),
  /** Set when an expert saved a ticket answer as knowledge. */
  addedBy: z.string().optional(),
});
export type Fact = z.infer<typeof factSchema>;

export const TICKET_STATUSES = ['open', 'in behandeling', 'beantwoord'] as const;
export const ticketSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  asker: z.object({ aadObjectId: z.string().min(1), name: z.string() }),
  status: z.enum(TICKET_STATUSES),
  createdAt: z.string(),
  claimedBy: z.object({ aadObjectId: z.string(), name: z.string() }).optional(),
  answer: z.string().optional(),
  answeredBy: z.object({ aadObjectId: z.string(), name: z.string() }).optional(),
  answeredAt: z.string().optional(),
  savedAsFactId: z.string().optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const feedbackSchema = z.object({
  id: z.string().min(1),
  helpful: z.boolean(),
  question: z.string(),
  source: z.string(),
  userId: z.string(),
  at: z.string(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/**
 * A question the bot could not answer, kept so RSJ sees what to add to the knowledge base.
 * No name or user id: the text, when, the asker's role(s) and why it was declined.
 */
export const declinedQuestionSchema = z.object({
  id: z.string().min(1),
  /** The same question asked again (other case, spacing, punctuation) shares this key. */
  key: z.string().min(1),
  question: z.string().min(1).max(500),
  at: z.string(),
  roles: z.array(z.string()).default([]),
  reason: z.string(),
});
export type DeclinedQuestion = z.infer<typeof declinedQuestionSchema>;

/** One line of the vragenrapport: a question with how often and by which roles it was asked. */
export interface DeclinedSummary {
  /** Short key the regiomanager types to remove the question. */
  key: string;
  question: string;
  count: number;
  lastAt: string;
  roles: string[];
}

/** What the bot found for a question: an answer with its source, or nothing good enough. */
export type QaResult =
  | {
      kind: 'answer';
      answer: string;
      source: { title: string; section: string; also?: { title: string; section: string }[] };
      passageRef: PassageRef;
      confidence: number;
      /** The table rows the answer comes from, shown on the card. */
      table?: { headers: string[]; rows: string[][] };
      /** One ask of a question of two that found no answer ("welke rechter is bevoegd"): the answer gives the other. */
      unansweredAsk?: string;
      /** Asked how things stand today, answered with the state a document describes of its own day. */
      asOfDocument?: boolean;
      /** A thing the question names that no document does ("hond"): the answer is only what comes closest. */
      missing?: string;
      /** A thing the question asks about that the documents name, but not the text found ("kinderen"): what comes closest. */
      unanswered?: string;
    }
  | { kind: 'none'; reason: 'out-of-domain' | 'low-score' | 'current-state' | 'personal-data' };

/** Points at what "Toon volledige passage" shows: a stored passage or a curated fact. */
export type PassageRef = { kind: 'passage'; title: string; position: number } | { kind: 'fact'; id: string };

/** What "Toon volledige passage" shows: the passage (or curated fact) an answer comes from; for a table row the whole table. */
export interface PassageView {
  title: string;
  section: string;
  text: string;
  table?: { headers: string[]; rows: string[][] };
}

/** Card data arrives as strings from the client: parsed, never trusted. */
export const passageRefSchema = z.union([
  z.object({ kind: z.literal('passage'), title: z.string().min(1).max(300), position: z.coerce.number().int().min(0) }),
  z.object({ kind: z.literal('fact'), id: z.string().min(1).max(200) }),
]);

/** "Toon volledige passage" / "Toon minder": the question to answer again, and whether to show the passage under it. */
export const passageToggleSchema = z.object({
  asked: z.string().trim().min(1).max(2000),
  question: z.string().max(500).default(''),
  expand: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
/** The toggle, or the passage reference of answer cards sent before it. */
export const passageActionSchema = z.union([passageRefSchema, passageToggleSchema]);

export const ticketIdSchema = z.object({ ticketId: z.string().min(1).max(100) });
/** An empty answer field may arrive as no field at all: the same Dutch message as a blank one. */
export const ticketAnswerSchema = ticketIdSchema.extend({
  answer: z.string({ error: 'Vul een antwoord in.' }).trim().min(3, 'Vul een antwoord in.').max(2000, 'Een antwoord is hoogstens 2000 tekens.'),
});
export const feedbackInputSchema = z.object({
  helpful: z.enum(['true', 'false']).transform((v) => v === 'true'),
  question: z.string().max(500).default(''),
  source: z.string().max(300).default(''),
  /** To draw the answer card again with the vote on it (absent on cards sent before): as "Toon volledige passage" sends them. */
  asked: z.string().trim().max(2000).default(''),
  expanded: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});
export const askExpertSchema = z.object({ question: z.string().trim().min(2).max(1000) });

/** Replies stay short: the answer shows in the text and on the card, so each copy stays under this. */
export const MAX_ANSWER_CHARS = 800;
