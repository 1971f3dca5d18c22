using System.Reflection;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// Feeds a theory one <see cref="GossCase"/> per resource of a goss file (includes expanded), plus one failing row
/// per problem in the file. A relative path is looked up in the test project's folder, then from the test output
/// directory upwards, so a file beside the tests' sources works without copying.
/// </summary>
/// <example>
/// <code>
/// [DockerTheory, GossData("goss/web.yaml", RetryTimeoutSeconds = 10)]
/// public Task Web_server(GossCase check) => check.AssertAsync(fixture.Environment);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class GossDataAttribute : DataAttribute
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public GossDataAttribute(string path) => Path = path;

    /// <summary>The goss file.</summary>
    public string Path { get; }

    /// <summary>How long each check keeps retrying (goss <c>--retry-timeout</c>); default 0: one attempt.</summary>
    public double RetryTimeoutSeconds { get; set; }

    /// <summary>Pause between attempts (goss <c>--sleep</c>); default 250 ms.</summary>
    public double SleepMilliseconds { get; set; } = 250;

    /// <summary>
    /// A goss vars file (goss <c>--vars</c>) for <c>{{ .Vars.name }}</c>; looked up like <see cref="Path"/>.
    /// <c>${NAME}</c> is replaced by the environment variable, e.g. <c>${RUNNER_TEMP}/goss-vars.yaml</c> for a file
    /// the pipeline writes from its secret store.
    /// </summary>
    public string? VarsFile { get; set; }

    /// <summary>
    /// The variables of <see cref="VarsFile"/> that are secrets (names or dotted paths): masked in every report and
    /// row name — e.g. a value the pipeline writes into the vars file from its secret store.
    /// </summary>
    public string[] SecretVars { get; set; } = [];

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var projectDirectory = Discovery.ProjectFiles.TryDirectoryOf(testMethod.DeclaringType!.Assembly);
        var path = Locate(Path, projectDirectory);
        var vars = VarsFile is null ? null : Locate(ExpandEnvironment(VarsFile), projectDirectory);
        var secrets = string.Join(',', SecretVars);
        var suite = GossCase.SuiteOf(new GossCase.SuiteKey(path, vars, secrets, RetryTimeoutSeconds, SleepMilliseconds));
        for (var i = 0; i < suite.Resources.Count; i++)
        {
            yield return [new GossCase(path, false, i, suite.Resources[i].Label, RetryTimeoutSeconds, SleepMilliseconds).WithVars(vars, secrets)];
        }

        for (var i = 0; i < suite.Diagnostics.Count; i++)
        {
            var d = suite.Diagnostics[i];
            var label = Secrets.SecretMasker.Shared.Mask($"{System.IO.Path.GetFileName(d.File)}({d.Line},{d.Column}): {d.Message}");
            yield return [new GossCase(path, true, i, label, RetryTimeoutSeconds, SleepMilliseconds).WithVars(vars, secrets)];
        }
    }

    private static string ExpandEnvironment(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", m => Environment.GetEnvironmentVariable(m.Groups[1].Value) ?? "");

    /// <summary>Resolves a relative goss path against the output directory, the working directory, then their parents.</summary>
    public static string Locate(string path) => Locate(path, projectDirectory: null);

    /// <summary>
    /// Resolves a relative goss path against <paramref name="projectDirectory"/> (the test project's folder the SDK
    /// records) when it holds the file, then as <see cref="Locate(string)"/> does.
    /// </summary>
    public static string Locate(string path, string? projectDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (System.IO.Path.IsPathRooted(path))
        {
            return path;
        }

        if (projectDirectory is not null && File.Exists(System.IO.Path.Combine(projectDirectory, path)))
        {
            return System.IO.Path.Combine(projectDirectory, path);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = System.IO.Path.Combine(directory.FullName, path);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return System.IO.Path.GetFullPath(path);
    }
}
