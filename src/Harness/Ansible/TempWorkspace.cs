using IacTest.Harness.Reaping;

namespace IacTest.Harness.Ansible;

/// <summary>
/// A private temporary folder for one Ansible run (mode 0700, files 0600: extra vars may hold secrets), deleted on
/// dispose — and by the next reaper pass when the test host was killed before it could.
/// </summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace(string purpose)
    {
        Root = OwnedTempFolders.Create(purpose);
        OwnedTempFolders.WriteOwnerOnly(Path.Combine(Root, "ansible.cfg"), "[defaults]\n");
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Writes a new file of the workspace, readable by its owner only; returns its path.</summary>
    public async Task<string> WriteFileAsync(string name, string text, CancellationToken ct)
    {
        var path = PathOf(name);
        await OwnedTempFolders.WriteOwnerOnlyAsync(path, text, ct).ConfigureAwait(false);
        return path;
    }

    public void Dispose() => OwnedTempFolders.Remove(Root);
}
