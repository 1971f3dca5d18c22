using System.Globalization;
using IacTest.Harness.Environments;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// file: <c>exists</c>, <c>filetype</c> (file, directory, symlink, …), <c>mode</c> (<c>"0644"</c>), <c>owner</c>,
/// <c>group</c>, <c>size</c>, <c>linked-to</c>, <c>contents</c>, <c>md5</c>, <c>sha256</c>, <c>sha512</c> (the contents
/// and digests read only when expected).
/// </summary>
/// <param name="Path">The path in the environment.</param>
/// <param name="ReadContents">Read the file's contents.</param>
/// <param name="Digests">The digests to compute, among <see cref="DigestNames"/>; none when null.</param>
internal sealed record FileProbe(string Path, bool ReadContents = false, IReadOnlyCollection<string>? Digests = null) : IResourceProbe
{
    /// <summary>The digests a file probe computes, each with the tool of the same name plus <c>sum</c>.</summary>
    public static readonly IReadOnlyList<string> DigestNames = ["md5", "sha256", "sha512"];

    /// <summary>The digests among the attributes a check expects, in <see cref="DigestNames"/> order.</summary>
    public static IReadOnlyList<string> DigestsAmong(IEnumerable<string> expectedAttributes)
    {
        var expected = expectedAttributes.ToHashSet(StringComparer.Ordinal);
        return DigestNames.Where(expected.Contains).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["exists", "filetype", "mode", "owner", "group", "size", "linked-to", "contents", .. DigestNames];

    private const string Script = """
        if [ -e "$1" ] || [ -L "$1" ]; then stat -c '%F|%a|%U|%G|%s' "$1"; if [ -L "$1" ]; then readlink "$1"; fi; else echo absent; fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        // stat, cat and the digests go out together (one batched exec); cat's and the digests' answers count only
        // when stat found the file.
        var quick = QuickScriptBatcher.For(target);
        var stat = quick.RunAsync(Script, [Path], ct);
        var cat = ReadContents ? quick.RunAsync("cat \"$1\"", [Path], ct) : null;
        var sums = DigestNames.Where(name => Digests?.Contains(name) == true)
            .Select(name => (Name: name, Tool: name + "sum", Result: quick.RunAsync(name + "sum \"$1\"", [Path], ct)))
            .ToList();
        List<Task<CommandResult>> all = [stat, .. sums.Select(s => s.Result)];
        if (cat is not null)
        {
            all.Add(cat);
        }

        await Task.WhenAll(all).ConfigureAwait(false);

        var facts = new ResourceFacts();
        facts.Add(new Evidence($"stat -c '%F|%a|%U|%G|%s' {Shell.Quote(Path)}", stat.Result));
        var lines = stat.Result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] == "absent")
        {
            facts.Set("exists", false);
            return facts;
        }

        var fields = lines[0].Split('|');
        facts.Set("exists", true)
            .Set("filetype", FileType(fields[0]))
            .Set("mode", fields[1].PadLeft(4, '0'))
            .Set("owner", fields[2])
            .Set("group", fields[3])
            .Set("size", long.Parse(fields[4], CultureInfo.InvariantCulture))
            .Set("linked-to", lines.Length > 1 ? lines[1] : null);
        if (cat is not null)
        {
            facts.Add(new Evidence($"cat {Shell.Quote(Path)}", cat.Result));
            facts.Set("contents", cat.Result.ExitCode == 0 ? cat.Result.Stdout : null);
        }

        foreach (var (name, tool, result) in sums)
        {
            facts.Add(new Evidence($"{tool} {Shell.Quote(Path)}", result.Result));
            facts.Set(name, result.Result.ExitCode == 0 ? result.Result.Stdout.Split(' ')[0] : null);
        }

        return facts;
    }

    private static string FileType(string statType) => statType switch
    {
        "regular file" or "regular empty file" => "file",
        "directory" => "directory",
        "symbolic link" => "symlink",
        "character special file" => "character-device",
        "block special file" => "block-device",
        "fifo" => "pipe",
        "socket" => "socket",
        _ => statType,
    };
}
