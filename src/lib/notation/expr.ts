/**
 * The small expression language of spec values. A string containing `$` is an expression: `$c * 4`,
 * `if($i == 0, 2, 1)`, `make_divisible(32 * $width, 8)`, `$n[2]`; any other string is a literal.
 */

export type Value = number | string | boolean | Value[];
export type Scope = Readonly<Record<string, Value | undefined>>;

/** Raised for a malformed expression or an unknown variable; the engine adds the spec path. */
export class ExprError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExprError';
  }
}

export const isExpression = (value: unknown): value is string => typeof value === 'string' && value.includes('$');

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'var'; v: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

const OPERATORS = ['**', '//', '==', '!=', '<=', '>=', '+', '-', '*', '/', '%', '<', '>', '(', ')', '[', ']', ','];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const word = /^\$?[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      out.push(word[0].startsWith('$') ? { t: 'var', v: word[0].slice(1) } : { t: 'id', v: word[0] });
      i += word[0].length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const end = src.indexOf(ch, i + 1);
      if (end < 0) throw new ExprError(`unterminated string in "${src}"`);
      out.push({ t: 'str', v: src.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new ExprError(`unexpected "${ch}" in "${src}"`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  return out;
}

const num = (v: Value, what: string): number => {
  if (typeof v !== 'number') throw new ExprError(`${what} needs a number, got ${JSON.stringify(v)}`);
  return v;
};
const truthy = (v: Value): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));

/** torchvision's `_make_divisible`: round to the nearest multiple of d, not below min nor below 90 % of v. */
export function makeDivisible(v: number, d = 8, min = d): number {
  let out = Math.max(min, Math.floor(v + d / 2) - (Math.floor(v + d / 2) % d));
  if (out < 0.9 * v) out += d;
  return out;
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  min: (a) => Math.min(...a.map((x) => num(x, 'min'))),
  max: (a) => Math.max(...a.map((x) => num(x, 'max'))),
  floor: (a) => Math.floor(num(a[0]!, 'floor')),
  ceil: (a) => Math.ceil(num(a[0]!, 'ceil')),
  round: (a) => Math.round(num(a[0]!, 'round')),
  int: (a) => Math.trunc(num(a[0]!, 'int')),
  abs: (a) => Math.abs(num(a[0]!, 'abs')),
  make_divisible: (a) =>
    makeDivisible(
      num(a[0]!, 'make_divisible'),
      a[1] === undefined ? 8 : num(a[1], 'make_divisible'),
      a[2] === undefined ? undefined : num(a[2], 'make_divisible'),
    ),
  len: (a) => {
    if (!Array.isArray(a[0])) throw new ExprError('len needs a list');
    return a[0].length;
  },
  sum: (a) => {
    if (!Array.isArray(a[0])) throw new ExprError('sum needs a list');
    return a[0].reduce<number>((s, x) => s + num(x, 'sum'), 0);
  },
};

/** Names callable in expressions, for documentation. */
export const FUNCTION_NAMES = ['if', ...Object.keys(FUNCTIONS)];

class Parser {
  private pos = 0;
  private readonly tokens: Token[];
  private readonly scope: Scope;
  private readonly src: string;
  constructor(tokens: Token[], scope: Scope, src: string) {
    this.tokens = tokens;
    this.scope = scope;
    this.src = src;
  }

  parse(): Value {
    const v = this.or();
    if (this.pos < this.tokens.length)
      throw new ExprError(`unexpected "${this.show(this.tokens[this.pos]!)}" in "${this.src}"`);
    return v;
  }

  private show(t: Token): string {
    return t.t === 'var' ? `$${t.v}` : String(t.v);
  }
  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t !== undefined && (t.t === 'op' || t.t === 'id') && t.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) throw new ExprError(`expected "${v}" in "${this.src}"`);
    this.pos++;
  }

  private or(): Value {
    let left = this.and();
    while (this.isOp('or')) {
      this.pos++;
      const right = this.and();
      left = truthy(left) || truthy(right);
    }
    return left;
  }
  private and(): Value {
    let left = this.not();
    while (this.isOp('and')) {
      this.pos++;
      const right = this.not();
      left = truthy(left) && truthy(right);
    }
    return left;
  }
  private not(): Value {
    if (this.isOp('not')) {
      this.pos++;
      return !truthy(this.not());
    }
    return this.cmp();
  }
  private cmp(): Value {
    const left = this.add();
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
      if (this.isOp(op)) {
        this.pos++;
        const right = this.add();
        switch (op) {
          case '==':
            return JSON.stringify(left) === JSON.stringify(right);
          case '!=':
            return JSON.stringify(left) !== JSON.stringify(right);
          case '<=':
            return num(left, op) <= num(right, op);
          case '>=':
            return num(left, op) >= num(right, op);
          case '<':
            return num(left, op) < num(right, op);
          default:
            return num(left, op) > num(right, op);
        }
      }
    }
    return left;
  }
  private add(): Value {
    let left = this.mul();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.tokens[this.pos++]!.v;
      const right = this.mul();
      left = op === '+' ? num(left, '+') + num(right, '+') : num(left, '-') - num(right, '-');
    }
    return left;
  }
  private mul(): Value {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('//') || this.isOp('%')) {
      const op = this.tokens[this.pos++]!.v as string;
      const a = num(left, op);
      const b = num(this.unary(), op);
      if (op !== '*' && b === 0) throw new ExprError(`division by zero in "${this.src}"`);
      left = op === '*' ? a * b : op === '/' ? a / b : op === '//' ? Math.floor(a / b) : a - b * Math.floor(a / b);
    }
    return left;
  }
  private unary(): Value {
    if (this.isOp('-')) {
      this.pos++;
      return -num(this.unary(), '-');
    }
    return this.power();
  }
  private power(): Value {
    const base = this.postfix();
    if (this.isOp('**')) {
      this.pos++;
      return num(base, '**') ** num(this.unary(), '**');
    }
    return base;
  }
  private postfix(): Value {
    let v = this.primary();
    while (this.isOp('[')) {
      this.pos++;
      const index = num(this.or(), 'an index');
      this.expect(']');
      if (!Array.isArray(v)) throw new ExprError(`cannot index ${JSON.stringify(v)} in "${this.src}"`);
      if (!Number.isInteger(index) || index < 0 || index >= v.length) {
        throw new ExprError(`index ${index} is outside the list ${JSON.stringify(v)} in "${this.src}"`);
      }
      v = v[index]!;
    }
    return v;
  }
  private primary(): Value {
    const t = this.peek();
    if (!t) throw new ExprError(`"${this.src}" ends too early`);
    this.pos++;
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'var') {
      const v = this.scope[t.v];
      if (v === undefined) {
        const known = Object.keys(this.scope).filter((k) => this.scope[k] !== undefined);
        throw new ExprError(
          `unknown variable $${t.v}${known.length ? ` (known here: ${known.map((k) => `$${k}`).join(', ')})` : ''}`,
        );
      }
      return v;
    }
    if (t.t === 'op' && t.v === '(') {
      const v = this.or();
      this.expect(')');
      return v;
    }
    if (t.t === 'op' && t.v === '[') {
      const items: Value[] = [];
      while (!this.isOp(']')) {
        items.push(this.or());
        if (!this.isOp(']')) this.expect(',');
      }
      this.pos++;
      return items;
    }
    if (t.t === 'id') {
      if (t.v === 'true') return true;
      if (t.v === 'false') return false;
      if (this.isOp('(')) {
        this.pos++;
        const args: Value[] = [];
        while (!this.isOp(')')) {
          args.push(this.or());
          if (!this.isOp(')')) this.expect(',');
        }
        this.pos++;
        if (t.v === 'if') {
          if (args.length !== 3) throw new ExprError('if(condition, then, else) takes three arguments');
          return truthy(args[0]!) ? args[1]! : args[2]!;
        }
        const fn = FUNCTIONS[t.v];
        if (!fn) throw new ExprError(`unknown function ${t.v}() (known: ${FUNCTION_NAMES.join(', ')})`);
        return fn(args);
      }
      throw new ExprError(`"${t.v}" is not a value: variables start with $, as in $${t.v}`);
    }
    throw new ExprError(`unexpected "${this.show(t)}" in "${this.src}"`);
  }
}

const tokenCache = new Map<string, Token[]>();

/** Evaluates one expression string against a scope of variables (without the `$`). */
export function evaluate(src: string, scope: Scope): Value {
  let tokens = tokenCache.get(src);
  if (!tokens) {
    tokens = tokenize(src);
    tokenCache.set(src, tokens);
  }
  return new Parser(tokens, scope, src).parse();
}

/**
 * Resolves a spec value: expression strings are evaluated, lists are resolved item by item,
 * everything else is returned unchanged.
 */
export function resolve(value: unknown, scope: Scope): unknown {
  if (isExpression(value)) return evaluate(value, scope);
  if (Array.isArray(value)) return value.map((v) => resolve(v, scope));
  return value;
}

/** Rounds away floating-point noise (0.75 * 64 = 48.00000000000001) so whole numbers stay whole. */
export function clean(value: unknown): unknown {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const r = Math.round(value);
    return Math.abs(value - r) < 1e-9 ? r : value;
  }
  if (Array.isArray(value)) return value.map(clean);
  return value;
}
