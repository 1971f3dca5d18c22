namespace IacTest.Harness.Tests.Terraform;

/// <summary>
/// A file outside the working copy that the schema-migration module's database appends to when Terraform destroys
/// it: evidence, independent of the harness, that destroy really ran.
/// </summary>
internal sealed class TeardownLog : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("iactest-teardown-");

    public string Path => System.IO.Path.Combine(_folder.FullName, "teardown.log");

    public string[] Lines => File.Exists(Path) ? File.ReadAllLines(Path) : [];

    public void Dispose() => _folder.Delete(recursive: true);
}
