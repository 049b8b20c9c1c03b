/**
 * A strict parser for the XML subset our JUnit reporter writes: an XML declaration, elements,
 * double-quoted attributes, text with the five predefined entities and numeric references. It
 * throws on anything not well-formed (bad nesting, raw `<`/`&`, `]]>` in text, a character XML 1.0
 * forbids, duplicate attributes, trailing content) and returns the decoded tree, so tests can
 * check that hostile text comes back as the same text instead of markup.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded text directly inside this element. */
  text: string;
}

const NAME = "[A-Za-z_][\\w.-]*";
const DECL = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/;
const START = new RegExp(`^<(${NAME})((?:\\s+${NAME}="[^"]*")*)\\s*(/?)>`);
const ATTR = new RegExp(`(${NAME})="([^"]*)"`, "g");
const END = new RegExp(`^</(${NAME})\\s*>`);
const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function decode(raw: string, where: string): string {
  if (raw.includes("<")) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new Error(`unterminated reference in ${where}: ${whole}`);
    if (ENTITY[ref]) return ENTITY[ref];
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!m) throw new Error(`unknown entity &${ref}; in ${where}`);
    const cp = m[1] ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
    if (!isXmlChar(cp)) throw new Error(`reference to a forbidden character ${cp} in ${where}`);
    return String.fromCodePoint(cp);
  });
}

/** Parses `xml` or throws saying why it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  for (let i = 0; i < xml.length; i++) {
    const cp = xml.codePointAt(i)!;
    // A lone surrogate shows up as its own code point here.
    if (!isXmlChar(cp) || (cp >= 0xd800 && cp <= 0xdfff))
      throw new Error(`forbidden character ${cp} at ${i}`);
    if (cp > 0xffff) i++;
  }
  const decl = DECL.exec(xml);
  if (!decl) throw new Error("missing XML declaration");
  let rest = xml.slice(decl[0].length);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length) {
    const top = stack.at(-1);
    if (rest.startsWith("</")) {
      const m = END.exec(rest);
      if (!m) throw new Error(`bad end tag: ${rest.slice(0, 40)}`);
      if (!top || top.name !== m[1]) throw new Error(`mismatched </${m[1]}>`);
      stack.pop();
      rest = rest.slice(m[0].length);
    } else if (rest.startsWith("<")) {
      const m = START.exec(rest);
      if (!m) throw new Error(`bad start tag: ${rest.slice(0, 40)}`);
      if (!top && root) throw new Error("second root element");
      const el: XmlElement = { name: m[1]!, attrs: {}, children: [], text: "" };
      for (const [, key, value] of m[2]!.matchAll(ATTR)) {
        if (key! in el.attrs) throw new Error(`duplicate attribute ${key}`);
        el.attrs[key!] = decode(value!, `attribute ${key}`);
      }
      if (top) top.children.push(el);
      else root = el;
      if (!m[3]) stack.push(el);
      rest = rest.slice(m[0].length);
    } else {
      const end = rest.indexOf("<");
      const raw = end < 0 ? rest : rest.slice(0, end);
      if (raw.includes("]]>")) throw new Error("]]> in text");
      if (!top) {
        if (raw.trim()) throw new Error(`text outside the root: ${raw.slice(0, 40)}`);
      } else {
        top.text += decode(raw, `<${top.name}>`);
      }
      rest = end < 0 ? "" : rest.slice(end);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) throw new Error("no root element");
  return root;
}
