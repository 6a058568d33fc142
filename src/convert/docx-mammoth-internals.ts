import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The pieces of mammoth and of its own copy of @xmldom/xmldom that the lean XML reader
 * (docx-mammoth-xml.ts) works with, loaded from the very module instances mammoth uses.
 * Undefined when any of them is missing or changed shape (a mammoth upgrade): mammoth then
 * reads XML its own way.
 */

/** mammoth's lib/xml/nodes.js element: the body reader uses its prototype methods. */
export type MammothElement = object;
type ElementConstructor = new (name: string, attributes: Record<string, string>, children: unknown[]) => MammothElement;
export type NamespaceMap = Record<string, string | undefined>;
export type ReadString = (xml: string, namespaceMap?: NamespaceMap) => unknown;

/** The xmldom SAX attribute list handed to startElement. */
export interface SaxAttributes {
  length: number;
  getURI(i: number): string | undefined;
  getQName(i: number): string;
  getValue(i: number): string;
}

interface SaxReader {
  domBuilder: unknown;
  errorHandler: unknown;
  parse(source: string, defaultNSMap: Record<string, string>, entityMap: Record<string, string>): void;
}

/** xmldom's DOMHandler, used as is for everything outside the root element. */
export interface DomHandler {
  doc?: { documentElement: { tagName: string } | null };
  cdata: boolean;
  startElement(ns: string | undefined, localName: string, qName: string, attrs: SaxAttributes): void;
  endElement(ns: string | undefined, localName: string, qName: string): void;
  characters(chars: string, start: number, length: number): void;
  comment(chars: string, start: number, length: number): void;
  processingInstruction(target: string, data: string): void;
  startDTD(name: string, publicId: string | false, systemId: string | false): void;
}

export interface MammothInternals {
  xml: { readString: ReadString };
  Element: ElementConstructor;
  text: (value: string) => { type: 'text'; value: string };
  resolve: (value: unknown) => unknown;
  XMLReader: new () => SaxReader;
  DOMHandler: { prototype: DomHandler };
  normalizeLineEndings: (source: string) => string;
  xmlNamespace: string;
  xmlEntities: Record<string, string>;
}

/** mammoth's XML modules and xmldom's SAX parser, as mammoth itself loaded them. */
export function loadMammothInternals(): MammothInternals | undefined {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve('mammoth');
    const lib = dirname(main);
    const fromMammoth = createRequire(join(lib, 'xml', 'xmldom.js'));
    const xml = require(join(lib, 'xml', 'index.js')) as MammothInternals['xml'];
    const nodes = require(join(lib, 'xml', 'nodes.js')) as { Element: ElementConstructor; text: MammothInternals['text'] };
    const promises = require(join(lib, 'promises.js')) as { resolve: MammothInternals['resolve'] };
    const sax = fromMammoth('@xmldom/xmldom/lib/sax') as { XMLReader: MammothInternals['XMLReader'] };
    const parser = fromMammoth('@xmldom/xmldom/lib/dom-parser') as {
      __DOMHandler: MammothInternals['DOMHandler'];
      normalizeLineEndings: MammothInternals['normalizeLineEndings'];
    };
    const conventions = fromMammoth('@xmldom/xmldom/lib/conventions') as { NAMESPACE: { XML: string } };
    const entities = fromMammoth('@xmldom/xmldom/lib/entities') as { XML_ENTITIES: Record<string, string> };
    const internals: MammothInternals = {
      xml,
      Element: nodes.Element,
      text: nodes.text,
      resolve: promises.resolve,
      XMLReader: sax.XMLReader,
      DOMHandler: parser.__DOMHandler,
      normalizeLineEndings: parser.normalizeLineEndings,
      xmlNamespace: conventions.NAMESPACE.XML,
      xmlEntities: entities.XML_ENTITIES,
    };
    const functions = [xml.readString, nodes.Element, nodes.text, promises.resolve, sax.XMLReader, parser.__DOMHandler];
    if (!functions.every((f) => typeof f === 'function') || typeof parser.normalizeLineEndings !== 'function') return undefined;
    if (typeof internals.xmlNamespace !== 'string' || typeof internals.xmlEntities !== 'object') return undefined;
    return internals;
  } catch {
    return undefined;
  }
}

