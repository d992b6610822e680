{{/* Release-scoped name; Kubernetes names stop at 63 characters. */}}
{{- define "cict.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "cict.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ default .Chart.Name .Values.nameOverride }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: circular-ict-procurement
{{- end -}}

{{/* Selector labels of one component; call with (dict "root" $ "component" "catalogue"). */}}
{{- define "cict.selectorLabels" -}}
app.kubernetes.io/name: {{ default .root.Chart.Name .root.Values.nameOverride }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "cict.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{/* Where DATABASE_URL comes from: a Secret the operator manages, or the chart's own. */}}
{{- define "cict.databaseUrlEnv" -}}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
{{- if and (not .Values.postgresql.enabled) .Values.externalDatabase.existingSecret }}
      name: {{ .Values.externalDatabase.existingSecret }}
      key: {{ .Values.externalDatabase.existingSecretKey }}
{{- else }}
      name: {{ include "cict.fullname" . }}
      key: DATABASE_URL
{{- end }}
{{- end -}}

{{/*
Local mode's signing key has to be the same in every pod, or a token would work on one replica only.
OIDC mode needs an audience (or its explicit waiver) and reporting's client credentials: the
services would refuse to start without them, so the install stops here with the reason.
*/}}
{{- define "cict.requireAuth" -}}
{{- if and (not .Values.auth.oidc.issuer) (not .Values.auth.localSigningKey) -}}
{{- fail "Set auth.oidc.issuer (OIDC mode) or auth.localSigningKey (local mode; see docs/deployment.md)." -}}
{{- end -}}
{{- if and .Values.auth.oidc.issuer (not .Values.auth.oidc.audience) (not .Values.auth.oidc.allowAnyAudience) -}}
{{- fail "OIDC mode: set auth.oidc.audience to the aud your issuer puts in access tokens for these services (or auth.oidc.allowAnyAudience=true, not recommended)." -}}
{{- end -}}
{{- if and .Values.auth.oidc.issuer (not (and .Values.auth.oidc.clientId .Values.auth.oidc.clientSecret)) -}}
{{- fail "OIDC mode: set auth.oidc.clientId and auth.oidc.clientSecret, the client credentials reporting reads the assessment feed with." -}}
{{- end -}}
{{- end -}}

{{/* Hardened container defaults: non-root, no privilege escalation, read-only root filesystem. */}}
{{- define "cict.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}
