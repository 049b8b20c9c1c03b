import { objectType, type CelObjectType, type CelValue } from "@bufbuild/cel";
import { create, createFileRegistry, type DescMessage } from "@bufbuild/protobuf";
import {
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FileDescriptorProtoSchema,
} from "@bufbuild/protobuf/wkt";
import { reflect, type ReflectMessage } from "@bufbuild/protobuf/reflect";

/**
 * A CEL type of our own (optional, quantity, url, ip, cidr, semver, format).
 *
 * @bufbuild/cel only carries scalars, lists, maps and protobuf messages, so each of
 * our types is a one-field protobuf message built at runtime. The field holds a
 * canonical key, which makes CEL's `==` (message equality) mean "same value"; the
 * JavaScript value itself rides along on the message object under a symbol.
 */
export interface OpaqueType<T> {
  /** The CEL type, for function signatures. */
  readonly type: CelObjectType;
  /** The CEL type name, e.g. `kubernetes.Quantity`. */
  readonly name: string;
  wrap(value: T): ReflectMessage;
  /** The value inside, or undefined when `v` is not of this type. */
  unwrap(v: CelValue | undefined): T | undefined;
}

const PAYLOAD = Symbol("gitops.cel.payload");

/** Creates an opaque CEL type named `pkg.Name`; `key` gives the canonical form used for `==`. */
export function opaqueType<T>(fullName: string, key: (value: T) => string): OpaqueType<T> {
  const desc = messageDesc(fullName);
  const type = objectType(desc);
  return {
    type,
    name: fullName,
    wrap(value) {
      const message = reflect(desc, create(desc, { key: key(value) }));
      Object.defineProperty(message, PAYLOAD, { value, enumerable: false });
      return message;
    },
    unwrap(v) {
      if (typeof v !== "object" || v === null || !(PAYLOAD in v)) return undefined;
      const message = v as ReflectMessage & { [PAYLOAD]: T };
      return message.desc.typeName === fullName ? message[PAYLOAD] : undefined;
    },
  };
}

function messageDesc(fullName: string): DescMessage {
  const dot = fullName.lastIndexOf(".");
  const pkg = fullName.slice(0, dot);
  const name = fullName.slice(dot + 1);
  const file = create(FileDescriptorProtoSchema, {
    name: `${fullName.replace(/\./g, "/")}.proto`,
    package: pkg,
    syntax: "proto3",
    messageType: [
      {
        name,
        field: [
          {
            name: "key",
            number: 1,
            type: FieldDescriptorProto_Type.STRING,
            label: FieldDescriptorProto_Label.OPTIONAL,
            jsonName: "key",
          },
        ],
      },
    ],
  });
  const desc = createFileRegistry(file, () => undefined).getMessage(fullName);
  if (!desc) throw new Error(`cannot build the CEL type ${fullName}`);
  return desc;
}

/** The JavaScript value inside any opaque CEL value, with its type name; undefined for other values. */
export function opaquePayload(v: unknown): { typeName: string; value: unknown } | undefined {
  if (typeof v !== "object" || v === null || !(PAYLOAD in v)) return undefined;
  const message = v as ReflectMessage & { [PAYLOAD]: unknown };
  return { typeName: message.desc.typeName, value: message[PAYLOAD] };
}
