{{/*
Chart name, truncated to the 63 characters Kubernetes allows in names.
*/}}
{{- define "queue.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name. With releaseName "queue" (as the Argo CD
Applications set it) this is simply "queue".
*/}}
{{- define "queue.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The environment, which must be set by the overlay's values file.
*/}}
{{- define "queue.env" -}}
{{- required "env must be set (apps/queue/overlays/<env>/values.yaml)" .Values.env }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "queue.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "queue.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: queue
env: {{ include "queue.env" . }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "queue.selectorLabels" -}}
app.kubernetes.io/name: {{ include "queue.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
