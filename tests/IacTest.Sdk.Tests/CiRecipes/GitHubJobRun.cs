using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>One step of a GitHub Actions job as it ran here: its action and inputs, or its script's result.</summary>
public sealed record GitHubStep(string Name, string? Uses, IReadOnlyDictionary<string, string> With, ProcessResult? Result, bool Skipped);

/// <summary>
/// Runs one job of a workflow as the runner would, for the parts that run offline: the <c>run:</c> steps in bash with
/// the workflow's, job's and step's <c>env</c>, <c>GITHUB_ENV</c> carried from step to step, expressions filled in and
/// <c>if:</c> on success or failure honoured. Actions (<c>uses:</c>) are not run: their inputs are kept, so a test checks
/// that they name what the scripts produced. checkout and setup-dotnet stand for the copy and the dotnet of this machine.
/// </summary>
public static partial class GitHubJobRun
{
    [GeneratedRegex(@"\$\{\{(?<name>[^}]+)\}\}")]
    private static partial Regex Expression();

    /// <summary>Runs <paramref name="job"/> of <paramref name="workflow"/> in <paramref name="repository"/>.</summary>
    /// <param name="expressions">The values of <c>${{ … }}</c> (secrets, vars) besides <c>github.workspace</c>.</param>
    /// <param name="environment">Extra variables of the runner (the run's IacTest version, a tool path).</param>
    public static async Task<IReadOnlyList<GitHubStep>> RunAsync(YamlNode workflow, string job, RecipeRepository repository,
        IReadOnlyDictionary<string, string> expressions, IReadOnlyDictionary<string, string> environment)
    {
        var runnerTemp = Directory.CreateDirectory(Path.Combine(repository.Root, "..", Path.GetFileName(repository.Root) + "-runner-temp")).FullName;
        var githubEnv = Path.Combine(runnerTemp, "github-env");
        File.WriteAllText(githubEnv, string.Empty);
        var values = new Dictionary<string, string>(expressions, StringComparer.Ordinal) { ["github.workspace"] = repository.Root };
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = repository.Root,
            ["RUNNER_TEMP"] = runnerTemp,
            ["GITHUB_ENV"] = githubEnv,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(runnerTemp, "step-summary.md"),
        };
        var jobNode = workflow.At("jobs").At(job);
        foreach (var (name, value) in workflow.Find("env").Scalars().Concat(jobNode.Find("env").Scalars()).Concat(environment))
        {
            env[name] = RecipeYaml.Expand(value, Expression(), values);
        }

        var steps = new List<GitHubStep>();
        var failed = false;
        foreach (var step in jobNode.At("steps").Items())
        {
            var name = step.TextAt("name") ?? step.TextAt("uses") ?? step.TextAt("run") ?? "step";
            var condition = step.TextAt("if");
            var runs = condition is null ? !failed : condition.Replace(" ", string.Empty, StringComparison.Ordinal) switch
            {
                "success()||failure()" or "always()" or "!cancelled()" => true,
                "failure()" => failed,
                _ => throw new Xunit.Sdk.XunitException($"step '{name}': the test does not read the condition '{condition}'"),
            };
            var with = step.Find("with").Scalars().ToDictionary(p => p.Key, p => RecipeYaml.Expand(p.Value, Expression(), values), StringComparer.Ordinal);
            if (step.TextAt("run") is not { } script)
            {
                steps.Add(new GitHubStep(name, step.TextAt("uses"), with, null, !runs));
                continue;
            }

            if (!runs)
            {
                steps.Add(new GitHubStep(name, null, with, null, Skipped: true));
                continue;
            }

            var stepEnv = new Dictionary<string, string>(env, StringComparer.Ordinal);
            foreach (var line in File.ReadAllLines(githubEnv).Where(l => l.Contains('=', StringComparison.Ordinal)))
            {
                stepEnv[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
            }

            foreach (var (key, value) in step.Find("env").Scalars())
            {
                stepEnv[key] = RecipeYaml.Expand(value, Expression(), values);
            }

            var result = await Shell.RunAsync(RecipeYaml.Expand(script, Expression(), values), repository.Root, stepEnv, TimeSpan.FromMinutes(10));
            failed |= result.ExitCode != 0;
            steps.Add(new GitHubStep(name, null, with, result, Skipped: false));
        }

        return steps;
    }
}
