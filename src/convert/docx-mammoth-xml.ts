import {
  loadMammothInternals,
  type DomHandler,
  type MammothElement,
  type MammothInternals,
  type NamespaceMap,
  type ReadString,
} from './docx-mammoth-internals.ts';

/**
 * A leaner XML reader for mammoth. mammoth (lib/xml/reader.js) parses each part into a full
 * @xmldom DOM and then copies that DOM into its own element tree, so both are alive at once: for a
 * 10 MB document.xml about 240 MB of DOM plus 130 MB of elements, the peak of a whole conversion.
 *
 * This reader drives the same xmldom SAX parser, with the same options, and builds mammoth's
 * elements directly, so no DOM of the content is ever built. The tree it returns reads as the one
 * mammoth would build: same names, attributes, text nodes (adjacent text merged, CDATA, comments
 * and processing instructions dropped, as DOM normalisation and mammoth's copy do), but held more
 * compactly (children arrays of exact size, shared names, see AttributeRecord). Everything outside
 * the root element still goes to a real xmldom document, so the document-level checks are xmldom's.
 * Whenever the parser reports anything (mammoth turns any report into an error) or the input is
 * unusual, the part is read again by mammoth's own reader, so errors are mammoth's too.
 */

/** Deeper than any real document: such input goes to mammoth's own (recursive) reader. */
const MAX_DEPTH = 1000;

/**
 * An element's attributes. mammoth uses `Object.create(null)`, which V8 keeps as a hash table;
 * these inherit from an empty object with no prototype, so every lookup reads the same (no
 * inherited keys, not even `__proto__`), but V8 stores them compactly (a quarter less memory for the tree).
 */
const AttributeRecord = function AttributeRecord() {} as unknown as new () => Record<string, string>;
AttributeRecord.prototype = Object.create(null) as object;

/** On the installed reader: mammoth's own readString (tests compare the two). */
export const MAMMOTH_READ_STRING = Symbol.for('solieu.mammothReadString');

let checked = false;

/**
 * Make mammoth read XML parts with the lean reader. Once per process, even if this module is
 * loaded more than once (the mark is on mammoth's module); a no-op if mammoth changed shape.
 */
export function useLeanXmlReader(): void {
  if (checked) return;
  checked = true;
  const internals = loadMammothInternals();
  if (internals === undefined) return;
  const current = internals.xml.readString as ReadString & { [MAMMOTH_READ_STRING]?: ReadString };
  if (current[MAMMOTH_READ_STRING] !== undefined) return;
  const original = current;
  const lean = function readString(this: unknown, xml: string, namespaceMap?: NamespaceMap): unknown {
    let root: MammothElement | undefined;
    try {
      root = readElements(internals, xml, namespaceMap || {});
    } catch {
      root = undefined;
    }
    return root === undefined ? original.call(this, xml, namespaceMap) : internals.resolve(root);
  };
  internals.xml.readString = Object.assign(lean, { [MAMMOTH_READ_STRING]: original });
}

interface Frame {
  name: string;
  attributes: Record<string, string>;
  /** Where this element's children start on the shared child stack. */
  start: number;
}

/** mammoth's element tree of `source`, or undefined when mammoth's own reader must decide. */
function readElements(internals: MammothInternals, source: string, namespaceMap: NamespaceMap): MammothElement | undefined {
  if (!source || typeof source !== 'string') return undefined;
  const { Element, text, DOMHandler } = internals;
  const base = DOMHandler.prototype;

  // mammoth's convertName, memoised: the same few names recur on every element. By namespace,
  // then name: no key is built per element or attribute, and the namespace is the parser's own
  // string each time (its hash computed once).
  const byUri = new Map<string, Map<string, string>>();
  const nameOf = (uri: string | undefined, qName: string): string => {
    const ns = uri ?? '';
    let names = byUri.get(ns);
    if (names === undefined) {
      names = new Map();
      byUri.set(ns, names);
    }
    let name = names.get(qName);
    if (name === undefined) {
      const parts = qName.split(':');
      const localName = parts.length === 2 ? (parts[1] as string) : qName;
      if (uri) {
        const mapped = namespaceMap[uri];
        name = (mapped ? `${mapped}:` : `{${uri}}`) + localName;
      } else {
        name = localName;
      }
      names.set(qName, name);
    }
    return name;
  };

  const frames: Frame[] = [];
  const children: unknown[] = [];
  let root: MammothElement | undefined;
  let lastText: { type: 'text'; value: string } | undefined;
  let failed = false;

  const close = (): void => {
    const frame = frames.pop() as Frame;
    // An exact-size array: the children were gathered on the shared stack.
    const element = new Element(frame.name, frame.attributes, children.slice(frame.start));
    children.length = frame.start;
    if (frames.length === 0) root = element;
    else children.push(element);
    lastText = undefined;
  };

  const handler: DomHandler = Object.create(base) as DomHandler;
  handler.cdata = false;
  handler.startElement = function (ns, localName, qName, attrs) {
    if (frames.length === 0) {
      // The root goes into the real document (xmldom's checks); a second root is an error there.
      if (root !== undefined) failed = true;
      base.startElement.call(this, ns, localName, qName, attrs);
    }
    if (frames.length >= MAX_DEPTH) failed = true;
    const attributes = new AttributeRecord();
    for (let i = 0; i < attrs.length; i++) attributes[nameOf(attrs.getURI(i), attrs.getQName(i))] = attrs.getValue(i);
    frames.push({ name: nameOf(ns, qName || localName), attributes, start: children.length });
    lastText = undefined;
  };
  handler.endElement = function (ns, localName, qName) {
    if (frames.length === 0) {
      failed = true;
      return;
    }
    close();
    if (frames.length === 0) base.endElement.call(this, ns, localName, qName);
  };
  handler.characters = function (chars, start, length) {
    if (frames.length === 0) {
      base.characters.call(this, chars, start, length);
      return;
    }
    if (typeof chars !== 'string') {
      failed = true;
      return;
    }
    const value = chars.substr(start, length);
    if (value === '') return;
    if (this.cdata) {
      // A CDATA section: a DOM node mammoth drops, which still separates the text around it.
      lastText = undefined;
    } else if (lastText !== undefined) {
      lastText.value += value;
    } else {
      lastText = text(value);
      children.push(lastText);
    }
  };
  handler.comment = function (chars, start, length) {
    if (frames.length === 0) base.comment.call(this, chars, start, length);
    else lastText = undefined;
  };
  handler.processingInstruction = function (target, data) {
    if (frames.length === 0) base.processingInstruction.call(this, target, data);
    else lastText = undefined;
  };
  handler.startDTD = function (name, publicId, systemId) {
    if (frames.length === 0) base.startDTD.call(this, name, publicId, systemId);
    else failed = true;
  };

  const report = (): void => {
    failed = true;
  };
  const reader = new internals.XMLReader();
  reader.domBuilder = handler;
  reader.errorHandler = { warning: report, error: report, fatalError: report };
  // As xmldom's DOMParser.parseFromString does for mammoth: XML entities, the xml prefix bound.
  reader.parse(internals.normalizeLineEndings(source), { xml: internals.xmlNamespace }, internals.xmlEntities);

  // An element left open at the end is still in the DOM, with what it had read.
  while (frames.length > 0) close();
  const documentElement = handler.doc?.documentElement;
  if (failed || root === undefined || documentElement == null || documentElement.tagName === 'parsererror') return undefined;
  return root;
}
