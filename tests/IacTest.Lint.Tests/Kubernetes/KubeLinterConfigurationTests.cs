using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// <c>.kube-linter.yaml</c> decides which kube-linter checks run (defaults, all, include, exclude), where they do not
/// look, and adds custom checks built from templates; annotations skip a check per object.
/// </summary>
public sealed class KubeLinterConfigurationTests : IDisposable
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: checkout
          namespace: shop
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: checkout
          template:
            metadata:
              labels:
                app: checkout
            spec:
              containers:
                - name: checkout
                  image: registry.example.com/shop/checkout:2.7.0
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-kube-linter-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Without_a_configuration_the_default_checks_run_and_the_opt_in_ones_do_not()
    {
        // Given
        var file = Write("deploy/checkout.yaml", Deployment);

        // When
        var names = Lint(file).Select(d => d.Rule).ToArray();

        // Then
        names.ShouldContain("run-as-non-root");
        names.ShouldContain("no-anti-affinity");
        names.ShouldNotContain("no-liveness-probe");
        names.ShouldNotContain("minimum-three-replicas");
    }

    [Fact]
    public void Include_without_the_defaults_runs_only_the_included_checks()
    {
        // Given
        Write(".kube-linter.yaml", "checks:\n  doNotAutoAddDefaults: true\n  include:\n    - minimum-three-replicas\n");
        var file = Write("deploy/checkout.yaml", Deployment);

        // When
        var findings = Lint(file).Where(d => d.Code != "IAC0401").ToArray();

        // Then
        LintHarness.Render(findings).ShouldBe(["7:13 minimum-three-replicas"]);
        findings[0].Message.ShouldBe("object has 2 replicas but minimum required replicas is 3");
    }

    [Fact]
    public void Add_all_built_in_runs_every_check_but_the_excluded_ones()
    {
        // Given
        Write(".kube-linter.yml", "checks:\n  addAllBuiltIn: true\n  exclude: [run-as-non-root, no-node-affinity]\n");
        var file = Write("deploy/checkout.yaml", Deployment);

        // When
        var names = Lint(file).Select(d => d.Rule).ToHashSet();

        // Then
        names.ShouldContain("no-liveness-probe");
        names.ShouldContain("required-label-owner");
        names.ShouldContain("no-anti-affinity");
        names.ShouldNotContain("run-as-non-root");
        names.ShouldNotContain("no-node-affinity");
    }

    [Fact]
    public void Ignore_paths_keep_the_kube_linter_checks_out_of_those_files_only()
    {
        // Given
        Write(".kube-linter.yaml", "checks:\n  ignorePaths:\n    - vendor/**\n");
        var vendored = Write("vendor/upstream/checkout.yaml", Deployment + "\n  replica: 1\n");
        var own = Write("deploy/checkout.yaml", Deployment);

        // When
        var vendoredFindings = Lint(vendored);
        var ownFindings = Lint(own);

        // Then
        vendoredFindings.ShouldNotContain(d => d.Rule == "run-as-non-root");
        vendoredFindings.ShouldContain(d => d.Rule == "kubernetes-schema[unknown-field]");
        ownFindings.ShouldContain(d => d.Rule == "run-as-non-root");
    }

    [Fact]
    public void A_custom_check_runs_its_template_with_its_parameters_under_its_own_name()
    {
        // Given
        Write(".kube-linter.yaml", """
            checks:
              doNotAutoAddDefaults: true
            customChecks:
              - name: required-label-team
                template: required-label
                params:
                  key: team
                  value: "^(shop|payments)$"
                scope:
                  objectKinds: [DeploymentLike]
                remediation: Label every workload with the team that owns it.
              - name: no-nodeport
                template: forbidden-service-types
                params:
                  forbiddenServiceTypes: [NodePort]
            """);
        var file = Write("deploy/checkout.yaml", Deployment + """

            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: checkout
              namespace: shop
            spec:
              type: NodePort
              selector:
                app: checkout
              ports:
                - port: 80
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ledger
              namespace: shop
              labels:
                team: payments
              annotations:
                ignore-check.kube-linter.io/no-nodeport: "not a Service anyway"
            spec:
              selector:
                matchLabels:
                  app: ledger
              template:
                metadata:
                  labels:
                    app: ledger
                spec:
                  containers:
                    - name: ledger
                      image: registry.example.com/shop/ledger:1.0.0
            """);

        // When
        var findings = Lint(file).Where(d => d.Code == "IAC0466").ToArray();

        // Then
        LintHarness.Render(findings).ShouldBe(["3:1 required-label-team", "26:9 no-nodeport"]);
        findings[0].Message.ShouldBe("no label matching \"team=^(shop|payments)$\" found");
        findings[1].Message.ShouldBe("\"NodePort\" service type is forbidden.");
    }

    [Fact]
    public void Custom_checks_take_the_parameters_of_the_existing_templates()
    {
        // Given: images only from the company registry, and no policy/v1beta1 objects
        Write(".kube-linter.yaml", """
            checks:
              doNotAutoAddDefaults: true
            customChecks:
              - name: company-registry-only
                template: latest-tag
                params:
                  AllowList: ["^registry\\.example\\.com/"]
              - name: no-policy-v1beta1
                template: disallowed-api-obj
                params:
                  group: policy
                  version: v1beta1
              - name: no-db-port
                template: ports
                params:
                  port: 5432
            """);
        var file = Write("deploy/checkout.yaml", Deployment.Replace("registry.example.com/shop/checkout:2.7.0", "docker.io/library/postgres:16", StringComparison.Ordinal) + """

                      ports:
                        - containerPort: 5432
            ---
            apiVersion: policy/v1beta1
            kind: PodDisruptionBudget
            metadata:
              name: checkout
              namespace: shop
            spec:
              minAvailable: 1
            """);

        // When
        var findings = Lint(file).Where(d => d.Code == "IAC0466").ToArray();

        // Then
        LintHarness.Render(findings).ShouldBe(["18:18 company-registry-only", "20:30 no-db-port", "22:13 no-policy-v1beta1"]);
        findings[0].Message.ShouldContain("Please use images that satisfies the `AllowList` criteria");
        findings[1].Message.ShouldBe("port 5432 and protocol TCP in container \"checkout\" found");
        findings[2].Message.ShouldBe("disallowed API object found: policy/v1beta1, Kind=PodDisruptionBudget");
    }

    [Fact]
    public void A_custom_check_flags_requirements_inside_its_range_and_capabilities_it_forbids()
    {
        // Given: CPU limits of 4 cores or more are flagged, and SYS_ADMIN must be dropped
        Write(".kube-linter.yaml", """
            checks:
              doNotAutoAddDefaults: true
            customChecks:
              - name: cpu-limit-too-high
                template: cpu-requirements
                params:
                  requirementsType: limit
                  lowerBoundMillis: 4000
                  upperBoundMillis: -1
              - name: drop-sys-admin
                template: verify-container-capabilities
                params:
                  forbiddenCapabilities: [SYS_ADMIN]
            """);
        var file = Write("deploy/checkout.yaml", Deployment + """

                      resources:
                        limits:
                          cpu: "4.5"
                      securityContext:
                        capabilities:
                          drop: [NET_RAW]
            """);

        // When
        var findings = Lint(file).Where(d => d.Code == "IAC0466").ToArray();

        // Then
        LintHarness.Render(findings).ShouldBe(["17:11 drop-sys-admin", "21:20 cpu-limit-too-high"]);
        findings[0].Message.ShouldBe("container \"checkout\" has DROP capabilities: [\"NET_RAW\"], but does not drop capability \"SYS_ADMIN\" which is required");
        findings[1].Message.ShouldBe("container \"checkout\" has cpu limit 4.5");
    }

    [Fact]
    public void The_ignore_annotations_skip_one_check_or_all_of_them_for_one_object()
    {
        // Given
        Write(".kube-linter.yaml", "checks:\n  include: [minimum-three-replicas, no-liveness-probe]\n");
        var annotated = Deployment.Replace("  namespace: shop\n", "  namespace: shop\n  annotations:\n    ignore-check.kube-linter.io/minimum-three-replicas: \"scaled by the HPA\"\n", StringComparison.Ordinal);
        var silenced = Deployment.Replace("  namespace: shop\n", "  namespace: shop\n  annotations:\n    kube-linter.io/ignore-all: \"vendored\"\n", StringComparison.Ordinal);
        var one = Write("deploy/one.yaml", annotated);
        var all = Write("deploy/all.yaml", silenced);

        // When
        var oneNames = Lint(one).Select(d => d.Rule).ToArray();
        var allNames = Lint(all).Where(d => d.Code.StartsWith("IAC04", StringComparison.Ordinal) && d.Code != "IAC0401").ToArray();

        // Then
        oneNames.ShouldNotContain("minimum-three-replicas");
        oneNames.ShouldContain("no-liveness-probe");
        allNames.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("checks:\n  include: [no-such-check]\n", 2, 13, "no check named 'no-such-check'")]
    [InlineData("checks:\n  include: [use-namespace]\n  exclude: [use-namespace]\n", 2, 13, "check 'use-namespace' is both included and excluded")]
    [InlineData("checks:\n  addAllBuiltIn: maybe\n", 2, 18, "addAllBuiltIn must be true or false")]
    [InlineData("checks:\n  include: use-namespace\n", 2, 12, "include must be a list")]
    [InlineData("check:\n  include: []\n", 1, 1, "unknown kube-linter setting 'check'")]
    [InlineData("customChecks:\n  - name: x\n    template: no-such-template\n", 3, 15, "template 'no-such-template' is not one IacTest implements")]
    [InlineData("customChecks:\n  - name: x\n    template: required-label\n    params:\n      labelKey: team\n", 5, 7, "template 'required-label' has no parameter 'labelKey' (parameters: key, value)")]
    [InlineData("customChecks:\n  - name: use-namespace\n    template: required-label\n", 2, 11, "check name 'use-namespace' is already used")]
    public void An_invalid_configuration_is_reported_where_it_is_wrong(string configuration, int line, int column, string message)
    {
        // Given
        var path = Write(".kube-linter.yaml", configuration);

        // When
        var problems = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = _folder }).Problems;

        // Then
        var problem = problems.ShouldHaveSingleItem();
        (problem.File, problem.Line, problem.Column, problem.Code).ShouldBe((path, line, column, "IAC0003"));
        problem.Message.ShouldContain(message);
        problem.Message.ShouldStartWith(".kube-linter.yaml: ");
    }

    [Fact]
    public void Cross_object_checks_see_the_other_manifests_of_the_folder()
    {
        // Given
        Write(".kube-linter.yaml", "checks:\n  doNotAutoAddDefaults: true\n  include: [dangling-horizontalpodautoscaler, pdb-min-available]\n");
        Write("deploy/deployment.yaml", Deployment);
        var hpa = Write("deploy/hpa.yaml", """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: checkout
              namespace: shop
            spec:
              scaleTargetRef:
                apiVersion: apps/v1
                kind: Deployment
                name: checkout
              minReplicas: 3
              maxReplicas: 6
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: checkout
              namespace: shop
            spec:
              minAvailable: 2
              unhealthyPodEvictionPolicy: AlwaysAllow
              selector:
                matchLabels:
                  app: checkout
            """);

        // When
        var findings = Lint(hpa);

        // Then: the HPA finds its Deployment in the other file, and the PDB its 2 replicas
        LintHarness.Render(findings).ShouldBe(["20:17 pdb-min-available"]);
    }

    private IReadOnlyList<LintDiagnostic> Lint(string file)
    {
        var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = _folder });
        loaded.Problems.ShouldBeEmpty();
        return new LintEngine().LintPath(file, loaded.Configuration).Diagnostics.Where(d => d.Code.StartsWith("IAC04", StringComparison.Ordinal)).ToArray();
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
