using IacTest.Harness.Tests.Modules;

namespace IacTest.Harness.Tests.Scenarios;

/// <summary>Private copies of test roles, for tests whose keys or labels derive from the role's folder.</summary>
internal static class RoleCopy
{
    /// <summary>Copies the test role <paramref name="name"/> into a new temporary folder; returns the copy's role folder.</summary>
    public static string Of(string name)
    {
        var root = Directory.CreateTempSubdirectory("iactest-role-copy-").FullName;
        var target = Path.Combine(root, name);
        foreach (var file in Directory.EnumerateFiles(TestPaths.Role(name), "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(TestPaths.Role(name), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
