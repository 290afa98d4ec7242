import { readFileSync } from 'node:fs';
import { Language, type Node, Parser } from 'web-tree-sitter';

/** Bicep parsed with the tree-sitter grammar (the Bicep CLI cannot be fetched here). */
export interface ParsedBicep {
  root: Node;
  /** ERROR and MISSING nodes with their 1-based line, empty for a file that parses. */
  syntaxErrors: string[];
  resource(symbol: string): Node;
  params: Map<string, { hasDefault: boolean }>;
}

let parser: Parser | undefined;

async function bicepParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(readFileSync(require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm')));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

export async function parseBicep(fileOrSource: string, isSource = false): Promise<ParsedBicep> {
  const source = isSource ? fileOrSource : readFileSync(fileOrSource, 'utf8');
  const tree = (await bicepParser()).parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const root = tree.rootNode;
  const syntaxErrors: string[] = [];
  const visit = (node: Node) => {
    if (node.isError || node.isMissing) syntaxErrors.push(`line ${node.startPosition.row + 1}: ${node.isMissing ? 'missing ' + node.type : node.text.slice(0, 60)}`);
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  const declarations = (type: string) => root.namedChildren.filter((n): n is Node => n?.type === type);
  const params = new Map(
    declarations('parameter_declaration').map((p) => [p.namedChildren.find((c) => c?.type === 'identifier')!.text, { hasDefault: p.text.includes('=') }]),
  );
  return {
    root,
    syntaxErrors,
    params,
    resource(symbol) {
      const found = declarations('resource_declaration').find((r) => r.namedChildren[0]?.text === symbol);
      if (!found) throw new Error(`no resource ${symbol}`);
      return found;
    },
  };
}

/** The direct properties of an object node, key -> value node. */
export function objectProperties(object: Node): Map<string, Node> {
  const props = new Map<string, Node>();
  for (const p of object.namedChildren) {
    if (p?.type !== 'object_property') continue;
    const [key, value] = p.namedChildren;
    if (key && value) props.set(key.text.replace(/^'|'$/g, ''), value);
  }
  return props;
}

/** Follows a path of property names from a resource's body object, e.g. ['properties', 'siteConfig']. */
export function propertyAt(resource: Node, path: string[]): Node | undefined {
  let node: Node | undefined = resource.namedChildren.find((c) => c?.type === 'object') ?? undefined;
  for (const key of path) {
    if (!node || node.type !== 'object') return undefined;
    node = objectProperties(node).get(key);
  }
  return node;
}

/** The text of a plain string literal ('abc' without interpolation), else undefined. */
export function stringLiteral(node: Node | undefined): string | undefined {
  if (!node || node.type !== 'string' || node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  return node.text.slice(1, -1);
}
