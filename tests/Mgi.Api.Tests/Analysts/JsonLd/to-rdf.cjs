// Reads a JSON-LD document on stdin and writes it as N-Quads: expansion and conversion to RDF by
// jsonld.js (the W3C JSON-LD 1.1 processor), as a harvester would read it. No remote contexts are
// loaded: the document's context is inline.
const jsonld = require('jsonld');
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', async () => {
  try {
    const doc = JSON.parse(input);
    const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', safe: true });
    process.stdout.write(nquads);
  } catch (e) {
    process.stderr.write(String(e && e.stack || e));
    process.exit(1);
  }
});
