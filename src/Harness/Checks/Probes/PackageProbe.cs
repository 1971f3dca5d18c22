using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>package: <c>installed</c> and <c>versions</c>, asked of dpkg, rpm or apk — whichever the environment has.</summary>
/// <param name="Name">The package name.</param>
internal sealed record PackageProbe(string Name) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["installed", "versions"];

    private const string Script = """
        if command -v dpkg-query >/dev/null 2>&1; then echo dpkg; dpkg-query -W -f='${Status}|${Version}\n' "$1" 2>&1
        elif command -v rpm >/dev/null 2>&1 && rpm --version >/dev/null 2>&1; then echo rpm; rpm -q --qf '%{VERSION}-%{RELEASE}\n' "$1" 2>&1
        elif command -v apk >/dev/null 2>&1; then echo apk; apk info -e "$1" >/dev/null 2>&1 && apk list -I "$1" 2>/dev/null
        else echo none; fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var result = await Shell.RunQuickAsync(target, facts, $"dpkg-query -W {Shell.Quote(Name)} (or rpm -q / apk info)", Script, [Name], ct).ConfigureAwait(false);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var manager = lines.FirstOrDefault() ?? "none";
        var versions = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            switch (manager)
            {
                case "dpkg" when line.Contains('|', StringComparison.Ordinal):
                    var parts = line.Split('|');
                    if (parts[0].EndsWith(" installed", StringComparison.Ordinal))
                    {
                        versions.Add(parts[1]);
                    }

                    break;
                case "rpm" when !line.Contains("not installed", StringComparison.Ordinal):
                    versions.Add(line);
                    break;
                case "apk" when line.StartsWith(Name + "-", StringComparison.Ordinal):
                    versions.Add(line[(Name.Length + 1)..].Split(' ')[0]);
                    break;
            }
        }

        return facts.Set("installed", versions.Count > 0).Set("versions", versions).Set("manager", manager);
    }
}
