import { overlayReadme } from "./kustomize.js";
import { toYaml } from "./manifests.js";
import type { BaseResource, ServiceSpec } from "./service.js";

/**
 * Files of a Helm service: a chart in `apps/<svc>/base` and, per env, only a
 * values file (Argo CD passes it through `helm.valueFiles`), so the overlays
 * are inputs of the chart, not targets of their own.
 */
export function helmService(svc: ServiceSpec): Map<string, string> {
  const files = new Map<string, string>();
  const base = `apps/${svc.name}/base`;
  files.set(
    `${base}/Chart.yaml`,
    toYaml({
      apiVersion: "v2",
      name: svc.name,
      description: `${svc.name} (team ${svc.team})`,
      type: "application",
      version: "0.1.0",
      appVersion: "0.0.0",
    }),
  );
  files.set(`${base}/.helmignore`, "# Files not packaged into the chart.\n*.swp\n*.bak\nREADME.md\n");
  files.set(
    `${base}/values.yaml`,
    `# Defaults; every env sets at least \`env\` in its overlay values.\n${toYaml(defaultValues(svc))}`,
  );
  files.set(`${base}/templates/_helpers.tpl`, helpers(svc.name));
  for (const res of svc.resources) files.set(`${base}/templates/${res.file}`, template(svc.name, res));
  files.set(`${base}/templates/externalsecret.yaml`, externalSecretTemplate(svc.name));
  for (const [env, s] of Object.entries(svc.envs)) {
    const values = {
      env,
      replicaCount: s.replicas,
      image: { tag: s.tag },
      logLevel: s.logLevel,
      resources: { requests: { cpu: s.cpu, memory: s.memory }, limits: { memory: s.memory } },
    };
    files.set(`apps/${svc.name}/overlays/${env}/values.yaml`, `# ${svc.name} in ${env}\n${toYaml(values)}`);
    files.set(`apps/${svc.name}/overlays/${env}/README.md`, overlayReadme(svc, env));
  }
  return files;
}

function defaultValues(svc: ServiceSpec): object {
  return {
    env: "",
    replicaCount: 1,
    image: { repository: `ghcr.io/example-org/${svc.name}`, tag: "0.0.0", pullPolicy: "IfNotPresent" },
    port: svc.port,
    logLevel: "info",
    config: svc.config,
    secretKeys: svc.secretKeys,
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } },
  };
}

function helpers(n: string): string {
  return `{{/* Fully qualified name; with release name "${n}" (as the Applications set it) just "${n}". */}}
{{- define "${n}.fullname" -}}
{{- if contains .Chart.Name .Release.Name }}{{ .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{ end }}
{{- end }}

{{- define "${n}.env" -}}
{{- required "env must be set (apps/${n}/overlays/<env>/values.yaml)" .Values.env }}
{{- end }}

{{- define "${n}.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "${n}.labels" -}}
{{ include "${n}.selectorLabels" . }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/version: {{ .Values.image.tag | quote }}
env: {{ include "${n}.env" . }}
{{- end }}
`;
}

/** The metadata block every template starts with. */
function meta(n: string, kind: string, apiVersion: string, suffix = ""): string {
  return `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: {{ include "${n}.fullname" . }}${suffix}
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "${n}.labels" . | nindent 4 }}
`;
}

function template(n: string, res: BaseResource): string {
  const name = `{{ include "${n}.fullname" . }}`;
  const selector = `matchLabels:\n      {{- include "${n}.selectorLabels" . | nindent 6 }}`;
  switch (res.kind) {
    case "Deployment":
      return `${meta(n, "Deployment", "apps/v1")}spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    ${selector}
  template:
    metadata:
      labels:
        {{- include "${n}.labels" . | nindent 8 }}
    spec:
      serviceAccountName: ${name}
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      containers:
        - name: ${n}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.port }}
          env:
            - name: LOG_LEVEL
              value: {{ .Values.logLevel | quote }}
          envFrom:
            - configMapRef:
                name: ${name}
            - secretRef:
                name: ${name}-secrets
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
`;
    case "Service":
      return `${meta(n, "Service", "v1")}spec:
  selector:
    {{- include "${n}.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: 80
      targetPort: http
`;
    case "ConfigMap":
      return res.extra === 0
        ? `${meta(n, "ConfigMap", "v1")}data:
  {{- range $key, $value := .Values.config }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
`
        : `${meta(n, "ConfigMap", "v1", `-extra-${res.extra}`)}data:
  extra-${res.extra}.properties: |
    index=${res.extra}
    service={{ .Chart.Name }}
`;
    case "ServiceAccount":
      return `${meta(n, "ServiceAccount", "v1")}automountServiceAccountToken: false\n`;
    case "HorizontalPodAutoscaler":
      return `${meta(n, "HorizontalPodAutoscaler", "autoscaling/v2")}spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: ${name}
  minReplicas: {{ .Values.replicaCount }}
  maxReplicas: {{ mul .Values.replicaCount 4 }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 75
`;
    case "PodDisruptionBudget":
      return `${meta(n, "PodDisruptionBudget", "policy/v1")}spec:
  maxUnavailable: 1
  selector:
    ${selector}
`;
    case "Ingress":
      return `${meta(n, "Ingress", "networking.k8s.io/v1")}spec:
  ingressClassName: nginx
  rules:
    - host: {{ printf "%s.example.com" .Chart.Name }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${name}
                port:
                  name: http
`;
    case "Role":
      return `${meta(n, "Role", "rbac.authorization.k8s.io/v1")}rules:
  - apiGroups: [""]
    resources: [configmaps]
    resourceNames: [${name}]
    verbs: [get, watch]
`;
    case "RoleBinding":
      return `${meta(n, "RoleBinding", "rbac.authorization.k8s.io/v1")}roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ${name}
subjects:
  - kind: ServiceAccount
    name: ${name}
    namespace: {{ .Release.Namespace }}
`;
    case "CronJob":
      return `${meta(n, "CronJob", "batch/v1", "-cleanup")}spec:
  schedule: "17 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          serviceAccountName: ${name}
          containers:
            - name: cleanup
              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
              args: [cleanup]
`;
  }
}

function externalSecretTemplate(n: string): string {
  return `{{- $env := include "${n}.env" . }}
${meta(n, "ExternalSecret", "external-secrets.io/v1beta1", "-secrets")}spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault
  target:
    name: {{ include "${n}.fullname" . }}-secrets
    creationPolicy: Owner
  data:
    {{- range .Values.secretKeys }}
    - secretKey: {{ . }}
      remoteRef:
        key: {{ printf "platform/${n}/%s" $env }}
        property: {{ lower . }}
    {{- end }}
`;
}
