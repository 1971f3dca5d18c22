
namespace IacTest.Lint.Families.Ansible.Data;

/// <summary>
/// Reference data generated from ansible-core 2.14 (see <c>eng/data/ansible/generate.py</c>): builtin modules,
/// their arguments, routing (redirects and tombstones), playbook keywords and the deprecated module list.
/// Loaded once, on first use.
/// </summary>
public static class AnsibleData
{
    private static readonly Lazy<HashSet<string>> BuiltinModuleSet = new(() => ReadLines("Ansible/builtin_modules.txt").ToHashSet(StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> DeprecatedModuleSet = new(() => ReadLines("Ansible/deprecated_modules.txt").ToHashSet(StringComparer.Ordinal));
    private static readonly Lazy<Dictionary<string, ModuleRoute>> RouteTable = new(LoadRoutes);
    private static readonly Lazy<Dictionary<string, HashSet<string>>> ArgumentTable = new(LoadArguments);
    private static readonly Lazy<ILookup<string, string>> KeywordTable = new(() => ReadLines("Ansible/keywords.tsv")
        .Select(l => l.Split('\t')).Where(p => p.Length == 2).ToLookup(p => p[0], p => p[1], StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> TaskKeywordSet = new(() => Keywords("task").Concat(Keywords("block"))
        .Concat(["local_action", "static"]).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> HandlerKeywordSet = new(() => Keywords("handler").Concat(Keywords("block"))
        .Concat(["local_action", "static"]).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> PlayKeywordSet = new(() => Keywords("play").ToHashSet(StringComparer.Ordinal));

    /// <summary>Short names of the modules and actions of <c>ansible.builtin</c>.</summary>
    public static IReadOnlySet<string> BuiltinModules => BuiltinModuleSet.Value;

    /// <summary>Module names ansible-lint's <c>deprecated-module</c> reports.</summary>
    public static IReadOnlySet<string> DeprecatedModules => DeprecatedModuleSet.Value;

    /// <summary>Keywords a task (or block) may use, besides its action and <c>with_*</c> loops.</summary>
    public static IReadOnlySet<string> TaskKeywords => TaskKeywordSet.Value;

    /// <summary>Keywords a handler (or block) may use: a task's and <c>listen</c>.</summary>
    public static IReadOnlySet<string> HandlerKeywords => HandlerKeywordSet.Value;

    /// <summary>
    /// The keys of a task mapping that never name its module, as ansible-core's module argument parser reads a task or a
    /// handler: every task and handler keyword (so a handler's <c>listen</c> written before its module is a keyword),
    /// <c>local_action</c> and <c>static</c>. The <c>with_*</c> loops are keywords too, by prefix.
    /// </summary>
    /// <remarks>
    /// ansible-core's ModuleArgsParser takes the union of Task's and Handler's attributes whatever the task is; Handler
    /// extends Task, so that union is the handler's keywords.
    /// </remarks>
    public static IReadOnlySet<string> NotActionKeys => HandlerKeywordSet.Value;

    /// <summary>Keywords a play may use.</summary>
    public static IReadOnlySet<string> PlayKeywords => PlayKeywordSet.Value;

    /// <summary>The routing of a name that is not a builtin module (a redirect or a tombstone), or null.</summary>
    public static ModuleRoute? Route(string name) => RouteTable.Value.GetValueOrDefault(name);

    /// <summary>The argument names (aliases included) of a builtin module, or null when unknown.</summary>
    public static IReadOnlySet<string>? Arguments(string module) => ArgumentTable.Value.GetValueOrDefault(module);

    /// <summary>ansible-lint's old rule names (<c>502</c>, <c>unnamed-task</c>, …) with the names that replaced them.</summary>
    public static IReadOnlyDictionary<string, string> RenamedTags => RenamedTagTable.Value;

    private static readonly Lazy<Dictionary<string, string>> RenamedTagTable = new(() => ReadLines("Ansible/renamed_tags.tsv")
        .Select(l => l.Split('\t'))
        .Where(p => p.Length == 2)
        .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal));

    /// <summary>
    /// The current name of a rule name written in a <c># noqa</c> comment: ansible-lint renames it when reading the
    /// comment and once more when collecting a task's skips, so <c>502</c> becomes <c>unnamed-task</c>, then
    /// <c>name[missing]</c>.
    /// </summary>
    public static string CurrentRuleName(string name)
    {
        for (var step = 0; step < 2 && RenamedTags.TryGetValue(name, out var renamed); step++)
        {
            name = renamed;
        }

        return name;
    }

    /// <summary>The keywords of a kind (<c>play</c>, <c>block</c>, <c>task</c>, <c>role</c>).</summary>
    public static IEnumerable<string> Keywords(string kind) => KeywordTable.Value[kind];

    private static Dictionary<string, ModuleRoute> LoadRoutes()
    {
        var routes = new Dictionary<string, ModuleRoute>(StringComparer.Ordinal);
        foreach (var line in ReadLines("Ansible/routing.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length == 3)
            {
                routes[parts[0]] = new ModuleRoute(parts[0], parts[1].Length == 0 ? null : parts[1], parts[2]);
            }
        }

        return routes;
    }

    private static Dictionary<string, HashSet<string>> LoadArguments()
    {
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in ReadLines("Ansible/module_args.tsv"))
        {
            var parts = line.Split('\t');
            table[parts[0]] = parts.Length > 1
                ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
                : [];
        }

        return table;
    }

    private static IEnumerable<string> ReadLines(string path) =>
        EmbeddedData.ReadText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
}

/// <summary>How ansible-core routes a plugin name that moved out of (or was removed from) ansible.builtin.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Target">The fully qualified name it redirects to, if any.</param>
/// <param name="State"><c>redirect</c>, <c>tombstone</c> or <c>deprecated</c>.</param>
public sealed record ModuleRoute(string Name, string? Target, string State);
