using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Secrets.Rules;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Secrets.Configuration;

/// <summary>
/// Reads <c>.iactest-secrets-baseline</c> — one fingerprint per line, <c>#</c> comments — from the configuration
/// folder or the nearest parent that has one, and gives the fingerprints to every secrets rule, so reviewed findings
/// of an existing repository are not reported again while every new secret is.
/// </summary>
public sealed class SecretsBaselineSource : IConfigurationSource
{
    /// <summary>The baseline's file name.</summary>
    public const string FileName = ".iactest-secrets-baseline";

    /// <inheritdoc />
    public int Order => 500;

    /// <inheritdoc />
    public IReadOnlyList<string> Apply(ConfigurationRequest request, LintConfiguration configuration, List<LintDiagnostic> problems)
    {
        if (!request.Discover || Find(request.Directory) is not { } path)
        {
            return [];
        }

        string[] lines;
        try
        {
            lines = ConfigurationProbes.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LintDiagnostic(path, 1, 1, EngineRules.ConfigCode, EngineRules.ConfigName, Severity.Error, $"cannot read the secrets baseline: {exception.Message}"));
            return [path];
        }

        var fingerprints = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (comment >= 0 ? line[..comment] : line).Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            if (entry.Length != 12 || !entry.All(Uri.IsHexDigit))
            {
                problems.Add(new LintDiagnostic(path, i + 1, 1, EngineRules.ConfigCode, EngineRules.ConfigName, Severity.Error,
                    "a secrets baseline entry is a 12-digit hexadecimal fingerprint, as printed in the finding"));
                continue;
            }

            fingerprints.Add(entry.ToLowerInvariant());
        }

        Apply(configuration, fingerprints);
        return [path];
    }

    /// <summary>Gives baseline fingerprints to every rule of the secrets family.</summary>
    public static void Apply(LintConfiguration configuration, IReadOnlyList<string> fingerprints)
    {
        foreach (var rule in SecretsRules.Catalog.Rules.Where(r => r.Family == RuleFamily.Secrets))
        {
            var settings = configuration.For(rule.Code);
            var existing = settings.Options.TryGetValue(SecretRule.BaselineOption, out var value) && value is IEnumerable<string> list ? list : [];
            settings.Options[SecretRule.BaselineOption] = existing.Concat(fingerprints).Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>Writes a baseline that accepts the fingerprints of these secrets findings (sorted, with their place as a comment).</summary>
    public static void Write(string path, IEnumerable<LintDiagnostic> findings)
    {
        var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var start = finding.Message.LastIndexOf("[fingerprint ", StringComparison.Ordinal);
            if (start >= 0 && finding.Message.Length >= start + 26)
            {
                lines.TryAdd(finding.Message.Substring(start + 13, 12), $"{finding.Message.Substring(start + 13, 12)}  # {finding.Rule} {finding.File}:{finding.Line}:{finding.Column}");
            }
        }

        File.WriteAllLines(path, ["# Reviewed secrets findings: one fingerprint per line (see docs/secrets.md).", .. lines.Values]);
    }

    private static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, FileName);
            if (ConfigurationProbes.FileExists(candidate))
            {
                return candidate;
            }

            if (ConfigurationProbes.DirectoryExists(Path.Combine(current.FullName, ".git")))
            {
                break;
            }
        }

        return null;
    }
}
