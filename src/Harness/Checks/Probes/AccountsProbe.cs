using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>Reads <c>/etc/passwd</c> and <c>/etc/group</c> in one command.</summary>
internal static class Accounts
{
    public sealed record Snapshot(IReadOnlyList<string[]> Users, IReadOnlyList<string[]> Groups);

    public static async Task<Snapshot> ReadAsync(ITargetHost target, ResourceFacts facts, CancellationToken ct)
    {
        var result = await Shell.RunQuickAsync(target, facts, "cat /etc/passwd /etc/group",
            "cat /etc/passwd; echo '#group'; cat /etc/group", [], ct).ConfigureAwait(false);
        var users = new List<string[]>();
        var groups = new List<string[]>();
        var into = users;
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line == "#group")
            {
                into = groups;
                continue;
            }

            into.Add(line.Split(':'));
        }

        return new Snapshot(users, groups);
    }
}

/// <summary>user: <c>exists</c>, <c>uid</c>, <c>gid</c>, <c>groups</c> (names, primary first), <c>home</c>, <c>shell</c>.</summary>
/// <param name="Name">The user name.</param>
internal sealed record UserProbe(string Name) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["exists", "uid", "gid", "groups", "home", "shell"];

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var accounts = await Accounts.ReadAsync(target, facts, ct).ConfigureAwait(false);
        var user = accounts.Users.FirstOrDefault(u => u.Length >= 7 && u[0] == Name);
        if (user is null)
        {
            return facts.Set("exists", false);
        }

        var groups = new List<string>();
        var primary = accounts.Groups.FirstOrDefault(g => g.Length >= 3 && g[2] == user[3]);
        if (primary is not null)
        {
            groups.Add(primary[0]);
        }

        groups.AddRange(accounts.Groups
            .Where(g => g.Length >= 4 && g[3].Split(',').Contains(Name) && !groups.Contains(g[0]))
            .Select(g => g[0]));
        return facts.Set("exists", true).Set("uid", long.Parse(user[2], System.Globalization.CultureInfo.InvariantCulture))
            .Set("gid", long.Parse(user[3], System.Globalization.CultureInfo.InvariantCulture))
            .Set("groups", groups).Set("home", user[5]).Set("shell", user[6]);
    }
}

/// <summary>group: <c>exists</c>, <c>gid</c>.</summary>
/// <param name="Name">The group name.</param>
internal sealed record GroupProbe(string Name) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["exists", "gid"];

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var accounts = await Accounts.ReadAsync(target, facts, ct).ConfigureAwait(false);
        var group = accounts.Groups.FirstOrDefault(g => g.Length >= 3 && g[0] == Name);
        return group is null
            ? facts.Set("exists", false)
            : facts.Set("exists", true).Set("gid", long.Parse(group[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
