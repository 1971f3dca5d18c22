
namespace IacTest.Lint.Families.Ansible.Configuration;

/// <summary>
/// ansible-lint 6.13.1's profiles (its <c>data/profiles.yml</c>): each names the rules it adds and the profile it
/// extends. A profile selects exactly the rules of its chain; every other rule is unloaded, opt-in rules of the chain
/// run, and <c>skip_list</c> / <c>warn_list</c> apply on top. The rule lists are checked against the real
/// ansible-lint's <c>--list-profiles</c> by <c>AnsibleLintProfileTests</c>.
/// </summary>
internal static class AnsibleLintProfiles
{
    private static readonly (string Name, string? Extends, string[] Rules)[] Table =
    [
        ("min", null, ["internal-error", "load-failure", "parser-error", "syntax-check"]),
        ("basic", "min",
        [
            "command-instead-of-module", "command-instead-of-shell", "deprecated-bare-vars", "deprecated-command-syntax",
            "deprecated-local-action", "deprecated-module", "inline-env-var", "key-order", "literal-compare", "jinja",
            "no-jinja-when", "no-tabs", "partial-become", "playbook-extension", "role-name", "schema", "name", "var-naming", "yaml",
        ]),
        ("moderate", "basic", ["name[template]", "name[imperative]", "name[casing]", "no-free-form", "spell-var-name"]),
        ("safety", "moderate", ["avoid-implicit", "latest", "package-latest", "risky-file-permissions", "risky-octal", "risky-shell-pipe"]),
        ("shared", "safety",
        [
            "galaxy", "ignore-errors", "layout", "meta-incorrect", "meta-no-info", "meta-no-tags", "meta-video-links", "meta-version",
            "meta-runtime", "no-changed-when", "no-changelog", "no-handler", "no-relative-paths", "max-block-depth", "max-tasks", "unsafe-loop",
        ]),
        ("production", "shared",
        [
            "avoid-dot-notation", "disallowed-ignore", "fqcn", "import-task-no-when", "meta-no-dependencies", "single-entry-point", "use-loop",
        ]),
    ];

    /// <summary>The profile names, from the least to the most demanding.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(p => p.Name).ToArray();

    /// <summary>
    /// The rule ids a profile selects, its own and those of the profiles it extends (entries with a sub-id, such as
    /// <c>name[template]</c>, are listed by ansible-lint but select nothing: it filters on whole rule ids).
    /// </summary>
    public static IReadOnlySet<string> RulesOf(string profile)
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = profile; current is not null;)
        {
            var entry = Table.First(p => p.Name == current);
            rules.UnionWith(entry.Rules.Where(r => !r.Contains('[', StringComparison.Ordinal)));
            current = entry.Extends;
        }

        return rules;
    }
}
