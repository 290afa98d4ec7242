import type { Attributes, Counter, Histogram } from '@opentelemetry/api';
import type { Logger } from './logger';

/**
 * OpenTelemetry traces and metrics for turns, store calls, outbox sends, Q&A outcomes and Graph app
 * installations. Exported to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set; without
 * it every record call is a no-op and neither the exporter nor the OpenTelemetry API is loaded (start-up time, memory).
 */
const NAME = 'rsj-governance-bot';

type OtelApi = typeof import('@opentelemetry/api');

interface Instruments {
  api: OtelApi;
  turns: Counter;
  turnDuration: Histogram;
  sends: Counter;
  sendDuration: Histogram;
  qaOutcomes: Counter;
  installs: Counter;
}

let instruments: Instruments | undefined;

export interface StoreCounters {
  calls: number;
  documentsRead: number;
  requestCharge: number;
}

export interface Telemetry {
  readonly enabled: boolean;
  /** Reports the store's running totals (calls, documents read, Cosmos request charge) as counters. */
  observeStore(kind: string, stats: () => StoreCounters): void;
  /** Flushes what is buffered; call last at shutdown. */
  shutdown(): Promise<void>;
}

export async function startTelemetry(connectionString: string | undefined, log: Logger): Promise<Telemetry> {
  if (!connectionString) return { enabled: false, observeStore() {}, async shutdown() {} };
  process.env.OTEL_SERVICE_NAME ||= NAME;
  // Loaded only here (a plain require keeps it lazy in the CommonJS build and under jest).
  const monitor: typeof import('@azure/monitor-opentelemetry') = require('@azure/monitor-opentelemetry');
  monitor.useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    // A region's staff makes few turns: keep every trace instead of the default 5 per second.
    samplingRatio: 1,
    tracesPerSecond: 0,
    // Spans are made here for what matters; the generic HTTP/SDK instrumentations would double them.
    instrumentationOptions: { http: { enabled: false }, azureSdk: { enabled: false } },
  });
  const api: OtelApi = require('@opentelemetry/api');
  const meter = api.metrics.getMeter(NAME);
  instruments = {
    api,
    turns: meter.createCounter('bot.turns', { description: 'Activities handled, by type and outcome' }),
    turnDuration: meter.createHistogram('bot.turn.duration', { unit: 'ms' }),
    sends: meter.createCounter('outbox.sends', { description: 'Proactive sends and updates, by result' }),
    sendDuration: meter.createHistogram('outbox.send.duration', { unit: 'ms' }),
    qaOutcomes: meter.createCounter('qa.outcomes', { description: 'Questions answered or declined' }),
    installs: meter.createCounter('graph.app_installations', { description: 'App installations for recipients without a chat' }),
  };
  log.info('telemetry to Azure Monitor on');
  return {
    enabled: true,
    observeStore(kind, stats) {
      const counter = (name: string, pick: (s: StoreCounters) => number, unit?: string) =>
        meter.createObservableCounter(name, { unit }).addCallback((r) => r.observe(pick(stats()), { 'store.kind': kind }));
      counter('store.calls', (s) => s.calls);
      counter('store.documents_read', (s) => s.documentsRead);
      counter('store.request_charge', (s) => s.requestCharge, 'RU');
    },
    async shutdown() {
      instruments = undefined;
      await monitor.shutdownAzureMonitor().catch((err: unknown) => log.warn({ err }, 'telemetry flush failed'));
    },
  };
}

/** Runs one turn inside a server span and counts it. */
export async function traceTurn<T>(activityType: string, run: () => Promise<T>): Promise<T> {
  if (!instruments) return run();
  const { trace, SpanKind, SpanStatusCode } = instruments.api;
  const started = Date.now();
  const attributes: Attributes = { 'activity.type': activityType };
  return trace.getTracer(NAME).startActiveSpan('bot.turn', { kind: SpanKind.SERVER, attributes }, async (span) => {
    try {
      const result = await run();
      instruments?.turns.add(1, { ...attributes, outcome: 'ok' });
      return result;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      instruments?.turns.add(1, { ...attributes, outcome: 'error' });
      throw err;
    } finally {
      instruments?.turnDuration.record(Date.now() - started, attributes);
      span.end();
    }
  });
}

/** Runs one proactive call (send, update, open chat) inside a client span; `status` reads its result. */
export async function traceSend<T extends { status: string }>(operation: string, run: () => Promise<T>): Promise<T> {
  if (!instruments) return run();
  const { trace, SpanKind, SpanStatusCode } = instruments.api;
  const started = Date.now();
  return trace.getTracer(NAME).startActiveSpan(`outbox.${operation}`, { kind: SpanKind.CLIENT }, async (span) => {
    let status = 'error';
    try {
      const result = await run();
      status = result.status;
      return result;
    } finally {
      const attributes = { operation, result: status };
      span.setAttributes(attributes);
      if (status !== 'sent' && status !== 'opened') span.setStatus({ code: SpanStatusCode.ERROR, message: status });
      instruments?.sends.add(1, attributes);
      instruments?.sendDuration.record(Date.now() - started, attributes);
      span.end();
    }
  });
}

/** A Q&A outcome: answered from the documents, or declined (with the reason). */
export function recordQaOutcome(outcome: 'answered' | 'declined', reason?: string): void {
  if (!instruments) return;
  const attributes = reason ? { outcome, reason } : { outcome };
  instruments.qaOutcomes.add(1, attributes);
  instruments.api.trace.getActiveSpan()?.setAttributes({ 'qa.outcome': outcome, ...(reason ? { 'qa.reason': reason } : {}) });
}

/** A Graph app installation attempt for a recipient without a chat. */
export function recordAppInstallation(result: string): void {
  instruments?.installs.add(1, { result });
}
