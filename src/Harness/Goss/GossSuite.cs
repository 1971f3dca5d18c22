using IacTest.Harness.Checks;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Goss;

/// <summary>The resources of a goss file and its includes, plus any problems found while reading them.</summary>
/// <param name="Path">The root goss file.</param>
/// <param name="Resources">The resources, in file order, includes expanded where they appear.</param>
/// <param name="Diagnostics">Problems; each bad entry is a diagnostic, the rest of the file still runs.</param>
public sealed record GossSuite(string Path, IReadOnlyList<GossResource> Resources, IReadOnlyList<GossDiagnostic> Diagnostics)
{
    /// <summary>Reads a goss file (YAML) with its <c>gossfile</c> includes.</summary>
    /// <param name="path">The goss file; a relative path is relative to the test project's folder (the working directory outside a test project), as the converge and drift APIs take theirs.</param>
    /// <param name="retry">The retry every check gets (goss's <c>--retry-timeout</c>/<c>--sleep</c>); default one attempt.</param>
    /// <param name="vars">Values for <c>{{ .Vars.name }}</c> (goss's <c>--vars</c>, see <see cref="GossVars"/>); secrets as <see cref="Secrets.SecretValue"/>.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static GossSuite Load(string path, RetryPolicy? retry = null, IReadOnlyDictionary<string, object?>? vars = null) =>
        GossLoader.Load(InProject(path, System.Reflection.Assembly.GetCallingAssembly()), retry ?? RetryPolicy.Once, vars);

    private static string InProject(string path, System.Reflection.Assembly caller) =>
        string.IsNullOrEmpty(path) || System.IO.Path.IsPathRooted(path) || Discovery.ProjectFiles.TryDirectoryOf(caller) is not { } project
            ? path
            : System.IO.Path.Combine(project, path);

    /// <summary>Runs every resource that is not skipped against <paramref name="target"/>; diagnostics make the report fail too.</summary>
    public async Task<SmokeReport> RunAsync(ITargetHost target, CancellationToken ct = default)
    {
        var results = new List<CheckResult>();
        foreach (var resource in Resources.Where(r => !r.Check.Skip))
        {
            results.Add(await resource.Check.RunAsync(target, ct).ConfigureAwait(false));
        }

        if (Diagnostics.Count > 0)
        {
            throw new GossFileException(Diagnostics);
        }

        return new SmokeReport(results);
    }
}
