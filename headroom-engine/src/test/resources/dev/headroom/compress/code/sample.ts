import { readFile } from "node:fs/promises";
import type { Logger } from "./logger";

export interface Order {
  id: string;
  lines: OrderLine[];
  placedAt: Date;
}

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export type Totals = { net: number; tax: number; gross: number };

/**
 * Computes order totals with the given tax rate.
 * Prices are in cents to avoid floating point drift; the tax is rounded
 * half up per order, not per line, which is what the accounting export
 * expects. Negative quantities are returns and reduce the total.
 */
export function computeTotals(order: Order, taxRate: number): Totals {
  let net = 0;
  for (const line of order.lines) {
    if (!Number.isInteger(line.quantity)) {
      throw new Error(`fractional quantity for ${line.sku}`);
    }
    net += line.quantity * line.unitPrice;
  }
  const tax = Math.round(net * taxRate);
  return { net, tax, gross: net + tax };
}

export function parseHeader(line: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of line.split(";")) {
    const [key, value] = part.split("=").map((p) => p.trim());
    if (key.length === 0) {
      continue;
    }
    out.set(key.toLowerCase(), value ?? "");
  }
  return out;
}

export class OrderRepository {
  private readonly cache = new Map<string, Order>();

  constructor(private readonly file: string, private readonly log: Logger) {}

  async load(): Promise<number> {
    const text = await readFile(this.file, "utf8");
    const orders: Order[] = JSON.parse(text);
    for (const order of orders) {
      order.placedAt = new Date(order.placedAt);
      this.cache.set(order.id, order);
    }
    this.log.info(`loaded ${orders.length} orders from ${this.file}`);
    return orders.length;
  }

  find(id: string): Order | undefined {
    return this.cache.get(id);
  }
}
