namespace DriftAudit.Tests;

/// <summary>The sample's files, found from the test output folder upwards.</summary>
internal static class SamplePaths
{
    public static string Audit(string name) => GossDataAttribute.Locate(Path.Combine("audit", name));
}
