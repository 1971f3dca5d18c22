namespace DriftAudit.Tests;

/// <summary>The sample's files, found from the test output folder upwards.</summary>
internal static class SamplePaths
{
    public static string Audit(string name) => GossDataAttribute.Locate(Path.Combine("audit", name));

    /// <summary>The repository root that report locations are relative to (the folder holding audit/).</summary>
    public static string Root => Path.GetDirectoryName(Path.GetDirectoryName(Audit("bastion.goss.yaml")))!;
}
