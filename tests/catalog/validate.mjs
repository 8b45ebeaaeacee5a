// Validates a JSON-LD document (the catalogue, read from a file) against SHACL shape files, as a
// portal's validator would: jsonld.js (the W3C JSON-LD 1.1 processor) turns it into RDF, N3.js reads
// the Turtle shapes, rdf-validate-shacl checks it. No remote context or import is loaded: the
// catalogue's context is inline, and the shapes are read as they are.
//
//   node validate.mjs CATALOG.jsonld SHAPES.ttl [SHAPES.ttl …]
//
// Prints, for each shape file, its results by severity and one line per distinct result (shape,
// path, focus node type, message); the last line is "N violations" (results of severity
// sh:Violation over all files). Exit code 1 when N > 0. Warnings (SEMIC's recommended-property
// checks) are printed and counted, not failed on.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import factory from 'rdf-validate-shacl/src/defaultEnv.js';

const [catalogFile, ...shapeFiles] = process.argv.slice(2);
if (!catalogFile || shapeFiles.length === 0) {
  console.error('usage: node validate.mjs CATALOG.jsonld SHAPES.ttl [SHAPES.ttl …]');
  process.exit(2);
}

const nquads = await jsonld.toRDF(JSON.parse(await readFile(catalogFile, 'utf8')), { format: 'application/n-quads', safe: true });
const data = factory.dataset(new Parser({ format: 'application/n-quads' }).parse(nquads));
console.log(`${basename(catalogFile)}: ${data.size} RDF statements`);

const short = term => term?.value
  ?.replace('http://www.w3.org/ns/shacl#', 'sh:')
  .replace('http://purl.org/dc/terms/', 'dct:')
  .replace('http://www.w3.org/ns/dcat#', 'dcat:')
  .replace('http://xmlns.com/foaf/0.1/', 'foaf:') ?? '';
const type = node => [...data.match(node, factory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), null)].map(q => short(q.object)).join(',') || node.value;

let violations = 0;
for (const file of shapeFiles) {
  const shapes = factory.dataset(new Parser().parse(await readFile(file, 'utf8')));
  // An owl:imports in a shape file (deprecateduris.ttl imports ADMS's SKOS vocabulary) is not
  // fetched: the check runs offline, on the shapes and the catalogue alone.
  const importGraph = url => { console.log(`${basename(file)}: owl:imports <${url.value}> not loaded (offline)`); return factory.dataset(); };
  const report = await new SHACLValidator(shapes, { factory, importGraph }).validate(data);
  const bySeverity = {};
  const lines = new Map();
  for (const result of report.results) {
    const severity = short(result.severity).replace('sh:', '');
    bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
    const shape = result.sourceShape?.termType === 'NamedNode' ? ` (${short(result.sourceShape)})` : '';
    const line = `  ${severity}: ${type(result.focusNode)} ${short(result.path)}: ${result.message.map(m => m.value).join('; ') || short(result.sourceConstraintComponent)}${shape}`;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  violations += bySeverity.Violation ?? 0;
  const counts = Object.entries(bySeverity).map(([s, n]) => `${n} ${s.toLowerCase()}${n === 1 ? '' : 's'}`).join(', ');
  console.log(`${basename(file)}: ${counts || 'conforms'}`);
  for (const [line, n] of [...lines].sort()) console.log(n > 1 ? `${line} ×${n}` : line);
}
console.log(`${violations} violations`);
process.exit(violations > 0 ? 1 : 0);
