using IacTest.Lint.Build;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Tests.Build;

public sealed class BuildLintTests : IDisposable
{
    private const string Identity = "test-engine";
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-buildlint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_second_run_takes_unchanged_files_from_the_cache_and_reports_the_same_findings()
    {
        var bad = Write("bad.yml", "---\na: 1  \n");
        Write("good.yml", "---\nb: 2\n");
        var request = Request();

        var first = BuildLint.Run(request, Identity);
        var second = BuildLint.Run(request, Identity);

        first.LintedFileCount.ShouldBe(2);
        second.LintedFileCount.ShouldBe(0);
        second.CachedFileCount.ShouldBe(2);
        second.Reported.ShouldBe(first.Reported);
        first.Reported.Single().ShouldBe(new LintDiagnostic(bad, 2, 5, "IAC0122", "trailing-spaces", Severity.Error, "trailing spaces"));
    }

    [Fact]
    public void The_findings_cap_applies_and_a_changed_cap_lints_again_instead_of_replaying_the_cache()
    {
        // Given a file with twenty trailing-spaces findings, linted under a cap of five
        Write("many.yml", "---\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"k{i}: v   \n")));
        var capped = BuildLint.Run(Request() with { MaxFindingsPerFile = 5 }, Identity);

        // When the cap is lifted
        var uncapped = BuildLint.Run(Request() with { MaxFindingsPerFile = 0 }, Identity);

        // Then five findings and the summary came first, then the file was linted again for all twenty
        capped.Reported.Count.ShouldBe(6);
        capped.Reported[^1].Message.ShouldStartWith("15 more findings in this file are not reported");
        uncapped.LintedFileCount.ShouldBe(1);
        uncapped.Reported.Count.ShouldBe(20);
    }

    [Fact]
    public void Another_engine_identity_lints_every_file_again()
    {
        Write("a.yml", "---\na: 1\n");
        BuildLint.Run(Request(), Identity);

        BuildLint.Run(Request(), "another-engine").LintedFileCount.ShouldBe(1);
    }

    [Fact]
    public void A_changed_file_is_linted_again_and_the_others_are_not()
    {
        var changed = Write("a.yml", "---\na: 1\n");
        Write("b.yml", "---\nb: 1\n");
        BuildLint.Run(Request(), Identity);

        File.WriteAllText(changed, "---\na: 1   \n");
        File.SetLastWriteTimeUtc(changed, DateTime.UtcNow.AddSeconds(5));
        var again = BuildLint.Run(Request(), Identity);

        again.LintedFileCount.ShouldBe(1);
        again.Reported.Single().File.ShouldBe(changed);
    }

    [Fact]
    public void NoWarn_hides_warnings_and_TreatWarningsAsErrors_raises_them_except_WarningsNotAsErrors()
    {
        // document-start (IAC0109) is a warning by default; trailing-spaces an error.
        Write("a.yml", "a: 1  \n");

        Severities(BuildLint.Run(Request() with { NoWarn = "IAC0109" }, Identity)).ShouldBe(["IAC0122 error"]);
        Severities(BuildLint.Run(Request() with { NoWarn = "IAC0122;IAC0109" }, Identity)).ShouldBe(["IAC0122 error"]);
        Severities(BuildLint.Run(Request() with { TreatWarningsAsErrors = true }, Identity)).ShouldBe(["IAC0109 error", "IAC0122 error"]);
        Severities(BuildLint.Run(Request() with { TreatWarningsAsErrors = true, WarningsNotAsErrors = "IAC0109" }, Identity))
            .ShouldBe(["IAC0109 warning", "IAC0122 error"]);
    }

    [Fact]
    public void Rule_settings_apply_and_their_mistakes_are_errors_at_the_project_that_declared_them()
    {
        Write("a.yml", "---\na: 1  \n");

        var relaxed = BuildLint.Run(Request() with { Rules = [new RuleSettingItem("trailing-spaces", "warning", "", "", "p.proj")] }, Identity);
        var bad = BuildLint.Run(Request() with
        {
            Rules =
            [
                new RuleSettingItem("no-such-rule", "", "", "", "/src/a.proj"),
                new RuleSettingItem("line-length", "loud", "", "", "/src/b.proj"),
                new RuleSettingItem("line-length", "", "", "max=wide;colour=red", "/src/c.proj"),
            ],
        }, Identity);

        Severities(relaxed).ShouldBe(["IAC0122 warning"]);
        bad.FileCount.ShouldBe(0);
        bad.Reported.Select(d => $"{d.File} {d.Code} {d.Severity.ToName()} {d.Message}").ShouldBe(
        [
            "/src/a.proj IAC0003 error IacLintRule 'no-such-rule' names no rule; use a rule name (e.g. line-length) or code (e.g. IAC0117). See docs/rules.",
            "/src/b.proj IAC0003 error IacLintRule 'line-length': Severity 'loud' is not one of error, warning, info, none.",
            "/src/c.proj IAC0003 error IacLintRule 'line-length': option 'max' takes a whole number, not 'wide'.",
            "/src/c.proj IAC0003 error IacLintRule 'line-length': rule line-length has no option 'colour' (options: max, allow-non-breakable-words, allow-non-breakable-inline-mappings).",
        ]);
    }

    [Fact]
    public void An_unknown_family_is_an_error_at_the_project_file()
    {
        Write("a.yml", "---\na: 1\n");

        var result = BuildLint.Run(Request() with { Families = "yaml;helm", ProjectFile = "/src/p.proj" }, Identity);

        result.Reported.Single().ShouldSatisfyAllConditions(
            d => d.File.ShouldBe("/src/p.proj"),
            d => d.Message.ShouldStartWith("IacLintFamilies: unknown rule family 'helm'"));
    }

    [Fact]
    public void Files_yamllint_ignores_get_no_yamllint_finding_and_files_ansible_lint_excludes_are_not_linted()
    {
        Write(".yamllint", "extends: default\nignore: |\n  generated/\n");
        Write(".ansible-lint", "exclude_paths:\n  - vendor/\n");
        Write("generated/x.yml", "a: 1  \n");
        Write("vendor/y.yml", "a: 1  \n");
        Write("a.yml", "---\na: 1\n");

        var result = BuildLint.Run(Request(), Identity);

        result.FileCount.ShouldBe(2);
        result.Reported.ShouldBeEmpty();
    }

    [Fact]
    public void A_sarif_log_is_written_where_asked_relative_to_the_project()
    {
        Write("a.yml", "---\na: 1  \n");

        BuildLint.Run(Request() with { SarifFile = "out/lint.sarif", ToolVersion = "9.8.7" }, Identity);

        var sarif = File.ReadAllText(Path.Combine(_folder, "out", "lint.sarif"));
        sarif.ShouldContain("\"version\": \"9.8.7\"");
        sarif.ShouldContain("IAC0122");
    }

    [Fact]
    public void A_relative_cache_file_is_kept_in_the_project_not_in_the_working_folder()
    {
        // Given a relative cache file (the working folder of a test run is its output folder, not the project)
        Write("a.yml", "---\na: 1\n");
        var request = Request() with { CacheFile = "obj/iactest-relative/lint-cache.bin" };

        // When the project is linted twice
        var first = BuildLint.Run(request, Identity);
        var second = BuildLint.Run(request, Identity);

        // Then the cache went into the project and served the second run
        File.Exists(Path.Combine(_folder, "obj", "iactest-relative", "lint-cache.bin")).ShouldBeTrue();
        Directory.Exists(Path.Combine(Environment.CurrentDirectory, "obj", "iactest-relative")).ShouldBeFalse();
        first.LintedFileCount.ShouldBe(1);
        second.CachedFileCount.ShouldBe(1);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_a_detail_not_a_failure()
    {
        Write("a.yml", "---\na: 1\n");
        var blocker = Write("blocked", "a file where the cache folder should be\n");

        var result = BuildLint.Run(Request() with { CacheFile = Path.Combine(blocker, "cache.json") }, Identity);

        result.LintedFileCount.ShouldBe(1);
        result.Details.ShouldContain(d => d.StartsWith("IacTest lint: could not write the cache", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_nested_configuration_lints_again_only_the_files_under_it()
    {
        // Given a project and a role with a yamllint file of its own, linted once
        Write(".yamllint", "extends: default\n");
        Write("site.yml", "---\na: 1\n");
        var roleConfig = Write(Path.Combine("roles", "x", ".yamllint"), "extends: default\n");
        Write(Path.Combine("roles", "x", "defaults", "main.yml"), "---\nx_port: 80\n");
        Write(Path.Combine("roles", "x", "vars", "main.yml"), "---\nx_user: www\n");
        BuildLint.Run(Request(), Identity).LintedFileCount.ShouldBe(3);

        // When the role's configuration changes
        File.WriteAllText(roleConfig, "extends: relaxed\n");
        File.SetLastWriteTimeUtc(roleConfig, DateTime.UtcNow.AddSeconds(5));
        var again = BuildLint.Run(Request(), Identity);

        // Then the role's two files are linted again, the project's file comes from the cache
        again.LintedFileCount.ShouldBe(2);
        again.CachedFileCount.ShouldBe(1);
    }

    [Fact]
    public void Nested_configurations_that_disagree_each_govern_their_own_folder()
    {
        // Given a 100-character line in the project, in a role allowing 120, and in one whose ansible-lint skips yaml
        var line = "---\nkey: " + new string('x', 95) + "\n";
        Write(".yamllint", "extends: default\n");
        var own = Write("vars.yml", line);
        Write(Path.Combine("roles", "wide", ".yamllint"), "extends: default\nrules:\n  line-length: {max: 120}\n");
        Write(Path.Combine("roles", "wide", "files", "data.yml"), line);
        Write(Path.Combine("roles", "strict", ".yamllint"), "extends: default\nrules:\n  line-length: {max: 90, level: warning}\n");
        var strict = Write(Path.Combine("roles", "strict", "files", "data.yml"), line);

        // When the build lints them
        var result = BuildLint.Run(Request(), Identity);

        // Then each follows the nearest configuration above it
        result.Reported.Where(d => d.Rule == "line-length").Select(d => $"{Path.GetRelativePath(_folder, d.File)} {d.Severity.ToName()}")
            .Order(StringComparer.Ordinal)
            .ShouldBe([$"{Path.GetRelativePath(_folder, strict)} warning", $"{Path.GetRelativePath(_folder, own)} error"]);
    }

    [Fact]
    public void What_the_project_excludes_stays_excluded_below_a_folder_with_its_own_configuration()
    {
        // Given a role the project excludes, holding configuration of its own, and a file with trailing spaces in it
        Write(".ansible-lint", "exclude_paths:\n  - roles/external/\n");
        Write(".yamllint", "extends: default\nignore: |\n  roles/external/\n");
        Write(Path.Combine("roles", "external", ".ansible-lint"), "skip_list: [fqcn]\n");
        Write(Path.Combine("roles", "external", ".yamllint"), "extends: relaxed\n");
        Write(Path.Combine("roles", "external", "tasks", "main.yml"), "---\n- command: make   \n");
        Write("site.yml", "---\na: 1\n");

        // When the build lints the project
        var result = BuildLint.Run(Request(), Identity);

        // Then the role is left out, as the project's configuration says
        result.FileCount.ShouldBe(1, string.Join("\n", result.Reported));
        result.Reported.ShouldBeEmpty();
    }

    [Fact]
    public void A_yamllint_ignore_leaves_the_file_to_the_Ansible_rules()
    {
        // Given a playbook yamllint ignores, with trailing spaces and a task without a name
        Write(".yamllint", "extends: default\nignore: |\n  legacy/\n");
        Write(Path.Combine("legacy", "site.yml"), "---\n- hosts: all   \n  tasks:\n    - ansible.builtin.ping:\n");

        // When the build lints it
        var rules = BuildLint.Run(Request(), Identity).Reported.Select(d => d.Rule).ToList();

        // Then yamllint's rules say nothing, ansible-lint's rules still do
        rules.ShouldNotContain("trailing-spaces");
        rules.ShouldContain("name[play]");
    }

    [Fact]
    public void Ansible_content_gets_ansible_lints_yamllint_settings_and_plain_yaml_keeps_yamllints()
    {
        // Given no yamllint file, a task with an implicit octal mode and a plain YAML file with the same value
        var task = Write(Path.Combine("roles", "web", "tasks", "main.yml"),
            "---\n- name: Write the page\n  ansible.builtin.copy:\n    content: ok\n    dest: /srv/index.html\n    mode: 0644\n");
        var data = Write("data.yml", "---\nmode: 0644\n");

        // When the build lints them
        var reported = BuildLint.Run(Request(), Identity).Reported;

        // Then ansible-lint's yaml[octal-values] is reported on the task file only, as ansible-lint and yamllint report them
        reported.ShouldContain(d => d.File == task && d.Line == 6 && d.Rule == "octal-values");
        reported.ShouldNotContain(d => d.File == data && d.Rule == "octal-values");
    }

    [Fact]
    public void Files_reached_through_a_symlinked_folder_are_linted_once_under_their_real_path()
    {
        // Given roles linked into playbooks/roles, listed twice as MSBuild's glob lists them
        var task = Write(Path.Combine("roles", "web", "tasks", "main.yml"), "---\n- name: Ping\n  ansible.builtin.ping:   \n");
        Directory.CreateDirectory(Path.Combine(_folder, "playbooks"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "playbooks", "roles"), Path.Combine("..", "roles"));
        var request = Request() with
        {
            Files = Directory.EnumerateFiles(_folder, "*.yml", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToList(),
        };
        request.Files.Count.ShouldBe(2);

        // When the build lints them
        var result = BuildLint.Run(request, Identity);

        // Then one file is linted, under the path the tools would report
        result.FileCount.ShouldBe(1);
        result.Reported.Where(d => d.Rule == "trailing-spaces").Select(d => d.File).ShouldBe([task]);
    }

    [Fact]
    public void A_file_named_through_dot_parts_or_doubled_separators_is_linted_once_under_its_normal_path()
    {
        // Given one task file, named as it is, relative to the project, and through ".", ".." and a doubled separator
        var task = Write(Path.Combine("roles", "web", "tasks", "main.yml"), "---\n- name: Ping\n  ansible.builtin.ping:   \n");
        var separator = Path.DirectorySeparatorChar;
        var request = Request() with
        {
            Files =
            [
                task,
                Path.Combine("roles", "web", "tasks", "main.yml"),
                $"{_folder}{separator}roles{separator}.{separator}web{separator}tasks{separator}main.yml",
                $"{_folder}{separator}roles{separator}db{separator}..{separator}web{separator}tasks{separator}main.yml",
                $"{_folder}{separator}roles{separator}{separator}web{separator}tasks{separator}main.yml",
            ],
        };

        // When the build lints them
        var result = BuildLint.Run(request, Identity);

        // Then the file is linted once, and its finding names it by its normal path
        result.FileCount.ShouldBe(1);
        result.Reported.Where(d => d.Rule == "trailing-spaces").Select(d => d.File).ShouldBe([task]);
    }

    [Fact]
    public void Fixing_a_workload_lints_the_unchanged_Service_beside_it_again()
    {
        // Given a Service and a Deployment in one folder, and a plain YAML file beside them, linted once
        Write(Path.Combine("k8s", "svc.yml"), ServiceManifest);
        var deployment = Write(Path.Combine("k8s", "deploy.yml"), DeploymentManifest("wbe"));
        Write(Path.Combine("k8s", "values.yml"), "---\nreplicas: 2\n");
        var first = BuildLint.Run(Request(), Identity);

        // When only the Deployment changes
        File.WriteAllText(deployment, DeploymentManifest("web"));
        File.SetLastWriteTimeUtc(deployment, DateTime.UtcNow.AddSeconds(5));
        var again = BuildLint.Run(Request(), Identity);

        // Then the Service, whose dangling-service check reads its folder's manifests, is linted again with it; the
        // plain file, which no reading rule ran on, comes from the cache
        first.Reported.ShouldContain(d => d.Code == "IAC0402", string.Join("\n", first.Reported));
        again.LintedFileCount.ShouldBe(2);
        again.CachedFileCount.ShouldBe(1);
    }

    [Fact]
    public void An_overlay_finding_placed_in_its_patch_survives_the_cache_and_a_changed_base_lints_the_overlay_again()
    {
        // Given a base and a prod overlay whose JSON patch (not a linted file itself) turns on hostNetwork
        var deployment = Write(Path.Combine("base", "deployment.yml"), DeploymentManifest("web"));
        Write(Path.Combine("base", "kustomization.yml"), "resources:\n  - deployment.yml\n");
        Write(Path.Combine("prod", "kustomization.yml"), "resources:\n  - ../base\npatches:\n  - target:\n      kind: Deployment\n    path: host-network.json\n");
        var patch = Write(Path.Combine("prod", "host-network.json"), "[\n  {\"op\": \"add\", \"path\": \"/spec/template/spec/hostNetwork\", \"value\": true}\n]\n");

        // When it is built twice, then once more after the base changed
        var first = BuildLint.Run(Request(), Identity);
        var cached = BuildLint.Run(Request(), Identity);
        File.WriteAllText(deployment, DeploymentManifest("web").Replace("1.4.2", "1.4.3", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(deployment, DateTime.UtcNow.AddSeconds(5));
        var changed = BuildLint.Run(Request(), Identity);

        // Then the finding names the patch file, also when it comes from the cache, and the overlay follows its base
        first.Reported.Where(d => d.Rule == "host-network").Select(d => (d.File, d.Line)).ShouldBe([(patch, 2)], string.Join("\n", first.Reported));
        cached.LintedFileCount.ShouldBe(0);
        cached.Reported.ShouldBe(first.Reported);
        changed.LintedFileCount.ShouldBe(3);
    }

    [Fact]
    public void A_manifest_added_beside_a_Service_lints_the_Service_again()
    {
        // Given a Service alone in its folder, linted once and then from the cache
        Write(Path.Combine("k8s", "svc.yml"), ServiceManifest);
        BuildLint.Run(Request(), Identity);
        BuildLint.Run(Request(), Identity).LintedFileCount.ShouldBe(0);

        // When a Deployment is added beside it
        Write(Path.Combine("k8s", "deploy.yml"), DeploymentManifest("web"));
        var again = BuildLint.Run(Request(), Identity);

        // Then both are linted: the new file, and the Service whose folder changed
        again.LintedFileCount.ShouldBe(2);
    }

    [Fact]
    public void An_edited_nested_yamllint_file_changes_the_findings_of_the_files_under_it()
    {
        // Given a role allowing 120 characters, with a 100-character line, linted once
        var roleConfig = Write(Path.Combine("roles", "web", ".yamllint"), "extends: default\nrules:\n  line-length: {max: 120}\n");
        var defaults = Write(Path.Combine("roles", "web", "defaults", "main.yml"), "---\nweb_banner: " + new string('x', 88) + "\n");
        Write("site.yml", "---\na: 1\n");
        var wide = BuildLint.Run(Request(), Identity);

        // When the role's configuration is narrowed to 80
        File.WriteAllText(roleConfig, "extends: default\nrules:\n  line-length: {max: 80}\n");
        File.SetLastWriteTimeUtc(roleConfig, DateTime.UtcNow.AddSeconds(5));
        var narrow = BuildLint.Run(Request(), Identity);

        // Then the long line is reported under the new setting, and only the role's file was linted again
        wide.Reported.ShouldBeEmpty();
        narrow.Reported.Single().ShouldBe(new LintDiagnostic(defaults, 2, 81, "IAC0117", "line-length", Severity.Error, "line too long (100 > 80 characters)"));
        narrow.LintedFileCount.ShouldBe(1);
    }

    [Fact]
    public void A_yamllint_file_created_in_a_folder_between_two_builds_governs_the_files_below_it()
    {
        // Given a role without configuration of its own, with a 100-character line the project allows
        Write(".yamllint", "extends: default\nrules:\n  line-length: {max: 120}\n");
        var defaults = Write(Path.Combine("roles", "web", "defaults", "main.yml"), "---\nweb_banner: " + new string('x', 88) + "\n");
        BuildLint.Run(Request(), Identity).Reported.ShouldBeEmpty();

        // When the role gains a yamllint file of its own that allows 80
        Write(Path.Combine("roles", "web", ".yamllint"), "extends: default\nrules:\n  line-length: {max: 80}\n");
        var again = BuildLint.Run(Request(), Identity);

        // Then the next build finds it and the line is reported
        again.Reported.Select(d => (d.File, d.Rule)).ShouldBe([(defaults, "line-length")]);
    }

    [Fact]
    public void A_build_with_no_configuration_change_loads_no_configuration_and_lists_no_folder()
    {
        // Given a project with nested configuration, built once
        Write(".yamllint", "extends: default\n");
        Write(Path.Combine("roles", "web", ".yamllint"), "extends: relaxed\n");
        Write(Path.Combine("roles", "web", "tasks", "main.yml"), "---\n- name: Ping\n  ansible.builtin.ping:\n");
        var touched = Write("site.yml", "---\na: 1\n");
        var first = BuildLint.Run(Request(), Identity);

        // When it is built again with nothing changed, then with one file changed
        var unchanged = BuildLint.Run(Request(), Identity);
        File.WriteAllText(touched, "---\na: 1   \n");
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow.AddSeconds(5));
        var oneChanged = BuildLint.Run(Request(), Identity);

        // Then the first build loaded both scopes; the others reused them, and the change is still linted and reported
        first.Details[0].ShouldContain("(2 scopes, 2 loaded,");
        unchanged.Details[0].ShouldContain("(2 scopes, 0 loaded, 0 folders listed)");
        oneChanged.Details[0].ShouldContain("(2 scopes, 0 loaded, 0 folders listed)");
        oneChanged.LintedFileCount.ShouldBe(1);
        oneChanged.Reported.Select(d => (d.File, d.Rule)).ShouldBe([(touched, "trailing-spaces")]);
    }

    [Fact]
    public void A_damaged_configuration_cache_costs_one_configuration_load_and_nothing_else()
    {
        // Given a project linted once, whose configuration cache is then damaged
        Write(".yamllint", "extends: default\n");
        var bad = Write("a.yml", "---\na: 1  \n");
        var first = BuildLint.Run(Request(), Identity);
        var configurationCache = Path.Combine(_folder, "obj", "lint-cache.configuration.bin");
        File.WriteAllBytes(configurationCache, [.. "IACCONF\n"u8, 1, 0, 0, 0, 0xff, 0xff]);

        // When it is linted again
        var again = BuildLint.Run(Request(), Identity);

        // Then the configuration was loaded again, the file came from the lint cache with its finding, and the
        // configuration cache was rewritten
        again.Details[0].ShouldContain("(1 scopes, 1 loaded,");
        again.CachedFileCount.ShouldBe(1);
        again.Reported.ShouldBe(first.Reported);
        again.Reported.Single().File.ShouldBe(bad);
        BuildLint.Run(Request(), Identity).Details[0].ShouldContain("(1 scopes, 0 loaded, 0 folders listed)");
    }

    private const string ServiceManifest = """
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: web
          ports:
            - port: 80

        """;

    private static string DeploymentManifest(string label) => $$"""
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: {{label}}
          template:
            metadata:
              labels:
                app: {{label}}
            spec:
              containers:
                - name: web
                  image: registry.example.com/web:1.4.2
                  securityContext:
                    readOnlyRootFilesystem: true
                    allowPrivilegeEscalation: false
                    runAsNonRoot: true
                    capabilities:
                      drop: ["ALL"]
                  resources:
                    requests:
                      cpu: 100m
                      memory: 128Mi
                    limits:
                      memory: 256Mi

        """;

    private BuildLintRequest Request() => new()
    {
        ProjectDirectory = _folder,
        ProjectFile = Path.Combine(_folder, "p.proj"),
        Files = Directory.GetFiles(_folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(),
        CacheFile = Path.Combine(_folder, "obj", "lint-cache.bin"),
    };

    private static string[] Severities(BuildLintResult result) =>
        result.Reported.Select(d => $"{d.Code} {d.Severity.ToName()}").Order(StringComparer.Ordinal).ToArray();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
