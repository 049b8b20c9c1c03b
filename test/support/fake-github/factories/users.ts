/**
 * API objects for people and teams. Every factory returns the complete
 * object its schema requires; URLs hang off the server's own base URL so a
 * client following them stays on the fake.
 */
import { createHash } from "node:crypto";

import type { FakeState, Role, UserRecord } from "../state.js";

/** What factories need to build URLs and look up related records. */
export interface Site {
  base: string;
  state: FakeState;
}

/** Encodes a login for a URL: `github-actions[bot]` is not a valid URI path as is. */
export const enc = encodeURIComponent;

/** `simple-user` (also fits `nullable-simple-user`). */
export function simpleUser(site: Site, user: UserRecord): Record<string, unknown> {
  const api = `${site.base}/users/${enc(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    avatar_url: `${site.base}/avatars/u/${user.id}`,
    gravatar_id: "",
    url: api,
    html_url: `${site.base}/${enc(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

/** `simple-user` for a login, registering the user when first seen. */
export function userByLogin(site: Site, login: string): Record<string, unknown> {
  return simpleUser(site, site.state.user(login));
}

/** A positive id derived from a name, for objects the fake does not store. */
export function stableId(name: string): number {
  return parseInt(createHash("sha1").update(name).digest("hex").slice(0, 7), 16);
}

/** `team-simple`, for requested team reviewers. */
export function teamSimple(site: Site, org: string, slug: string): Record<string, unknown> {
  const api = `${site.base}/orgs/${enc(org)}/teams/${enc(slug)}`;
  return {
    id: stableId(`${org}/${slug}`),
    node_id: `T_${slug}`,
    url: api,
    members_url: `${api}/members{/member}`,
    name: slug,
    description: null,
    permission: "pull",
    html_url: `${site.base}/orgs/${enc(org)}/teams/${enc(slug)}`,
    repositories_url: `${api}/repos`,
    slug,
    type: "organization",
  };
}

/** The legacy permission GitHub reports beside a role. */
export function permissionOf(role: Role): "admin" | "write" | "read" | "none" {
  if (role === "admin") return "admin";
  if (role === "maintain" || role === "write") return "write";
  return role === "none" ? "none" : "read";
}

/** `repository-collaborator-permission`. */
export function collaboratorPermission(site: Site, user: UserRecord, role: Role): Record<string, unknown> {
  const rank = ["read", "triage", "write", "maintain", "admin"].indexOf(role);
  return {
    permission: permissionOf(role),
    role_name: role,
    user: {
      ...simpleUser(site, user),
      role_name: role,
      permissions: {
        pull: rank >= 0,
        triage: rank >= 1,
        push: rank >= 2,
        maintain: rank >= 3,
        admin: rank >= 4,
      },
    },
  };
}
