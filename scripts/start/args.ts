// `npm start -- [--headless] [--port N] [--events N] [--seed N] [--out DIR]`

export interface StartArgs {
  headless: boolean;
  port: number;
  events: number;
  seed: number;
  out: string;
}

export function parseStartArgs(argv: string[], env: NodeJS.ProcessEnv): StartArgs {
  const hasDisplay = process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  const args: StartArgs = { headless: !hasDisplay, port: 8010, events: 200_000, seed: 42, out: 'out/screenshots' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    const integer = (text: string, min: number) => {
      if (!/^\d+$/.test(text) || Number(text) < min) throw new Error(`${flag} takes a whole number ≥ ${min}, not "${text}"`);
      return Number(text);
    };
    if (flag === '--headless') args.headless = true;
    else if (flag === '--headed') args.headless = false;
    else if (flag === '--port') args.port = integer(value(), 0);
    else if (flag === '--events') args.events = integer(value(), 1000);
    else if (flag === '--seed') args.seed = integer(value(), 0);
    else if (flag === '--out') args.out = value();
    else throw new Error(`unknown option ${flag}. Options: --headless, --headed, --port N, --events N, --seed N, --out DIR`);
  }
  return args;
}
