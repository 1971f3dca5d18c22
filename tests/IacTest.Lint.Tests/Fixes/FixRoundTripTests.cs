using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Fixes;
using IacTest.Lint.Tests.Rules;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Fixes;

/// <summary>
/// <c>--fix</c> over real trees, the lint fixtures and the samples: every file still loads to the same data, a second
/// fix finds nothing left to do, and what the fixes leave is only what they decline to touch. Under the defaults the
/// changed files are those eng/conformance/fix/check_fix_data.py found loading to the same data with PyYAML.
/// </summary>
public sealed class FixRoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Trees() => new()
    {
        { "tests/IacTest.Lint.Tests/Fixtures", "defaults" },
        { "tests/IacTest.Lint.Tests/Fixtures", "strict" },
        { "samples", "defaults" },
        { "samples", "strict" },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Every_file_keeps_its_data_and_a_second_fix_has_nothing_to_do(string tree, string settings)
    {
        // Given every YAML file of the tree, at its path (which decides its kind)
        var root = RuleCatalogTests.RepositoryRoot();
        var files = YamlFiles(Path.Combine(root, tree)).ToList();
        var configuration = Configuration(root, settings);
        var engine = new LintEngine();
        var fixer = new LintFixer(engine);
        int before = 0, after = 0, changed = 0;
        var failures = new List<string>();
        var changedPaths = new List<string>();

        foreach (var file in files)
        {
            // Linted under its full path, as the command line does; reported relative to the repository.
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            before += Fixable(engine.LintText(file, text, configuration).Diagnostics, text);

            // When it is fixed, and fixed again
            var result = fixer.Fix(file, text, configuration);
            var again = fixer.Fix(file, result.Text, configuration);
            after += Fixable(result.Remaining, result.Text);
            changed += result.Changed ? 1 : 0;
            if (result.Text != text)
            {
                changedPaths.Add(path);
            }

            // Then
            if (FixerHarness.DataWithoutFqcn(result.Text) != FixerHarness.DataWithoutFqcn(text))
            {
                failures.Add($"{path}: the data changed");
            }

            if (again.Applied != 0)
            {
                failures.Add($"{path}: a second fix applied {again.Applied} more edits");
            }

            if (YamlData.Of(text) is null && result.Text != text)
            {
                failures.Add($"{path}: a file that does not parse was changed");
            }
        }

        output.WriteLine($"{tree} ({settings}): {files.Count} files, {changed} changed, findings with a fix {before} before, {after} after");
        failures.ShouldBeEmpty();
        if (settings == "defaults")
        {
            var checkedByPyYaml = File.ReadAllLines(Path.Combine(root, "tests", "IacTest.Lint.Tests", "Fixes", "fix-data.txt"))
                .Select(l => l.Split(' ', 2))
                .Where(l => l[1].StartsWith(tree + "/", StringComparison.Ordinal))
                .ToList();
            checkedByPyYaml.ShouldNotContain(l => l[0] == "differs");
            var expected = checkedByPyYaml.Select(l => l[1]).ToList();
            changedPaths.Except(expected).ShouldBeEmpty("changed by the fixer, not checked with PyYAML: run eng/conformance/fix/check_fix_data.py");
            expected.Except(changedPaths).ShouldBeEmpty("checked with PyYAML, no longer changed by the fixer: run eng/conformance/fix/check_fix_data.py");
        }

        files.Count.ShouldBeGreaterThan(10);
        before.ShouldBeGreaterThan(0, "the tree has findings a fix removes");
        after.ShouldBeLessThan(before / 10 + 1, "fixes decline at most a tenth of the findings they are for");
    }

    /// <summary>
    /// The findings a fix is for: of a rule with a fix, in a file that parses, but not the sub-ids that need a person's
    /// choice (another collection's name) nor indentation inside brackets, which the indentation fix leaves by design.
    /// </summary>
    private static int Fixable(IEnumerable<LintDiagnostic> findings, string text)
    {
        var source = new FixText(text);
        return source.Documents is null
            ? 0
            : findings.Count(d => BuiltInRules.Catalog.Find(d.Code)?.FixesAutomatically == true
                && d.Rule is not ("fqcn[action]" or "fqcn[keyword]")
                && !(d.Rule == "indentation" && source.InFlow(d.Line, d.Column)));
    }

    /// <summary>
    /// yamllint's and ansible-lint's defaults as <c>iactest lint --no-config-discovery</c> loads them, or those with
    /// every fixable rule asking the most of a file.
    /// </summary>
    private static LintConfiguration Configuration(string root, string settings)
    {
        var configuration = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = root, Discover = false }).Configuration;
        if (settings == "strict")
        {
            configuration.For("quoted-strings").Enabled = true;
            configuration.For("quoted-strings").Options["required"] = "only-when-needed";
            configuration.For("indentation").Options["indent-sequences"] = true;
            configuration.For("comments").Options["min-spaces-from-content"] = 2;
            configuration.For("document-start").Severity = Severity.Error;
        }

        return configuration;
    }

    private static IEnumerable<string> YamlFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
