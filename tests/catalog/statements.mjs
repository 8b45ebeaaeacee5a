// Reads the catalogue as a harvester would (jsonld.js: JSON-LD 1.1 expansion and conversion to RDF)
// and checks that the RDF holds the DCAT statements a portal relies on: the classes of the
// catalogue, a dataset, its distributions and the API, and the links between them, on the host the
// catalogue was fetched from.
//
//   node statements.mjs CATALOG.jsonld BASE_URL
//
// Prints "RDF: N of N statements found" (and each missing one); exit code 1 when one is missing.
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const [catalogFile, base] = process.argv.slice(2);
if (!catalogFile || !base) {
  console.error('usage: node statements.mjs CATALOG.jsonld BASE_URL');
  process.exit(2);
}
const nquads = await jsonld.toRDF(JSON.parse(await readFile(catalogFile, 'utf8')), { format: 'application/n-quads', safe: true });
const lines = new Set(nquads.split('\n'));

const type = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
const dcat = term => `<http://www.w3.org/ns/dcat#${term}>`;
const dct = term => `<http://purl.org/dc/terms/${term}>`;
const at = path => `<${base}${path}>`;
const expected = [
  [at('/v1/catalog'), type, dcat('Catalog')],
  [at('/v1/profiles/MEX-2022#dataset'), type, dcat('Dataset')],
  [at('/v1/downloads/mgi.sqlite'), type, dcat('Distribution')],
  [at('/v1/policies?format=csv'), type, dcat('Distribution')],
  [at('/v1'), type, dcat('DataService')],
  [at('/v1/catalog'), dcat('dataset'), at('/v1/profiles/MEX-2022#dataset')],
  [at('/v1/catalog'), dcat('service'), at('/v1')],
  [at('/v1/profiles/MEX-2022#dataset'), dcat('landingPage'), at('/v1/profiles/MEX-2022')],
  [at('/v1/profiles/MEX-2022'), type, '<http://xmlns.com/foaf/0.1/Document>'],
  [at('/v1/profiles/MEX-2022#dataset'), dct('license'), '<https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode>'],
  [at('/v1/profiles/MEX-2022#dataset'), dcat('distribution'), at('/v1/downloads/datapackage.zip')],
  [at('/v1/downloads/mgi.sqlite'), dcat('downloadURL'), at('/v1/downloads/mgi.sqlite')],
  [at('/v1/downloads/mgi.sqlite'), dcat('mediaType'), '<https://www.iana.org/assignments/media-types/application/vnd.sqlite3>'],
  [at('/v1/policies?format=csv'), dct('format'), '<http://publications.europa.eu/resource/authority/file-type/CSV>'],
  [at('/v1/downloads/datapackage.zip'), dct('format'), '<http://publications.europa.eu/resource/authority/file-type/ZIP>'],
  [at('/v1'), dcat('endpointDescription'), at('/openapi/v1.json')],
  [at('/v1'), dcat('servesDataset'), at('/v1/profiles/MEX-2022#dataset')],
].map(([s, p, o]) => `${s} ${p} ${o} .`);

const missing = expected.filter(statement => !lines.has(statement));
const byteSize = new RegExp(`^${at('/v1/downloads/mgi.sqlite').replace(/[.?*+^$()[\]\\/]/g, '\\$&')} ${dcat('byteSize')} "[1-9][0-9]*"\\^\\^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> \\.$`);
if (![...lines].some(line => byteSize.test(line))) missing.push(`${at('/v1/downloads/mgi.sqlite')} ${dcat('byteSize')} "N"^^xsd:nonNegativeInteger .`);
const total = expected.length + 1;
console.log(`RDF: ${total - missing.length} of ${total} statements found`);
for (const statement of missing) console.log(`  missing: ${statement}`);
process.exit(missing.length > 0 ? 1 : 0);
