/**
 * The service's own folder in a target's path: the path up to and including the segment that
 * names the service (`apps/cms/overlays/prod` → `apps/cms`), or undefined when no segment does.
 */
export function serviceRoot(path: string, service: string): string | undefined {
  const segs = path.split("/");
  const at = segs.lastIndexOf(service);
  return at === -1 ? undefined : segs.slice(0, at + 1).join("/");
}
