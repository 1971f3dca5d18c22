namespace IacTest.Harness.Tests.Modules;

/// <summary>Where the roles and samples under test are in the output folder.</summary>
internal static class TestPaths
{
    public static string Role(string name) => Path.Combine(AppContext.BaseDirectory, "Roles", name);

    public static string Sample(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Modules", "Samples", .. parts]);

    public static string RoleFile(string role, string relative) => Path.Combine(Role(role), relative);
}
