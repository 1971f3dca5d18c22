using IacTest.Lint.Classification;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Compose;

/// <summary>
/// Compose files as they are written today (<c>Fixtures/compose/current</c>: every key of the current specification,
/// anchors, merges, <c>!reset</c>/<c>!override</c>, interpolation) validate without a finding; broken ones
/// (<c>Fixtures/compose/invalid/&lt;case&gt;/compose.yaml</c>) report exactly <c>expected</c>: line, column, rule and message.
/// </summary>
public sealed class ComposeSpecificationTests
{
    private static readonly string CurrentRoot = Path.Combine(LintHarness.FixturesRoot, "compose", "current");
    private static readonly string InvalidRoot = Path.Combine(LintHarness.FixturesRoot, "compose", "invalid");

    public static TheoryData<string> CurrentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CurrentRoot, "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CurrentRoot, file).Replace('\\', '/'));
        }

        return data;
    }

    public static TheoryData<string> InvalidCases() => new(Directory.GetDirectories(InvalidRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(CurrentFiles))]
    public void A_current_compose_file_has_no_schema_finding(string file)
    {
        // Given
        var engine = new LintEngine(new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => r.Name == "compose-schema")));

        // When
        var result = engine.LintPath(Path.Combine(CurrentRoot, file), new LintConfiguration());

        // Then
        result.Kind.ShouldBe(FileKind.Compose);
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void The_current_files_use_every_key_the_specification_added()
    {
        // Given: keys of the current specification that older schemas rejected
        string[] keys =
        [
            "name:", "include:", "models:", "develop:", "watch:", "start_interval:", "gpus:", "provider:", "post_start:",
            "pre_stop:", "label_file:", "use_api_socket:", "env_file:", "required:", "additional_contexts:", "profiles:",
            "secrets:", "configs:", "extends:", "context_size:", "runtime_flags:", "gw_priority:", "enable_ipv4:",
            "initial_sync:", "subpath:", "!reset", "!override", "deploy:", "resources:", "reservations:", "devices:",
        ];

        // When
        var text = string.Join('\n', Directory.EnumerateFiles(CurrentRoot, "*.y*ml", SearchOption.AllDirectories).Select(File.ReadAllText));

        // Then
        keys.Where(k => !text.Contains(k, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void An_invalid_compose_file_reports_each_mistake_where_it_is(string name)
    {
        // Given
        var folder = Path.Combine(InvalidRoot, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected")).Where(l => l.Length > 0).ToArray();

        // When
        var found = LintHarness.LintFixture(Path.Combine(folder, "compose.yaml"), null, "compose-schema");

        // Then
        found.Select(d => $"{d.Line}:{d.Column} {d.Rule}: {d.Message}").ShouldBe(expected);
    }

    [Fact]
    public void An_alias_bomb_is_validated_within_a_bounded_number_of_nodes()
    {
        // Given: nine levels of ten aliases each stand for 10^9 strings where a command wants strings
        var text = new System.Text.StringBuilder("x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append($"x-l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }

        text.Append("services:\n  web:\n    image: nginx:1.27\n    command: *l9\n");

        // When
        var found = LintHarness.Lint("compose.yaml", text.ToString(), "compose-schema");

        // Then: the use of the alias is reported once, as every expansion points at it
        found.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["14:14 compose-schema[type]"]);
    }
}
