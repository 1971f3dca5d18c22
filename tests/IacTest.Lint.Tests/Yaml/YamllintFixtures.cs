using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Yaml.Configuration;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Yaml;

/// <summary>The yamllint conformance fixtures: cases, configurations and yamllint's own findings on them.</summary>
internal static class YamllintFixtures
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static IEnumerable<string> ConfigNames =>
        Directory.GetFiles(Path.Combine(Root, "configs"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>Every case file, relative to the fixture root with forward slashes (as yamllint prints them).</summary>
    public static IReadOnlyList<string> Cases =>
        Directory.GetFiles(Path.Combine(Root, "cases"), "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Cases with a documented difference from yamllint (known-differences.txt), with the reason.</summary>
    public static IReadOnlyDictionary<string, string> KnownDifferences =>
        File.ReadAllLines(Path.Combine(Root, "known-differences.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>yamllint's findings for a configuration, by file: "line:column rule level".</summary>
    public static Dictionary<string, SortedSet<string>> Expected(string config)
    {
        var byFile = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(Root, "expected", config + ".txt")))
        {
            // cases/x.yaml:3:5: [error] message (rule)
            var first = line.IndexOf(':', StringComparison.Ordinal);
            var second = line.IndexOf(':', first + 1);
            var third = line.IndexOf(':', second + 1);
            var level = line[(line.IndexOf('[', third) + 1)..line.IndexOf(']', third)];
            var rule = line[(line.LastIndexOf('(') + 1)..^1];
            var file = line[..first];
            if (!byFile.TryGetValue(file, out var set))
            {
                byFile[file] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            // yamllint's document-end reports line 0 for a one-line file without a final newline; IacTest reports
            // line 1 there (docs/yamllint.md), since no editor or build shows a line 0.
            var lineNumber = line[(first + 1)..second] is "0" ? "1" : line[(first + 1)..second];
            set.Add($"{lineNumber}:{line[(second + 1)..third]} {rule} {level}");
        }

        return byFile;
    }

    /// <summary>The configuration IacTest builds from a fixture configuration file.</summary>
    public static LintConfiguration Configuration(string config)
    {
        var configuration = new LintConfiguration();
        var problems = new List<LintDiagnostic>();
        new YamllintConfigurationSource().Apply(
            new ConfigurationRequest { Directory = Root, YamllintConfigFile = Path.Combine(Root, "configs", config + ".yaml"), Discover = false },
            configuration, problems);
        problems.ShouldBeEmpty();
        return configuration;
    }

    /// <summary>IacTest's yamllint-family findings for a case, in the same form as <see cref="Expected"/>.</summary>
    public static SortedSet<string> Actual(LintEngine engine, LintConfiguration configuration, string relativePath)
    {
        var result = engine.LintPath(Path.Combine(Root, relativePath), configuration);
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (IsYamllintFinding(diagnostic))
            {
                set.Add(string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Line}:{diagnostic.Column} {diagnostic.Rule} {diagnostic.Severity.ToString().ToLowerInvariant()}"));
            }
        }

        return set;
    }

    private static bool IsYamllintFinding(LintDiagnostic diagnostic) =>
        diagnostic.Code == EngineRules.SyntaxCode
        || (diagnostic.Code.StartsWith("IAC01", StringComparison.Ordinal) && diagnostic.Code.Length == 7);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "IacTest.Lint.Tests", "Fixtures", "yamllint");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/IacTest.Lint.Tests/Fixtures/yamllint not found above " + AppContext.BaseDirectory);
    }
}
