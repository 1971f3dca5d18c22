using System.Collections.Concurrent;
using IacTest.Lint.Rules;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>
/// The Git repository a GitOps manifest lives in, as Argo CD and Flux reference checks see it: its root, the URLs it is
/// known by (its remotes), its tags, its folders and files, and the Flux sources and Argo CD AppProjects its files define.
/// </summary>
internal sealed class GitOpsRepository
{
    // A tree's listing is trusted for the lint run that took it (see LintRun), so checking many files of one repository
    // walks it once per run, however long the walk takes; outside a run (one file, an editor buffer), for a moment.
    private static readonly TimeSpan ListingLifetime = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<string, SourcesEntry> SourcesByRoot = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TreeEntry> TreesByRoot = new(StringComparer.Ordinal);

    private readonly string? _gitDirectory;

    private GitOpsRepository(string root, string? gitDirectory, IReadOnlyList<string> urls)
    {
        Root = root;
        _gitDirectory = gitDirectory;
        Urls = urls;
    }

    /// <summary>The repository's root folder: paths in Applications and Flux Kustomizations are relative to it.</summary>
    public string Root { get; }

    /// <summary>The URLs the repository is known by, normalised (<see cref="NormalizeUrl"/>).</summary>
    public IReadOnlyList<string> Urls { get; }

