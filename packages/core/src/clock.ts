/**
 * The wall clock with sub-millisecond precision, comparable with a file's `ctimeMs`: when a run
 * began reading the repository, so the cache can tell a file changed during the run.
 */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}
