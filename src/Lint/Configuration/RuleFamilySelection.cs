using IacTest.Lint.Rules;

namespace IacTest.Lint.Configuration;

/// <summary>
/// Which rule families run, from a list a user types (<c>yaml,ansible</c>): the same words on the command line
/// (<c>--families</c>) and in MSBuild (<c>IacLintFamilies</c>). Syntax and load errors always run.
/// </summary>
public static class RuleFamilySelection
{
    /// <summary>The families a user can select, by the name they type.</summary>
    public static IReadOnlyDictionary<string, RuleFamily> Names { get; } = new Dictionary<string, RuleFamily>(StringComparer.OrdinalIgnoreCase)
    {
        ["yaml"] = RuleFamily.Yaml,
        ["ansible"] = RuleFamily.Ansible,
        ["kubernetes"] = RuleFamily.Kubernetes,
        ["compose"] = RuleFamily.Compose,
        ["secrets"] = RuleFamily.Secrets,
        ["terraform"] = RuleFamily.Terraform,
    };

    /// <summary>
    /// Turns on exactly the listed families (comma or semicolon separated) and turns the others off.
    /// Returns the words that name no family; nothing changes when there are any, or when the list is empty.
    /// </summary>
    public static IReadOnlyList<string> Apply(string list, LintConfiguration configuration)
    {
        var words = Words(list);
        var unknown = words.Where(word => !Names.ContainsKey(word)).ToList();
        if (unknown.Count > 0 || words.Length == 0)
        {
            return unknown;
        }

        var selected = words.Select(word => Names[word]).ToHashSet();
        foreach (var family in Names.Values)
        {
            configuration.Families[family] = selected.Contains(family);
        }

        return [];
    }

    /// <summary>The words of a list (comma or semicolon separated, blanks dropped).</summary>
    public static string[] Words(string list) =>
        list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The names a user can type, for messages.</summary>
    public static string Known => string.Join(", ", Names.Keys);
}