    /// <summary>
    /// The repository of the file at <paramref name="filePath"/>: <paramref name="rootOverride"/> when given (absolute, or
    /// relative to the current directory), else the nearest folder above the file holding <c>.git</c>, else the file's
    /// folder. Its URLs are its Git remotes plus <paramref name="extraUrls"/>. Null when the file is not on disk (text
    /// linted under a made-up name has no repository to look into).
    /// </summary>
    public static GitOpsRepository? Find(string filePath, string? rootOverride, IReadOnlyList<string> extraUrls)
    {
        string folder;
        try
        {
            var full = Path.GetFullPath(filePath);
            if (!File.Exists(full) || Path.GetDirectoryName(full) is not { } directory)
            {
                return null;
            }

            folder = directory;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        var root = rootOverride is { Length: > 0 } ? Path.GetFullPath(rootOverride) : RepositoryRoot.Find(folder);
        var gitDirectory = GitDirectory(root);
        var urls = GitRemotes(gitDirectory).Concat(extraUrls).Select(NormalizeUrl).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return new GitOpsRepository(root, gitDirectory, urls);
    }

    /// <summary>
    /// A repository URL reduced to host and path, so the forms one repository is cloned by compare equal:
    /// <c>https://github.com/org/fleet.git</c>, <c>ssh://git@github.com/org/fleet</c> and <c>git@github.com:org/fleet.git</c>
    /// are all <c>github.com/org/fleet</c>.
    /// </summary>
    public static string NormalizeUrl(string url)
    {
        var text = url.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var hadScheme = scheme >= 0;
        if (hadScheme)
        {
            text = text[(scheme + 3)..];
        }

        var slash = text.IndexOf('/');
        var at = text.IndexOf('@');
        if (at >= 0 && (slash < 0 || at < slash))
        {
            text = text[(at + 1)..];
            slash = text.IndexOf('/');
        }

        var colon = text.IndexOf(':');
        if (colon >= 0 && (slash < 0 || colon < slash))
        {
            // scp-like host:path, or host:port/path after a scheme.
            var rest = text[(colon + 1)..];
            var portEnd = rest.IndexOf('/');
            text = hadScheme && portEnd > 0 && rest[..portEnd].All(char.IsAsciiDigit)
                ? text[..colon] + rest[portEnd..]
                : text[..colon] + "/" + rest;
        }

        text = text.TrimEnd('/');
        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        return text.ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="url"/> is this repository (one of its remotes, or a URL configured as its own).</summary>
    public bool IsThisRepository(string url) => Urls.Contains(NormalizeUrl(url), StringComparer.Ordinal);

    /// <summary>Whether the repository has the tag <paramref name="name"/> (a loose ref or a packed one).</summary>
    public bool HasTag(string name) => HasRef("refs/tags/" + name);

    /// <summary>Whether the repository has the branch <paramref name="name"/>.</summary>
    public bool HasBranch(string name) => HasRef("refs/heads/" + name);

    /// <summary>The full path of a repository-relative path, or null when it is absolute or climbs out of the repository.</summary>
    public string? Resolve(string relativePath)
    {
        if (Path.IsPathRooted(relativePath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        var root = Path.TrimEndingDirectorySeparator(Root);
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The Flux sources every YAML file of the repository defines, except <paramref name="exceptPath"/> (the file under check, read from its text instead).</summary>
    public IEnumerable<FluxSource> SourcesExcept(string exceptPath)
    {
        var except = Path.GetFullPath(exceptPath);
        return Defined().Sources.Where(s => !string.Equals(s.Path, except, StringComparison.Ordinal));
    }

    /// <summary>The Argo CD AppProjects every YAML file of the repository defines, except <paramref name="exceptPath"/> (the file under check, read from its text instead).</summary>
    internal IEnumerable<ArgoProject> ProjectsExcept(string exceptPath)
    {
        var except = Path.GetFullPath(exceptPath);
        return Defined().Projects.Where(p => !string.Equals(p.Path, except, StringComparison.Ordinal));
    }

    /// <summary>
    /// The repository's folders and files as paths relative to its root with <c>/</c> between names (<c>apps/guestbook</c>),
    /// as Argo CD's Git generators match them; <c>.git</c> is left out.
    /// </summary>
    internal (IReadOnlyList<string> Folders, IReadOnlyList<string> Files) Tree()
    {
        var now = DateTime.UtcNow;
        var run = LintRun.Current;
        if (TreesByRoot.TryGetValue(Root, out var cached) && (run != 0 ? cached.Run == run : now - cached.ListedAt < ListingLifetime))
        {
            return (cached.Folders, cached.Files);
        }

        var folders = new List<string>();
        var files = new List<string>();
        ListTree(new DirectoryInfo(Root), string.Empty, folders, files);
        TreesByRoot[Root] = new TreeEntry(now, run, folders, files);
        return (folders, files);
    }

    private static void ListTree(DirectoryInfo directory, string prefix, List<string> folders, List<string> files)
    {
        try
        {
            foreach (var entry in directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = prefix + entry.Name;
                if (entry is FileInfo)
                {
                    files.Add(relative);
                }
                else if (entry is DirectoryInfo child && entry.Name != ".git" && child.LinkTarget is null)
                {
                    folders.Add(relative);
                    ListTree(child, relative + "/", folders, files);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed narrows what is known; it does not stop the check.
        }
    }

    private Defines Defined()
    {
        var now = DateTime.UtcNow;
        var run = LintRun.Current;
        if (SourcesByRoot.TryGetValue(Root, out var cached) && (run != 0 ? cached.Run == run : now - cached.ListedAt < ListingLifetime))
        {
            return cached.Sources.Value;
        }

        var files = YamlFiles(new DirectoryInfo(Root)).OrderBy(f => f.FullName, StringComparer.Ordinal).ToArray();
        var signature = string.Join('|', files.Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        var entry = SourcesByRoot.AddOrUpdate(Root,
            _ => new SourcesEntry(now, run, signature, new Lazy<Defines>(() => Load(files))),
            (_, old) => old.Signature == signature ? old with { ListedAt = now, Run = run } : new SourcesEntry(now, run, signature, new Lazy<Defines>(() => Load(files))));
        return entry.Sources.Value;
    }

    private static IEnumerable<FileInfo> YamlFiles(DirectoryInfo directory)
    {
        IEnumerable<FileInfo> files;
        IEnumerable<DirectoryInfo> children;
        try
        {
            files = directory.EnumerateFiles().Where(f => f.Extension is ".yaml" or ".yml").ToArray();
            children = directory.EnumerateDirectories().Where(d => !d.Name.StartsWith('.') && d.Name != "node_modules" && d.LinkTarget is null).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed narrows what is known; it does not stop the check.
            return [];
        }

        return files.Concat(children.SelectMany(YamlFiles));
    }

    private static Defines Load(FileInfo[] files)
    {
        var sources = new List<FluxSource>();
        var projects = new List<ArgoProject>();
        foreach (var file in files)
        {
            try
            {
                if (file.Length > 16L * 1024 * 1024)
                {
                    continue;
                }

                var text = File.ReadAllText(file.FullName);
                var flux = text.Contains(FluxSource.Group, StringComparison.Ordinal);
                var argo = text.Contains("AppProject", StringComparison.Ordinal) && text.Contains(ArgoSource.Group, StringComparison.Ordinal);
                if (flux || argo)
                {
                    var objects = KubeManifest.Read(YamlTree.Parse(text).Documents);
                    sources.AddRange(FluxSource.In(objects, file.FullName));
                    projects.AddRange(ArgoProject.In(objects, file.FullName));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable file defines nothing that can be seen; the file itself reports its own problems.
            }
        }

        return new Defines(sources, projects);
    }

    private bool HasRef(string reference)
    {
        if (_gitDirectory is null)
        {
            return false;
        }

        try
        {
            if (File.Exists(Path.Combine(_gitDirectory, reference)))
            {
                return true;
            }

            var packed = Path.Combine(_gitDirectory, "packed-refs");
            return File.Exists(packed) && File.ReadLines(packed).Any(line => line.EndsWith(" " + reference, StringComparison.Ordinal));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // The folder holding refs and config: .git itself, or for a worktree the common folder its .git file leads to.
    private static string? GitDirectory(string root)
    {
        try
        {
            var git = Path.Combine(root, ".git");
            if (Directory.Exists(git))
            {
                return git;
            }

            if (!File.Exists(git))
            {
                return null;
            }

            var line = File.ReadLines(git).FirstOrDefault(l => l.StartsWith("gitdir:", StringComparison.Ordinal));
            if (line is null)
            {
                return null;
            }

            var gitDirectory = Path.GetFullPath(Path.Combine(root, line["gitdir:".Length..].Trim()));
            var common = Path.Combine(gitDirectory, "commondir");
            return File.Exists(common) ? Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(common).Trim())) : gitDirectory;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<string> GitRemotes(string? gitDirectory)
    {
        var config = gitDirectory is null ? null : Path.Combine(gitDirectory, "config");
        if (config is null || !File.Exists(config))
        {
            return [];
        }

        var urls = new List<string>();
        try
        {
            var inRemote = false;
            foreach (var raw in File.ReadLines(config))
            {
                var line = raw.Trim();
                if (line.StartsWith('['))
                {
                    inRemote = line.StartsWith("[remote ", StringComparison.Ordinal);
                }
                else if (inRemote && line.StartsWith("url", StringComparison.Ordinal) && line.IndexOf('=') is var equals and > 0
                    && line[..equals].Trim() == "url")
                {
                    urls.Add(line[(equals + 1)..].Trim());
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        return urls;
    }

    private sealed record Defines(IReadOnlyList<FluxSource> Sources, IReadOnlyList<ArgoProject> Projects);

    private sealed record SourcesEntry(DateTime ListedAt, long Run, string Signature, Lazy<Defines> Sources);

    private sealed record TreeEntry(DateTime ListedAt, long Run, IReadOnlyList<string> Folders, IReadOnlyList<string> Files);
}
