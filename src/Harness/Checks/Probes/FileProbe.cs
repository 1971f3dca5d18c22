using System.Globalization;
using IacTest.Harness.Environments;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// file: <c>exists</c>, <c>filetype</c> (file, directory, symlink, …), <c>mode</c> (<c>"0644"</c>), <c>owner</c>,
/// <c>group</c>, <c>size</c>, <c>linked-to</c>, <c>contents</c>, <c>sha256</c> (the last two read only when expected).
/// </summary>
/// <param name="Path">The path in the environment.</param>
/// <param name="ReadContents">Read the file's contents.</param>
/// <param name="ReadSha256">Compute the file's sha256.</param>
public sealed record FileProbe(string Path, bool ReadContents = false, bool ReadSha256 = false) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["exists", "filetype", "mode", "owner", "group", "size", "linked-to", "contents", "sha256"];

    private const string Script = """
        if [ -e "$1" ] || [ -L "$1" ]; then stat -c '%F|%a|%U|%G|%s' "$1"; if [ -L "$1" ]; then readlink "$1"; fi; else echo absent; fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(IacEnvironment environment, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var stat = await Shell.RunAsync(environment, facts, $"stat -c '%F|%a|%U|%G|%s' {Shell.Quote(Path)}", Script, [Path], ct).ConfigureAwait(false);
        var lines = stat.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
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
        if (ReadContents)
        {
            var cat = await Shell.RunAsync(environment, facts, $"cat {Shell.Quote(Path)}", "cat \"$1\"", [Path], ct).ConfigureAwait(false);
            facts.Set("contents", cat.ExitCode == 0 ? cat.Stdout : null);
        }

        if (ReadSha256)
        {
            var sum = await Shell.RunAsync(environment, facts, $"sha256sum {Shell.Quote(Path)}", "sha256sum \"$1\"", [Path], ct).ConfigureAwait(false);
            facts.Set("sha256", sum.ExitCode == 0 ? sum.Stdout.Split(' ')[0] : null);
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
