// Customer companies (PostHog group type 0, "company"). Users join them as they sign up; joining picks
// an existing company in proportion to its size, so a few accounts grow large while most stay small.
import type { Random } from './random.ts';
import { COMPANY_PREFIXES, COMPANY_SUFFIXES, INDUSTRIES } from './vocabulary.ts';

export interface CompanyPlan {
  index: number;
  /** The `$group_key`: a unique slug (assigned on registration). */
  key: string;
  readonly name: string;
  /** Email domain of its members. */
  readonly domain: string;
  readonly industry: string;
  readonly employees: number;
  /** Best plan any member pays for by the end of the data ('free' if none). */
  plan: 'free' | 'pro' | 'business';
  /** Earliest signup among its members: when the group was first identified. */
  createdAt: number;
  members: number;
}

const EMPLOYEE_BUCKETS = [4, 9, 18, 35, 70, 150, 320, 800, 2400] as const;
const LEGAL_FORMS = ['', '', ' GmbH', ' Inc.', ' Ltd', ' AG', ' Group'] as const;

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Companies are drafted while an actor is planned and only registered (given an index and a unique key)
 * when the actor is accepted, so the event-count calibration can drop a planned actor without trace.
 */
export class CompanyRegistry {
  readonly companies: CompanyPlan[] = [];
  /** One entry per member: a uniform pick from it is a size-proportional pick of a company. */
  private readonly memberships: number[] = [];
  private readonly slugCounts = new Map<string, number>();

  /** A new, not yet registered company; `fixed` pins name/key/domain for the internal and hostile ones. */
  draft(rng: Random, fixed?: { name: string; key: string; domain: string }): CompanyPlan {
    const base = `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(COMPANY_SUFFIXES)}`;
    return {
      index: -1,
      key: fixed?.key ?? '',
      name: fixed?.name ?? base + rng.pick(LEGAL_FORMS),
      domain: fixed?.domain ?? `${slugify(base)}.example`,
      industry: rng.pick(INDUSTRIES),
      employees: rng.pick(EMPLOYEE_BUCKETS) + rng.int(10),
      plan: 'free',
      createdAt: Number.POSITIVE_INFINITY,
      members: 0,
    };
  }

  /** Gives a drafted company its index and a unique `$group_key` (slug, then slug-2, slug-3, …). */
  register(company: CompanyPlan): void {
    if (company.index >= 0) return;
    company.index = this.companies.length;
    if (!company.key) {
      const slug = company.domain.replace(/\.example$/, '');
      const seen = (this.slugCounts.get(slug) ?? 0) + 1;
      this.slugCounts.set(slug, seen);
      company.key = seen === 1 ? slug : `${slug}-${seen}`;
    }
    this.companies.push(company);
  }

  /** An existing customer company chosen by size, or null when there is none yet. */
  pickBySize(rng: Random): CompanyPlan | null {
    if (this.memberships.length === 0) return null;
    return this.companies[this.memberships[rng.int(this.memberships.length)] as number] ?? null;
  }

  /** `pickable` false keeps the internal and hostile companies out of customers' joins. */
  addMember(company: CompanyPlan, signupAt: number, pickable: boolean): void {
    this.register(company);
    company.members++;
    if (signupAt < company.createdAt) company.createdAt = signupAt;
    if (pickable) this.memberships.push(company.index);
  }
}

const PLAN_RANK = { free: 0, pro: 1, business: 2 } as const;

export function upgradeCompanyPlan(company: CompanyPlan, plan: 'pro' | 'business'): void {
  if (PLAN_RANK[plan] > PLAN_RANK[company.plan]) company.plan = plan;
}
