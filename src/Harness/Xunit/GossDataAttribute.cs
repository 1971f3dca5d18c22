using System.Reflection;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// Feeds a theory one <see cref="GossCase"/> per resource of a goss file (includes expanded), plus one failing row
/// per problem in the file. A relative path is looked up from the test output directory upwards, so a file beside
/// the tests' sources works without copying.
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

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var path = Locate(Path);
        var suite = GossCase.SuiteOf(path, RetryTimeoutSeconds, SleepMilliseconds);
        for (var i = 0; i < suite.Resources.Count; i++)
        {
            yield return [new GossCase(path, false, i, suite.Resources[i].Label, RetryTimeoutSeconds, SleepMilliseconds)];
        }

        for (var i = 0; i < suite.Diagnostics.Count; i++)
        {
            var d = suite.Diagnostics[i];
            yield return [new GossCase(path, true, i, $"{System.IO.Path.GetFileName(d.File)}({d.Line},{d.Column}): {d.Message}", RetryTimeoutSeconds, SleepMilliseconds)];
        }
    }

    /// <summary>Resolves a relative goss path against the output directory, the working directory, then their parents.</summary>
    public static string Locate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (System.IO.Path.IsPathRooted(path))
        {
            return path;
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
