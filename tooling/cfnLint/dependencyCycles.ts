// Finds dependency loops in a CloudFormation template the way CloudFormation counts
// dependencies (references in properties, DependsOn, UpdatePolicy, CreationPolicy and
// conditions; never Metadata), so a loop fails a test without Python or cfn-lint (E3004).

type Template = { Resources?: Record<string, unknown>; Conditions?: Record<string, unknown> };

/** A dependency: `from` needs `to`, found in `from`'s `section` (Properties, UpdatePolicy, ...). */
export interface Edge {
  readonly to: string;
  readonly section: string;
}

const conditionNode = (name: string) => `Condition:${name}`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The names `${X}` and `${X.Attr}` of a Sub string name, without `${!Literal}` escapes. */
export function subVariables(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)]
    .map((m) => (m[1] as string).trim())
    .filter((name) => !name.startsWith('!'))
    .map((name) => name.split('.')[0] as string);
}

/** Every logical id or condition a fragment of the template names. */
function referencesIn(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, arg] of Object.entries(value)) {
    if (key === 'Ref' && typeof arg === 'string') found.add(arg);
    else if (key === 'Fn::GetAtt') {
      if (typeof arg === 'string') found.add(arg.split('.')[0] as string);
      else if (Array.isArray(arg) && typeof arg[0] === 'string') found.add(arg[0]);
      referencesIn(Array.isArray(arg) ? arg.slice(1) : [], found); // an attribute name may be a Ref
    } else if (key === 'Fn::Sub') {
      const [text, variables] = Array.isArray(arg) ? arg : [arg, {}];
      const own = new Set(isObject(variables) ? Object.keys(variables) : []);
      if (typeof text === 'string') for (const name of subVariables(text)) if (!own.has(name)) found.add(name);
      referencesIn(variables, found);
    } else if (key === 'Fn::If' && Array.isArray(arg)) {
      if (typeof arg[0] === 'string') found.add(conditionNode(arg[0]));
      referencesIn(arg.slice(1), found);
    } else if (key === 'Condition' && typeof arg === 'string') found.add(conditionNode(arg));
    else referencesIn(arg, found);
  }
}

/** Sections of a resource whose references CloudFormation counts; Metadata is left out, as it does. */
const countedSections = ['Properties', 'UpdatePolicy', 'CreationPolicy'] as const;

/** The graph: each resource (by logical id) and condition (`Condition:Name`) to what it needs. */
export function dependencyGraph(template: Template): Map<string, Edge[]> {
  const resources = template.Resources ?? {};
  const conditions = template.Conditions ?? {};
  const nodes = new Set([...Object.keys(resources), ...Object.keys(conditions).map(conditionNode)]);
  const graph = new Map<string, Edge[]>();
  const add = (from: string, names: Iterable<string>, section: string) => {
    const edges = graph.get(from) as Edge[];
    // Parameters and AWS:: pseudo parameters are leaves: only edges to resources and conditions count.
    for (const to of names) if (nodes.has(to) && !edges.some((e) => e.to === to)) edges.push({ to, section });
  };
  for (const node of nodes) graph.set(node, []);
  for (const [name, body] of Object.entries(conditions)) {
    const found = new Set<string>();
    referencesIn(body, found);
    add(conditionNode(name), found, 'Conditions');
  }
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    for (const section of countedSections) {
      const found = new Set<string>();
      referencesIn(resource[section], found);
      add(id, found, section);
    }
    const dependsOn = resource.DependsOn;
    add(id, typeof dependsOn === 'string' ? [dependsOn] : Array.isArray(dependsOn) ? dependsOn : [], 'DependsOn');
    if (typeof resource.Condition === 'string') add(id, [conditionNode(resource.Condition)], 'Condition');
  }
  return graph;
}

/** One loop per strongly connected component (Tarjan), each as `[a, b, ..., a]`, smallest id first. */
export function findCycles(template: Template): string[][] {
  const graph = dependencyGraph(template);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const { to } of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfLoop = graph.get(node)?.some((e) => e.to === node);
    if (component.length > 1 || selfLoop) components.push(component);
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => loopWithin(graph, new Set(component))).sort((a, b) => a.length - b.length);
}

/** The shortest loop through the component's smallest id (breadth first, inside the component). */
function loopWithin(graph: Map<string, Edge[]>, component: Set<string>): string[] {
  const start = [...component].sort()[0] as string;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const { to } of [...(graph.get(node) ?? [])].sort((a, b) => a.to.localeCompare(b.to))) {
      if (!component.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at) as string) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** `A -> B -> C -> A`, then where each link was found: `A needs B (UpdatePolicy)`, ... */
export function describeCycle(template: Template, cycle: string[]): string {
  const graph = dependencyGraph(template);
  const links = cycle.slice(0, -1).map((from, i) => {
    const to = cycle[i + 1] as string;
    return `${from} needs ${to} (${graph.get(from)?.find((e) => e.to === to)?.section})`;
  });
  return `${cycle.join(' -> ')}\n  ${links.join('\n  ')}`;
}
