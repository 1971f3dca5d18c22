namespace IacTest.Lint.Tests.Hcl;

/// <summary>
/// A fact that needs Node.js and the <c>@cdktf/hcl2json</c> package (installed by <c>eng/setup.sh</c>); it skips with
/// the reason when either is missing, unless <c>IACTEST_REQUIRE_HCL2JSON=1</c> (set in CI) turns that into a failure.
/// </summary>
public sealed class Hcl2JsonFactAttribute : FactAttribute
{
    public Hcl2JsonFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("IACTEST_REQUIRE_HCL2JSON") == "1")
        {
            return;
        }

        if (NodePath is null)
        {
            Skip = "needs node on PATH (eng/setup.sh)";
        }
        else if (!Directory.Exists(HclCorpus.Hcl2JsonPackage))
        {
            Skip = $"needs @cdktf/hcl2json in {HclCorpus.Hcl2JsonPackage} (eng/setup.sh installs it)";
        }
    }

    public static string? NodePath =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "node")).FirstOrDefault(File.Exists);
}
