using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>
/// A copy of a Terraform repository fixture in a temporary folder, so a test can change its <c>.tflint.hcl</c> or its
/// files and lint it as a project: configuration discovered from the repository's root, as the CLI and the build do.
/// </summary>
internal sealed class TerraformRepositoryCopy : IDisposable
{
    public TerraformRepositoryCopy(string fixture)
    {
        Root = Path.Combine(Path.GetTempPath(), $"iactest-tfrepo-{Guid.NewGuid():N}");
        var source = Path.Combine(LintHarness.FixturesRoot, "terraform", fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The configuration discovered from the root, as a project there loads it.</summary>
    public ConfigurationDiscovery.Result Load() => ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = Root });

    /// <summary>Every finding on the file at <paramref name="relativePath"/> under the discovered configuration.</summary>
    public IReadOnlyList<LintDiagnostic> Lint(string relativePath, LintConfiguration configuration) =>
        new LintEngine().LintPath(Path.Combine(Root, relativePath), configuration).Diagnostics;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test's result stands.
        }
    }
}
