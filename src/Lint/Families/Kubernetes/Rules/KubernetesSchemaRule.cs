using System.Collections.Concurrent;
using IacTest.Lint.Classification;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>Validates objects against the API schemas, as kubeconform does: fields, types, required fields, versions.</summary>
internal sealed class KubernetesSchemaRule : LintRule
{
    private static readonly ConcurrentDictionary<string, KubeSchema?> ExtraSchemas = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Code => "IAC0401";

    /// <inheritdoc />
    public override string Name => "kubernetes-schema";

    /// <inheritdoc />
    public override string Title => "Objects must match the Kubernetes API schema";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["schema", "correctness"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("schemas", RuleOptionType.StringList, Array.Empty<string>(),
            "Extra schema files in the format of `Data/Kubernetes/schema.json` (kinds, types), for custom resources; `eng/data/crd-schema.py` writes them from CustomResourceDefinitions."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Every object of the built-in kinds (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod, Service, Ingress, ConfigMap, Secret, ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, PersistentVolumeClaim, NetworkPolicy, HorizontalPodAutoscaler, PodDisruptionBudget, Namespace) is checked against the API schema: unknown fields (a typo the API server drops or rejects), values of the wrong type (`replicas: \"3\"`, an unquoted number in `labels`), missing required fields, and API versions that current clusters no longer serve (`extensions/v1beta1` Deployment). Resource quantities accept a string or a number and int-or-string fields an integer or a string, as the API server does (`averageValue: 20`, `maxSurge: 25%`). Each finding points at the offending node. Argo CD (`Application`, `ApplicationSet`, `AppProject`) and Flux resources (`GitRepository`, `OCIRepository`, `HelmRepository`, `HelmChart`, `Bucket`, `Kustomization`, `HelmRelease`) are checked against the schemas of their published CRDs, including the only values an enumerated field admits (a Flux `sourceRef.kind`, a source's `provider`) and the patterns a string must match (a Flux `interval` such as `5m`, a `GitRepository` URL that starts with `https://` or `ssh://`), and an Argo CD or Flux kind at an API version the current CRDs no longer serve is reported. Other custom resources and kinds without a schema are skipped with an info note, unless a schema is supplied with the `schemas` option (`eng/data/crd-schema.py` writes one from CustomResourceDefinitions).";

    /// <inheritdoc />
    public override string BadExample =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replica: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: \"80\"\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 80\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var schemas = new List<KubeSchema> { KubeSchema.Default, KubeSchema.GitOps };
        foreach (var path in context.Options.List("schemas"))
        {
            if (ExtraSchemas.GetOrAdd(Path.GetFullPath(path), LoadExtra) is { } extra)
            {
                schemas.Insert(0, extra);
            }
        }

        // A patch is a fragment: its fields are checked in the rendered overlay.
        if (KubeLinterRule.SkipsPatch(context))
        {
            return;
        }

        foreach (var obj in KubeManifest.Objects(context.File))
        {
            CheckObject(context, obj, schemas);
        }
    }

    private static KubeSchema? LoadExtra(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return KubeSchema.Load(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void CheckObject(RuleContext context, KubeObject obj, List<KubeSchema> schemas)
    {
        var key = $"{obj.ApiVersion}/{obj.Kind}";
        var apiVersionNode = obj.Root["apiVersion"]!;
        if (KubeSchema.Default.Removed.TryGetValue(key, out var removed))
        {
            context.Report(apiVersionNode, $"{obj.Kind} {obj.ApiVersion} is no longer served since Kubernetes {removed.RemovedIn}: use {removed.Use}", "removed-api");
            return;
        }

        foreach (var schema in schemas)
        {
            if (schema.Kinds.TryGetValue(key, out var typeName) && schema.Types.TryGetValue(typeName, out var type))
            {
                new Validator(context, schema).Object(obj.Root, type);
                return;
            }
        }

        // An Argo CD or Flux kind at a version the current CRDs no longer serve (Flux's v1beta2 Kustomization).
        if (KubeSchema.GitOps.Kinds.Keys.FirstOrDefault(k => k.StartsWith(obj.Group + "/", StringComparison.Ordinal) && k.EndsWith("/" + obj.Kind, StringComparison.Ordinal)) is { } served
            && obj.Group.Length > 0)
        {
            context.Report(apiVersionNode, $"{obj.Kind} is not served in {obj.ApiVersion}: current releases serve {served[..served.LastIndexOf('/')]}", "unknown-api");
            return;
        }

        var builtIn = obj.Group.Length == 0 || !obj.Group.Contains('.') || obj.Group.EndsWith(".k8s.io", StringComparison.Ordinal);
        if (builtIn && KubeSchema.Default.KnowsKind(obj.Kind))
        {
            context.Report(apiVersionNode, $"{obj.Kind} is not served in {obj.ApiVersion}", "unknown-api");
            return;
        }

        context.Report(obj.Anchor.Start.Line, obj.Anchor.Start.Column,
            $"no schema for {obj.Kind} ({obj.ApiVersion}): {(builtIn ? "kind" : "custom resource")} skipped; supply one with the 'schemas' option",
            "skipped", Severity.Info);
    }

    private readonly struct Validator(RuleContext context, KubeSchema schema)
    {
        public void Object(YMapping mapping, KubeType type)
        {
            foreach (var pair in mapping.Pairs)
            {
                if (pair.Key is not YScalar key || key.Value == "<<")
                {
                    continue;
                }

                if (!type.Fields.TryGetValue(key.Value, out var fieldType))
                {
                    if (type.Open)
                    {
                        continue;
                    }

                    context.Report(key, $"unknown field \"{key.Value}\" in {type.DisplayName}", "unknown-field");
                    continue;
                }

                Value(pair.Value, fieldType, $"{type.DisplayName}.{key.Value}");
                if (type.Enums.TryGetValue(key.Value, out var allowed))
                {
                    Enum(pair.Value, allowed, $"{type.DisplayName}.{key.Value}");
                }

                // Only a string is held to its pattern: a value of another type is already a type finding.
                if (type.Patterns.TryGetValue(key.Value, out var pattern) && pair.Value is YScalar { IsNull: false } text
                    && ScalarTypes.Of(text, yaml11: true) is ScalarTypes.String && KubeRegex.Compile(pattern) is { } regex && !regex.IsMatch(text.Value))
                {
                    context.Report(text, $"{type.DisplayName}.{key.Value}: \"{text.Value}\" does not match {pattern}", "pattern");
                }
            }

            foreach (var required in type.Required)
            {
                if (!mapping.ContainsKey(required))
                {
                    context.Report(mapping, $"missing required field \"{required}\" in {type.DisplayName}", "required");
                }
            }
        }

        private void Enum(YNode node, IReadOnlyList<string> allowed, string where)
        {
            foreach (var value in node is YSequence sequence ? sequence.Items : [node])
            {
                if (value is YScalar { IsNull: false } scalar && !allowed.Contains(scalar.Value, StringComparer.Ordinal))
                {
                    context.Report(scalar, $"{where}: \"{scalar.Value}\" is not one of {string.Join(", ", allowed)}", "enum");
                }
            }
        }

        private void Value(YNode node, string type, string where)
        {
            if (node is YAlias || (node is YScalar { IsNull: true }))
            {
                return;
            }

            if (type[0] == '[')
            {
                if (node is YSequence sequence)
                {
                    var itemType = type[1..^1];
                    foreach (var item in sequence.Items)
                    {
                        Value(item, itemType, where);
                    }
                }
                else
                {
                    Mismatch(node, "array", where);
                }

                return;
            }

            if (type[0] == '{')
            {
                if (node is YMapping map)
                {
                    var valueType = type[1..^1];
                    foreach (var pair in map.Pairs)
                    {
                        Value(pair.Value, valueType, where);
                    }
                }
                else
                {
                    Mismatch(node, "object", where);
                }

                return;
            }

            switch (type)
            {
                case "any":
                    return;
                case "string" or "integer" or "number" or "boolean" or "quantity" or "int-or-string":
                    Scalar(node, type, where);
                    return;
            }

            if (!schema.Types.TryGetValue(type, out var objectType))
            {
                return;
            }

            if (node is YMapping mapping)
            {
                Object(mapping, objectType);
            }
            else
            {
                Mismatch(node, "object", where);
            }
        }

        private void Scalar(YNode node, string type, string where)
        {
            if (node is not YScalar scalar)
            {
                Mismatch(node, type, where);
                return;
            }

            var actual = ScalarTypes.Of(scalar, yaml11: true);
            var ok = type switch
            {
                "string" => actual is ScalarTypes.String,
                "integer" => actual is ScalarTypes.Integer,
                "number" => actual is ScalarTypes.Integer or ScalarTypes.Number,
                "boolean" => actual is ScalarTypes.Boolean,
                "quantity" => actual is ScalarTypes.String or ScalarTypes.Integer or ScalarTypes.Number,
                "int-or-string" => actual is ScalarTypes.String or ScalarTypes.Integer,
                _ => true,
            };
            if (!ok)
            {
                context.Report(scalar, $"{where}: expected {type}, got {actual}", "type");
            }
        }

        private void Mismatch(YNode node, string expected, string where)
        {
            var actual = node switch
            {
                YMapping => "object",
                YSequence => "array",
                YScalar s => ScalarTypes.Of(s, yaml11: true),
                _ => "alias",
            };
            context.Report(node, $"{where}: expected {expected}, got {actual}", "type");
        }
    }
}
