// Test helpers: the real backend fixtures (content and the demo company's journey), and small
// stand-ins for what the backend does on a save, so screen tests can answer with a journey that
// shows the edit. Used by *.test.ts only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  ContentView,
  Journey,
  SaveDocumentReq,
  SaveMaturityAnswerReq,
  SaveSelfcheckAnswerReq,
  SaveStepReq,
  SelfCheckAnswer,
  SelfcheckScore,
} from "../bindings/ipc";
import { session } from "../lib/session.svelte";

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", name), "utf8")) as T;
}

export function content(): ContentView {
  return fixture<ContentView>("content.json");
}

export function demoJourney(): Journey {
  return fixture<Journey>("demo-journey.json");
}

/** Puts the content and a journey in the session, as openOrg would. */
export function openJourney(j: Journey = demoJourney()): Journey {
  session.content = content();
  session.journey = j;
  return j;
}

const POINTS: Record<string, number> = { done: 4, partly: 2, not_done: 0, dont_know: -1 };

/** IPA's scoring (4/2/0/−1 per answer, bands from the content), for journeys built in tests. */
export function scoreOf(j: Journey, c: ContentView = content()): SelfcheckScore | null {
  const answers = j.selfcheck.answers;
  if (c.selfcheck.questions.some((q) => !answers[String(q.number)])) return null;
  const pts = (n: number) => POINTS[answers[String(n)]!.answer] ?? 0;
  const total = c.selfcheck.questions.reduce((s, q) => s + pts(q.number), 0);
  const band = c.selfcheck.bands.find((b) => total >= b.min && total <= b.max)!;
  return {
    total,
    max: 100,
    min: -25,
    band: band.id,
    bandTitleId: band.titleId,
    bandAdviceId: band.adviceId,
    dontKnow: c.selfcheck.questions.filter((q) => answers[String(q.number)]!.answer === "dont_know").map((q) => q.number),
    parts: c.selfcheck.parts.map((p) => {
      const qs = c.selfcheck.questions.filter((q) => q.part === p.number);
      return { part: p.number, score: qs.reduce((s, q) => s + pts(q.number), 0), max: qs.length * 4 };
    }),
  };
}

/** What the backend answers to save_selfcheck_answer (the parts the screens read). */
export function withSelfcheckAnswer(j: Journey, req: SaveSelfcheckAnswerReq): Journey {
  const next = structuredClone(j);
  next.selfcheck.answers[String(req.question)] = { answer: req.answer, note: req.note };
  next.selfcheck.answered = Object.keys(next.selfcheck.answers).length;
  next.progress.selfcheck.done = next.selfcheck.answered;
  next.selfcheck.score = scoreOf(next);
  return next;
}

/** A journey with all 25 questions answered (the demo's 15 plus realistic answers for 16–25). */
export function completeSelfcheck(j: Journey = demoJourney()): Journey {
  const rest: SelfCheckAnswer[] = ["done", "partly", "done", "not_done", "done", "partly", "dont_know", "done", "partly", "done"];
  let next = j;
  rest.forEach((answer, i) => {
    next = withSelfcheckAnswer(next, { roundId: j.round.id, question: 16 + i, answer, note: null });
  });
  return next;
}

export function withStep(j: Journey, req: SaveStepReq): Journey {
  const next = structuredClone(j);
  next.steps[req.stepId] = {
    status: req.status,
    owner: req.owner,
    dueDate: req.dueDate,
    note: req.note,
    evidenceNote: req.evidenceNote,
    doneDate: req.status === "done" ? (req.doneDate ?? j.today) : null,
    naReason: req.naReason,
    updatedAt: "2026-11-25T00:00:00.000Z",
  };
  return next;
}

export function withMaturityAnswer(j: Journey, req: SaveMaturityAnswerReq): Journey {
  const next = structuredClone(j);
  next.maturity.answers[req.questionId] = { answer: req.answer, note: req.note };
  next.maturity.answered = Object.keys(next.maturity.answers).length;
  return next;
}

export function withDocument(j: Journey, req: SaveDocumentReq): Journey {
  const next = structuredClone(j);
  const fields = Object.fromEntries(Object.entries(req.fields).filter(([, v]) => v.trim() !== ""));
  if (req.kind === "policy") {
    next.policy = fields;
    const star2 = next.securityAction.find((l) => l.level === "star2");
    for (const c of star2?.checks ?? []) {
      if (c.tag === "policy-adopted") c.met = Boolean(fields.company && fields.owner && fields.adoptedOn);
      if (c.tag === "policy-published") c.met = Boolean(fields.publishedWhere);
    }
  } else {
    next.incidentCard = fields;
  }
  return next;
}
