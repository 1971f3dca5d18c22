using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Terraform.Rules;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Configuration;

/// <summary>
/// Reads tflint's configuration, found where tflint looks: the file <c>TFLINT_CONFIG_FILE</c> names, else
/// <c>.tflint.hcl</c> or <c>.tflint.json</c> in the request's folder, else in the home folder. It decides which of
/// tflint's Terraform rules run — <c>config { disabled_by_default }</c>, <c>plugin "terraform" { enabled, preset }</c>,
/// <c>rule "name" { enabled, … }</c> — and the rules' options. Without a file, the <c>recommended</c> preset runs (the
/// rules' defaults). Anything invalid is an IAC0003 finding positioned in the file.
/// </summary>
internal sealed class TflintConfigurationSource : IConfigurationSource
{
    /// <summary>The environment variable that names the configuration file, as in tflint.</summary>
    public const string ConfigFileVariable = "TFLINT_CONFIG_FILE";

    private static readonly string[] FileNames = [".tflint.hcl", ".tflint.json"];

    /// <inheritdoc />
    public int Order => 40;

    /// <inheritdoc />
    public IReadOnlyList<string> Apply(ConfigurationRequest request, LintConfiguration configuration, List<LintDiagnostic> problems)
    {
        var path = request.Discover ? Find(request.Directory) : null;
        if (path is null)
        {
            return [];
        }

        string text;
        try
        {
            text = ConfigurationProbes.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LintDiagnostic(path, 1, 1, EngineRules.ConfigCode, EngineRules.ConfigName, Severity.Error, $"{Path.GetFileName(path)}: cannot be read ({exception.GetType().Name})"));
            return [path];
        }

        // tflint reads varfile paths from its working directory, which is the project folder here.
        var variableFiles = TflintConfigReader.Apply(path, text, TerraformRules.Catalog.Rules, configuration, problems, request.Directory);
        return [path, .. variableFiles];
    }

    private static string? Find(string directory)
    {
        if (Environment.GetEnvironmentVariable(ConfigFileVariable) is { Length: > 0 } named)
        {
            var full = Path.GetFullPath(named, directory);
            return ConfigurationProbes.FileExists(full) ? full : null;
        }

        foreach (var folder in new[] { directory, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) })
        {
            if (string.IsNullOrEmpty(folder))
            {
                continue;
            }

            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(Path.GetFullPath(folder), name);
                // Through the probes, so a build reloads the configuration when one of these files appears or changes.
                if (ConfigurationProbes.FileExists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
