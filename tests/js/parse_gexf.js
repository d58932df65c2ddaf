// Parse a GEXF file with graphology-gexf (the parser Gephi Lite uses) and print what it read as JSON:
// node parse_gexf.js FILE  ->  {"type", "multi", "order", "size", "attributes", "nodes", "edges"}
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const graph = gexf.parse(Graph, fs.readFileSync(process.argv[2], 'utf-8'));
const data = graph.export();
process.stdout.write(JSON.stringify({
  type: graph.type, multi: graph.multi, order: graph.order, size: graph.size,
  attributes: data.attributes, nodes: data.nodes, edges: data.edges,
}));
