using IacTest.Harness.Discovery;

namespace IacTest.Harness.Tests.Terraform;

/// <summary>The Terraform modules under test, read in place from the test project's folder.</summary>
internal static class TerraformModules
{
    /// <summary>A service with variables and their validation, locals, a nested local module and <c>terraform test</c> files.</summary>
    public static string WebService => ProjectFiles.Path("Terraform", "Modules", "web-service");

    /// <summary>A database and a migration whose command can fail the apply; the database logs its own destruction.</summary>
    public static string SchemaMigration => ProjectFiles.Path("Terraform", "Modules", "schema-migration");

    /// <summary>A module that needs a provider from a registry.</summary>
    public static string RegistryProvider => ProjectFiles.Path("Terraform", "Modules", "registry-provider");

    /// <summary>The 1-based line of the first line of <paramref name="file"/> that starts with <paramref name="prefix"/> (after indentation).</summary>
    public static int LineOf(string file, string prefix)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(prefix, StringComparison.Ordinal));
        index.ShouldBeGreaterThanOrEqualTo(0, $"'{prefix}' is not in {file}");
        return index + 1;
    }
}
