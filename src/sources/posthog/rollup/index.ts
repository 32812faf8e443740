// Rollup mode (issue 11): the role definitions and test-account filters compiled to HogQL for PostHog's ClickHouse.
export { compileMatchersToHogQL, compileTestAccountFiltersToHogQL, type CompiledHogQL, type CompileOptions } from './compile-matchers';
export type { HogQLValue } from './hogql-values';
