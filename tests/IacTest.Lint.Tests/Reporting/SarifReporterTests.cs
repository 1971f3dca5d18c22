using System.Text.Json;
using System.Text.Json.Nodes;
using IacTest.Lint.Engine;
using IacTest.Lint.Reporting;
using IacTest.Lint.Rules;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IacTest.Lint.Tests.Reporting;

public sealed class SarifReporterTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Reporting", "Schema", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    private readonly ReportRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void The_log_of_a_real_lint_is_valid_against_the_SARIF_2_1_0_schema()
    {
        // Given findings of the real engine over a repository
        var diagnostics = _repository.Lint();
        diagnostics.Count.ShouldBeGreaterThanOrEqualTo(4);

        // When
        var log = WriteLog(diagnostics, _repository.Options());

        // Then
        Schema.Value.Validate(log).Select(e => $"{e.Path}: {e.Kind}").ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_check_rejects_a_log_that_breaks_it()
    {
        // Given a valid log with a region that starts at line 0 and a rule without an id
        var log = JsonNode.Parse(WriteLog(_repository.Lint(), _repository.Options()))!;
        log["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
        log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!.AsObject().Remove("id");

        // When
        var errors = Schema.Value.Validate(log.ToJsonString());

        // Then both are found: the check can fail
        var kinds = Flatten(errors).Select(e => e.Kind).ToList();
        kinds.ShouldContain(ValidationErrorKind.NumberTooSmall);
        kinds.ShouldContain(ValidationErrorKind.PropertyRequired);
    }

    [Fact]
    public void Artifact_paths_are_relative_to_the_repository_root_found_from_git()
    {
        // Given a lint run from infra/, below the root
        var log = Parse(WriteLog(_repository.Lint(), _repository.Options()));

        // When
        var run = log.GetProperty("runs")[0];
        var locations = Results(log).Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();

        // Then
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()
            .ShouldBe(new Uri(_repository.Root + "/").AbsoluteUri);
        locations.ShouldAllBe(l => l.GetProperty("uriBaseId").GetString() == "%SRCROOT%");
        locations.Select(l => l.GetProperty("uri").GetString()).Distinct().Order().ShouldBe(
            ["infra/ansible/roles/web/tasks/main.yml", "infra/ansible/site.yml", "infra/k8s/web%20deploy.yaml"]);
    }

    [Fact]
    public void An_explicit_root_replaces_the_one_found_from_git()
    {
        // Given the root set to infra/ansible
        var options = _repository.Options(sourceRoot: Path.Combine(_repository.Root, "infra", "ansible"));

        // When
        var log = Parse(WriteLog(_repository.Lint(), options));

        // Then files below it are relative to it, and a file outside it keeps an absolute URI without a base
        var locations = Results(log).Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();
        locations.ShouldContain(l => l.GetProperty("uri").GetString() == "roles/web/tasks/main.yml");
        var outside = locations.Where(l => l.GetProperty("uri").GetString()!.EndsWith("deploy.yaml", StringComparison.Ordinal)).ToList();
        outside.ShouldNotBeEmpty();
        outside.ShouldAllBe(l => l.GetProperty("uri").GetString() == new Uri(Path.Combine(_repository.Root, "infra", "k8s", "web deploy.yaml")).AbsoluteUri);
        outside.Select(l => l.TryGetProperty("uriBaseId", out _)).ShouldAllBe(hasBase => !hasBase);
    }

    [Fact]
    public void Each_rule_links_to_its_docs_page_and_describes_itself()
    {
        // Given
        var log = Parse(WriteLog(_repository.Lint(), _repository.Options()));
        var docs = DocsRules();

        // When
        var driver = log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();

        // Then
        driver.GetProperty("semanticVersion").GetString().ShouldBe("1.2.3");
        driver.GetProperty("informationUri").GetString().ShouldStartWith("https://");
        rules.ShouldNotBeEmpty();
        foreach (var rule in rules)
        {
            var helpUri = rule.GetProperty("helpUri").GetString()!;
            helpUri.ShouldStartWith(ReportOptions.DefaultRuleDocsBaseUri);
            // The link names a page the repository really has.
            File.Exists(Path.Combine(docs, helpUri[ReportOptions.DefaultRuleDocsBaseUri.Length..])).ShouldBeTrue(helpUri);
            rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            rule.GetProperty("fullDescription").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note");
        }
    }

    [Fact]
    public void The_docs_base_is_configurable()
    {
        // Given
        var options = _repository.Options(docs: "https://docs.example.com/iactest/rules");

        // When
        var log = Parse(WriteLog(_repository.Lint(), options));

        // Then
        var trailing = log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "IAC0122");
        trailing.GetProperty("helpUri").GetString().ShouldBe("https://docs.example.com/iactest/rules/" + RuleDocs(BuiltInRules.Catalog.Find("IAC0122")!));
    }

    [Fact]
    public void Fingerprints_survive_lines_added_above_and_tell_equal_lines_apart()
    {
        // Given the fingerprints of a commit
        var before = Fingerprints(Parse(WriteLog(_repository.Lint(), _repository.Options())));

        // When a later commit adds a play above the findings (every line number moves)
        var shifted = ReportRepository.RoleTasks.Replace("---\n", "---\n- name: Update the package cache\n  ansible.builtin.apt:\n    update_cache: true\n\n", StringComparison.Ordinal);
        _repository.Write("infra/ansible/roles/web/tasks/main.yml", shifted);
        var afterDiagnostics = _repository.Lint();
        var after = Fingerprints(Parse(WriteLog(afterDiagnostics, _repository.Options())));

        // Then the same findings keep the same fingerprints, and the two "state: present   " lines differ
        afterDiagnostics.ShouldContain(d => d.Line > 10);
        after.ShouldBe(before, ignoreOrder: true);
        before.Distinct().Count().ShouldBe(before.Count);
    }

    private static string WriteLog(IReadOnlyList<IacTest.Lint.Diagnostics.LintDiagnostic> diagnostics, ReportOptions options)
    {
        using var stream = new MemoryStream();
        SarifReporter.Write(stream, diagnostics, BuiltInRules.Catalog, options);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Errors with the errors nested below them (a failed <c>$ref</c>, <c>anyOf</c> or multi-type check reports its causes as children).</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e switch
        {
            ChildSchemaValidationError child => Flatten(child.Errors.SelectMany(pair => pair.Value)).Prepend(e),
            MultiTypeValidationError types => Flatten(types.Errors.SelectMany(pair => pair.Value)).Prepend(e),
            _ => [e],
        });

    private static JsonElement Parse(string log) => JsonDocument.Parse(log).RootElement;

    private static IEnumerable<JsonElement> Results(JsonElement log) => log.GetProperty("runs")[0].GetProperty("results").EnumerateArray();

    private static List<string> Fingerprints(JsonElement log) =>
        Results(log).Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReporter.FingerprintKey).GetString()!).ToList();

    private static string RuleDocs(LintRule rule) => IacTest.Lint.Documentation.RuleDocs.PageName(rule);

    /// <summary>The repository's docs/rules folder, found upward from the test assembly.</summary>
    private static string DocsRules()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var docs = Path.Combine(folder.FullName, "docs", "rules");
            if (Directory.Exists(docs))
            {
                return docs;
            }
        }

        throw new DirectoryNotFoundException("docs/rules not found above " + AppContext.BaseDirectory);
    }
}
