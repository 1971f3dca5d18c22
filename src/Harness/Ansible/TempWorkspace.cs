namespace IacTest.Harness.Ansible;

/// <summary>A private temporary folder for one Ansible run, deleted on dispose.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace(string purpose)
    {
        Root = Path.Combine(Path.GetTempPath(), "iactest", $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 13)]);
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "ansible.cfg"), "[defaults]\n");
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never hide the test's own outcome behind it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
