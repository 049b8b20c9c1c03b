// The pure parts of digest resolution: where an image lives, and what a 401 challenge asks for.
import { describe, expect, it } from "vitest";
import { challengeOf } from "../../packages/promote/src/oci-challenge.js";
import { isLoopback, registryOf } from "../../packages/promote/src/oci-digest.js";

describe("registryOf", () => {
  it("reads the registry host from the first component the way docker does", () => {
    expect(registryOf("ghcr.io/acme/web")).toEqual({ host: "ghcr.io", repository: "acme/web" });
    expect(registryOf("localhost/web")).toEqual({ host: "localhost", repository: "web" });
    expect(registryOf("127.0.0.1:5000/a/b/c")).toEqual({ host: "127.0.0.1:5000", repository: "a/b/c" });
  });

  it("maps Docker Hub names to registry-1.docker.io, with library/ for single names", () => {
    expect(registryOf("nginx")).toEqual({ host: "registry-1.docker.io", repository: "library/nginx" });
    expect(registryOf("bitnami/redis")).toEqual({
      host: "registry-1.docker.io",
      repository: "bitnami/redis",
    });
    expect(registryOf("docker.io/nginx")).toEqual({
      host: "registry-1.docker.io",
      repository: "library/nginx",
    });
    expect(registryOf("index.docker.io/acme/web")).toEqual({
      host: "registry-1.docker.io",
      repository: "acme/web",
    });
  });

  it("takes only loopback hosts as safe for plain http", () => {
    expect(["localhost:5000", "127.0.0.1:8080", "[::1]:5000", "127.1.2.3"].map(isLoopback)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["ghcr.io", "localhost.example.com", "10.0.0.1:5000", "128.0.0.1"].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("challengeOf", () => {
  it("reads a Bearer challenge whose quoted scope holds commas", () => {
    expect(
      challengeOf(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push"',
      ),
    ).toEqual({
      scheme: "bearer",
      params: {
        realm: "https://auth.docker.io/token",
        service: "registry.docker.io",
        scope: "repository:a/b:pull,push",
      },
    });
  });

  it("reads a Basic challenge and unquoted values; nothing is undefined", () => {
    expect(challengeOf('Basic realm="Registry Realm"')).toEqual({
      scheme: "basic",
      params: { realm: "Registry Realm" },
    });
    expect(challengeOf("Bearer realm=https://r/token, service=r")?.params).toEqual({
      realm: "https://r/token",
      service: "r",
    });
    expect(challengeOf(null)).toBeUndefined();
    expect(challengeOf("")).toBeUndefined();
  });
});
