using IacTest.Lint.Text;

namespace IacTest.Lint.Configuration;

/// <summary>
/// Which configuration files each folder holds, for the nearest-configuration search: one listing of the folder, kept
/// for the run. A folder listed in an earlier build is not listed again while its write time (and that of its
/// <c>.config</c>) is unchanged — adding, removing or renaming a file changes the write time of its folder — so a
/// build with nothing changed costs one status call per folder.
/// </summary>
internal sealed class FolderProbes
{
    private static readonly string[] YamllintNames = [".yamllint", ".yamllint.yaml", ".yamllint.yml"];
    private const string AnsibleLintName = ".ansible-lint";
    private static readonly string AnsibleLintInConfig = Path.Combine(".config", "ansible-lint.yml");

    // kube-linter's own order: the first name found is the one it reads.
    private static readonly string[] KubeLinterNames = [".kube-linter.yaml", ".kube-linter.yml"];

    // Below this many folders, the threads cost more than the system calls they share out.
    private const int ParallelThreshold = 256;

    private readonly IReadOnlyDictionary<string, Probe> _earlier;
    private readonly Dictionary<string, Probe> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long WriteTicks, bool IsLink)> _status = new(StringComparer.Ordinal);

    /// <summary>Starts a run that may reuse the probes of an earlier one.</summary>
    /// <param name="earlier">The probes an earlier run took (<see cref="Probes"/>), or null.</param>
    public FolderProbes(IReadOnlyDictionary<string, Probe>? earlier = null)
    {
        _earlier = earlier ?? new Dictionary<string, Probe>(StringComparer.Ordinal);
    }

    /// <summary>Where status calls start from: a build's project folder, so each walks only the part below it.</summary>
    internal StatusRoot Root { get; init; } = StatusRoot.None;

    /// <summary>What one folder held.</summary>
    /// <param name="WriteTicks">The folder's write time (UTC ticks) when it was listed.</param>
    /// <param name="ConfigWriteTicks">The write time of its <c>.config</c> folder; -1 when it had none.</param>
    /// <param name="HasYamllint">Whether it holds a <c>.yamllint</c>, <c>.yamllint.yaml</c> or <c>.yamllint.yml</c>.</param>
    /// <param name="AnsibleLint">Its ansible-lint file (<c>.ansible-lint</c>, else <c>.config/ansible-lint.yml</c>), or null.</param>
    /// <param name="KubeLinter">Its kube-linter file (<c>.kube-linter.yaml</c>, else <c>.kube-linter.yml</c>), or null.</param>
    public sealed record Probe(long WriteTicks, long ConfigWriteTicks, bool HasYamllint, string? AnsibleLint, string? KubeLinter);

    /// <summary>Every folder probed in this run, for the next one.</summary>
    public IReadOnlyDictionary<string, Probe> Probes => _current;

    /// <summary>How many folders this run had to list (the others were unchanged since the earlier run).</summary>
    public int Listed { get; private set; }

    /// <summary>What <paramref name="folder"/> holds.</summary>
    public Probe In(string folder)
    {
        if (_current.TryGetValue(folder, out var known))
        {
            return known;
        }

        var writeTicks = Status(folder).WriteTicks;
        var probe = _earlier.TryGetValue(folder, out var earlier) && earlier.WriteTicks == writeTicks && writeTicks != 0
            && (earlier.ConfigWriteTicks < 0 || earlier.ConfigWriteTicks == WriteTicks(Path.Combine(folder, ".config")))
            ? earlier
            : List(folder, writeTicks);
        _current[folder] = probe;
        return probe;
    }

    /// <summary>
    /// Takes the status of many folders at once, in parallel for large projects (as file stamps are): in a build with
    /// nothing changed, these calls and the files' own are most of the work.
    /// </summary>
    public void Prefetch(IReadOnlyCollection<string> folders)
    {
        var missing = folders.Where(f => !_status.ContainsKey(f)).ToArray();
        var statuses = new (long WriteTicks, bool IsLink)[missing.Length];
        if (missing.Length < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < missing.Length; i++)
            {
                statuses[i] = TakeStatus(missing[i]);
            }
        }
        else
        {
            Parallel.For(0, missing.Length, i => statuses[i] = TakeStatus(missing[i]));
        }

        for (var i = 0; i < missing.Length; i++)
        {
            _status[missing[i]] = statuses[i];
        }
    }

    /// <summary>
    /// Whether <paramref name="folder"/> is a symbolic link: from the same status call that tells its write time, so
    /// the symbolic-link check of a build's files and the configuration search share one call per folder.
    /// </summary>
    public bool IsLink(string folder) => Status(folder).IsLink;

    private (long WriteTicks, bool IsLink) Status(string folder)
    {
        if (!_status.TryGetValue(folder, out var status))
        {
            status = TakeStatus(folder);
            _status[folder] = status;
        }

        return status;
    }

    // One status call (and one of the target for a link): the kind, link flag and times come from the same call.
    private (long WriteTicks, bool IsLink) TakeStatus(string folder) =>
        Root.Of(folder) is { Kind: PathKind.Directory } status ? (status.LastWriteTicks, status.IsLink) : (0, false);

    private Probe List(string folder, long writeTicks)
    {
        Listed++;
        var hasYamllint = false;
        string? ansibleLint = null;
        var kubeLinterIndex = int.MaxValue;
        var configWriteTicks = -1L;
        try
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                var name = entry.Name;
                if (entry is FileInfo && YamllintNames.Contains(name, StringComparer.Ordinal))
                {
                    hasYamllint = true;
                }
                else if (entry is FileInfo && name == AnsibleLintName)
                {
                    ansibleLint = Path.Combine(folder, AnsibleLintName);
                }
                else if (entry is FileInfo && Array.IndexOf(KubeLinterNames, name) is var index and >= 0)
                {
                    kubeLinterIndex = Math.Min(kubeLinterIndex, index);
                }
                else if (entry is DirectoryInfo && name == ".config")
                {
                    configWriteTicks = WriteTicks(entry.FullName);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed holds no configuration that could be read; it is listed again next time.
            return new Probe(0, -1, false, null, null);
        }

        if (ansibleLint is null && configWriteTicks >= 0 && File.Exists(Path.Combine(folder, AnsibleLintInConfig)))
        {
            ansibleLint = Path.Combine(folder, AnsibleLintInConfig);
        }

        var kubeLinter = kubeLinterIndex < KubeLinterNames.Length ? Path.Combine(folder, KubeLinterNames[kubeLinterIndex]) : null;
        return new Probe(writeTicks, configWriteTicks, hasYamllint, ansibleLint, kubeLinter);
    }

    private long WriteTicks(string folder) => Root.Of(folder) is { Kind: PathKind.Directory } status ? status.LastWriteTicks : 0;
}
